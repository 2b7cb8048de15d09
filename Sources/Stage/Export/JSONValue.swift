/// JSON assembled by hand rather than through `JSONEncoder`, because both export
/// formats need numbers with an exact, fixed number of decimals (nanosecond-exact
/// microseconds, asciicast's six places) and keys in a readable, stable order.
enum JSONValue: Sendable {
    case string(String)
    case integer(Int64)
    /// `units / 10^places`, written with exactly `places` decimals so no binary
    /// floating point ever rounds a timestamp.
    case fixed(units: UInt64, places: Int)
    case array([JSONValue])
    /// Keys are written in the order given.
    case object([(key: String, value: JSONValue)])

    /// The compact JSON text, on one line.
    var text: String {
        var output = ""
        write(to: &output)
        return output
    }

    func write(to output: inout String) {
        switch self {
        case .string(let string):
            JSONValue.appendQuoted(string, to: &output)
        case .integer(let number):
            output += String(number)
        case .fixed(let units, let places):
            output += JSONValue.decimal(units: units, places: places)
        case .array(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                element.write(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                JSONValue.appendQuoted(member.key, to: &output)
                output += ":"
                member.value.write(to: &output)
            }
            output += "}"
        }
    }
}

extension JSONValue {
    /// Appends `string` as a JSON string literal. Control characters (terminal escapes above
    /// all, C1 controls included) and bidi overrides are written as `\u001b`-style escapes, so
    /// an export sent to a terminal cannot drive it, while a JSON reader gets the same text;
    /// everything else stays UTF-8, which JSON allows. Most labels are plain ASCII and are
    /// appended whole, which keeps a million-event export from going scalar by scalar.
    static func appendQuoted(_ string: String, to output: inout String) {
        let plain = string.utf8.allSatisfy { byte in
            (0x20..<0x7F).contains(byte) && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
        }
        output += "\""
        if plain {
            output += string
            output += "\""
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _
            where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || [0x061C, 0x200E, 0x200F].contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
                || (0x2066...0x2069).contains(scalar.value):
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    /// `units / 10^places` in plain decimal notation, e.g. `1.500000`.
    static func decimal(units: UInt64, places: Int) -> String {
        guard places > 0 else { return String(units) }
        var scale: UInt64 = 1
        for _ in 0..<places { scale *= 10 }
        let fraction = String(units % scale)
        return "\(units / scale)." + String(repeating: "0", count: places - fraction.count) + fraction
    }
}
