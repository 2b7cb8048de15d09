/// What a key press asks of the player.
public enum PlayerKey: Equatable, Sendable {
    case togglePause
    case stepForward
    case stepBack
    case faster
    case slower
    case quit

    /// The keys in `bytes`, in order; unknown keys are skipped. Arrow keys arrive as
    /// `ESC [ C` and `ESC [ D` (or `ESC O C`/`D` in application mode).
    public static func parse(_ bytes: [UInt8]) -> [PlayerKey] {
        var keys: [PlayerKey] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B, index + 2 < bytes.count, bytes[index + 1] == 0x5B || bytes[index + 1] == 0x4F {
                switch bytes[index + 2] {
                case 0x43: keys.append(.stepForward)
                case 0x44: keys.append(.stepBack)
                default: break
                }
                index += 3
                continue
            }
            switch byte {
            case 0x20, 0x70: keys.append(.togglePause)
            case 0x2B, 0x3D: keys.append(.faster)
            case 0x2D, 0x5F: keys.append(.slower)
            case 0x71, 0x51: keys.append(.quit)
            case 0x6C, 0x2E: keys.append(.stepForward)
            case 0x68, 0x2C: keys.append(.stepBack)
            default: break
            }
            index += 1
        }
        return keys
    }
}
