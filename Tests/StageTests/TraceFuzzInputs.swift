import Trace

/// Trace files for fuzzing: a valid trace of random size, then damaged the ways hand edits and
/// hostile files damage one. The same seed always gives the same inputs.
struct TraceFuzzInputs {
    private var random: FrameDiffRandom
    private static let extremeNumbers = [
        "0", "-1", "1", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
        "18446744073709551615", "18446744073709551616", "2147483647", "2147483648", "1e400", "-0", "1.5",
        "99999999999999999999999999999",
    ]

    init(seed: UInt64) {
        random = FrameDiffRandom(seed: seed)
    }

    /// A random size from 0 to `limit`.
    mutating func size(upTo limit: Int) -> Int {
        Int.random(in: 0...limit, using: &random)
    }

    /// A trace a recorder could have written: declarations first, then states, operations,
    /// results and notes, in time order.
    mutating func validLines(events: Int) -> [String] {
        var lines = [
            #"{"actor":1,"kind":{"actor":{"id":1,"kind":"process","name":"main","pid":100},"type":"declareActor"},"time":1000}"#,
            #"{"actor":1,"kind":{"actor":{"id":2,"kind":"thread","name":"worker","parent":1},"type":"declareActor"},"time":1001}"#,
            #"{"actor":1,"kind":{"actor":{"id":3,"kind":"process","name":"child","parent":1,"pid":101},"type":"declareActor"},"time":1002}"#,
            #"{"actor":1,"kind":{"resource":{"id":1,"kind":"lock","name":"l"},"type":"declareResource"},"time":1003}"#,
            #"{"actor":1,"kind":{"resource":{"id":2,"kind":"queue","name":"q","capacity":3},"type":"declareResource"},"time":1004}"#,
            #"{"actor":1,"kind":{"resource":{"id":3,"kind":"semaphore","name":"s","capacity":1},"type":"declareResource"},"time":1005}"#,
        ]
        let bodies = [
            #""kind":{"state":{"type":"running"},"type":"transition"}"#,
            #""kind":{"state":{"type":"blocked","resource":1},"type":"transition"}"#,
            #""kind":{"state":{"type":"waiting","wait":{"type":"queue","resource":2,"status":"empty"}},"type":"transition"}"#,
            #""kind":{"state":{"type":"waiting","wait":{"type":"join","actor":3}},"type":"transition"}"#,
            #""kind":{"state":{"type":"sleeping","until":UNTIL},"type":"transition"}"#,
            #""kind":{"state":{"type":"done","status":{"type":"exited","code":0}},"type":"transition"}"#,
            #""kind":{"operation":{"type":"acquire"},"resource":1,"type":"operation"}"#,
            #""kind":{"operation":{"type":"release"},"resource":3,"type":"operation"}"#,
            #""kind":{"operation":{"type":"put","item":"job"},"resource":2,"type":"operation"}"#,
            #""kind":{"operation":{"type":"get"},"resource":2,"type":"operation"}"#,
            #""kind":{"name":"lost","type":"result","value":"12"}"#,
            #""kind":{"text":"a note","type":"note"}"#,
        ]
        var time: UInt64 = 2000
        for _ in 0..<events {
            time += UInt64.random(in: 1...5_000_000, using: &random)
            let actor = Int.random(in: 1...3, using: &random)
            let body = bodies.randomElement(using: &random)!.replacingOccurrences(
                of: "UNTIL", with: "\(time + 1000)")
            lines.append("{\"actor\":\(actor),\(body),\"time\":\(time)}")
        }
        return lines
    }

    /// A file: the header and `lines`, with one of many kinds of damage applied.
    mutating func damaged(_ lines: [String]) -> String {
        var lines = lines
        let index = Int.random(in: 0..<lines.count, using: &random)
        switch Int.random(in: 0..<10, using: &random) {
        case 0:
            // Truncated: the file ends in the middle of a line.
            let line = lines[index]
            lines =
                Array(lines[..<index]) + [String(line.prefix(Int.random(in: 0..<line.count, using: &random)))]
        case 1:
            lines[index] = replacingANumber(
                in: lines[index], with: Self.extremeNumbers.randomElement(using: &random)!)
        case 2:
            // A wrong type: a number where a string goes, a string where a number goes, null, an array.
            let wrong = [#""7""#, "null", "[]", "{}", "true", #""""#].randomElement(using: &random)!
            lines[index] = replacingANumber(in: lines[index], with: wrong)
        case 3:
            let kind = [
                "declareActor", "transition", "operation", "result", "note", "exited", "running", "acquire",
            ]
            .randomElement(using: &random)!
            lines[index] = lines[index].replacingOccurrences(
                of: "\"\(kind)\"",
                with: ["\"bogus\"", "\"\"", "\"Transition\"", "1"].randomElement(using: &random)!)
        case 4:
            // Times going backwards, or far into the future.
            let time = ["0", "1", "18446744073709551615", "9223372036854775807"].randomElement(
                using: &random)!
            lines[index] = replacingANumber(in: lines[index], with: time, key: "\"time\":")
        case 5:
            // References to actors and resources that were never declared, or not yet.
            lines[index] = lines[index]
                .replacingOccurrences(of: "\"resource\":", with: "\"resource\":9")
                .replacingOccurrences(of: "\"actor\":", with: "\"actor\":4")
        case 6:
            // Declarations moved after their use.
            let declaration = lines.remove(at: Int.random(in: 0..<6, using: &random))
            lines.append(declaration)
        case 7:
            // A long run of one character inside a label, or as a whole line.
            let run = String(
                repeating: ["a", "{", "[", "\"", "\\", "9", "é", "\u{1B}"].randomElement(using: &random)!,
                count: [10, 1000, 70_000].randomElement(using: &random)!)
            lines[index] =
                Bool.random(using: &random)
                ? lines[index].replacingOccurrences(of: "a note", with: run) : run
        case 8:
            // Bytes that are not JSON, or not UTF-8, or a control character in a label.
            let bytes = ["\u{0}", "\u{FEFF}", "\u{1B}]52;c;SGk=\u{7}", "\r", "\u{202E}"].randomElement(
                using: &random)!
            lines[index] = lines[index].replacingOccurrences(of: "main", with: "m" + bytes + "ain")
        default:
            lines.insert(lines[index], at: index)
        }
        return ([JSONLines.header] + lines).joined(separator: "\n") + "\n"
    }

    /// `line` with one of its numbers (after `key`, or any) replaced by `value`.
    private mutating func replacingANumber(in line: String, with value: String, key: String? = nil) -> String
    {
        let characters = Array(line)
        var starts: [Int] = []
        for index in characters.indices
        where characters[index].isNumber
            && (index == 0 || !characters[index - 1].isNumber)
        {
            let prefix = String(characters[..<index])
            if let key, !prefix.hasSuffix(key) { continue }
            starts.append(index)
        }
        guard let start = starts.randomElement(using: &random) else { return line }
        var end = start
        while end < characters.count, characters[end].isNumber { end += 1 }
        return String(characters[..<start]) + value + String(characters[end...])
    }
}
