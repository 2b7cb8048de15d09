import TextRendering

@testable import Stage

/// SplitMix64: a tiny seeded generator, so random frame pairs are the same on every run and
/// a failure can be replayed from its seed.
struct FrameDiffRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum FrameDiffFixtures {
    /// Narrow, wide (CJK, emoji) and combining-mark text, so diffs cross every width case.
    static let pieces = ["a", "Zq", " ", "中文", "中", "🧵", "e\u{301}", "x y", "→", "任务🧵ok", "  "]

    static let styles: [TextStyle] = [
        .plain, .plain, TextStyle(bold: true), TextStyle(foreground: .red),
        TextStyle(dim: true, foreground: .cyan), TextStyle(underline: true, inverse: true),
        TextStyle(italic: true, foreground: .gray),
    ]

    /// A frame scribbled with `count` random strings and fills, some partly off the edges.
    static func randomFrame(width: Int, height: Int, count: Int, using random: inout FrameDiffRandom)
        -> FrameBuffer
    {
        var frame = FrameBuffer(width: width, height: height)
        scribble(on: &frame, count: count, using: &random)
        return frame
    }

    /// Draws `count` random strings and fills over `frame`, leaving the rest alone.
    static func scribble(on frame: inout FrameBuffer, count: Int, using random: inout FrameDiffRandom) {
        for _ in 0..<count {
            let x = Int.random(in: -2..<(frame.width + 1), using: &random)
            let y = Int.random(in: 0..<frame.height, using: &random)
            let style = styles.randomElement(using: &random) ?? .plain
            if Int.random(in: 0..<5, using: &random) == 0 {
                let count = Int.random(in: 1...6, using: &random)
                frame.fill(
                    ["-", " ", "="].randomElement(using: &random) ?? " ", x: x, y: y, count: count,
                    style: style)
            } else {
                let text = (0..<Int.random(in: 1...4, using: &random))
                    .map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
                frame.put(text, x: x, y: y, style: style)
            }
        }
    }

    /// A wide frame like the live player's: 32 lanes of labelled, coloured state text.
    static func lanes(width: Int = 200, height: Int = 60, tick: Int = 0) -> FrameBuffer {
        var frame = FrameBuffer(width: width, height: height)
        frame.put("Spindle — 任务 lanes, tick \(tick)", x: 1, y: 0, style: TextStyle(bold: true))
        for lane in 0..<32 {
            let y = 2 + lane
            frame.put("task \(lane)", x: 1, y: y, style: TextStyle(foreground: .cyan))
            let state = (lane + tick) % 3 == 0 ? "running 🧵" : "waiting 中"
            frame.put(
                state, x: 12, y: y, style: TextStyle(foreground: (lane + tick) % 3 == 0 ? .green : .yellow))
            frame.fill("=", x: 24, y: y, count: (lane * 7 + tick) % 150, style: TextStyle(dim: true))
        }
        frame.put("q quit · space pause · ←/→ step", x: 1, y: height - 1, style: TextStyle(foreground: .gray))
        return frame
    }

    /// A screen of mixed garbage, wide characters included, with a stray style still set:
    /// what an unknown terminal might show. Without colour nothing ever resets the style, so the
    /// pen is then assumed to be plain, as the shell leaves it.
    static func garbageScreen(
        width: Int, height: Int, pen: TextStyle = TextStyle(inverse: true, foreground: .red)
    ) -> TestScreen {
        var random = FrameDiffRandom(seed: 99)
        var noise = FrameBuffer(width: width, height: height)
        for y in 0..<height {
            noise.put(String(repeating: "#中🧵", count: width), x: 0, y: y, style: TextStyle(bold: true))
        }
        scribble(on: &noise, count: width * height / 4, using: &random)
        return TestScreen(showing: noise, style: pen)
    }

    /// The escape sequences in `output`, each as its parameters and final byte.
    static func escapes(in output: String) -> [String] {
        var result: [String] = []
        var current: String?
        for scalar in output.unicodeScalars {
            if scalar == "\u{1B}" {
                current = ""
            } else if var sequence = current {
                sequence.unicodeScalars.append(scalar)
                let isFinal = sequence.count > 1 && (0x40...0x7E).contains(scalar.value)
                current = isFinal ? nil : sequence
                if isFinal { result.append(sequence) }
            }
        }
        return result
    }
}
