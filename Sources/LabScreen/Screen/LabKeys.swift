/// The lab screen's keys: the digit of a thread runs its next step, a letter does the rest.
enum LabKeys {
    /// The actions the bytes typed ask for, in order; keys that mean nothing are skipped.
    /// Esc and Ctrl-D leave like `q`. Arrow and function keys arrive as escape sequences
    /// (`ESC [ ... final` or `ESC O x`), which are skipped whole so they never read as Esc.
    static func actions(in bytes: [UInt8]) -> [LabAction] {
        var actions: [LabAction] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x1B:
                guard index < bytes.count else {
                    actions.append(.quit)
                    continue
                }
                index = endOfEscapeSequence(in: bytes, after: index)
            case 0x31...0x39: actions.append(.step(Int(byte - 0x31)))
            case 0x75, 0x55: actions.append(.undo)
            case 0x72, 0x52: actions.append(.restart)
            case 0x61, 0x41: actions.append(.autoRun)
            case 0x65, 0x45: actions.append(.explore)
            case 0x68, 0x48: actions.append(.hint)
            case 0x71, 0x51, 0x04: actions.append(.quit)
            default: break
            }
        }
        return actions
    }

    /// The index just past an escape sequence whose introducer follows ESC at `start`.
    private static func endOfEscapeSequence(in bytes: [UInt8], after start: Int) -> Int {
        switch bytes[start] {
        case 0x5B:
            // CSI: parameters and intermediates up to a final byte in 0x40...0x7E.
            var index = start + 1
            while index < bytes.count, !(0x40...0x7E).contains(bytes[index]) { index += 1 }
            return min(bytes.count, index + 1)
        case 0x4F:
            return min(bytes.count, start + 2)
        default:
            // Alt and a key: not a lab key, and not Esc either.
            return start + 1
        }
    }
}
