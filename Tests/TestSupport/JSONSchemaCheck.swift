import Foundation

/// A JSON value as parsed by ``JSONValue/parse(_:)-(String)``, numbers kept as written so that
/// 64-bit bounds compare exactly.
public indirect enum JSONValue: Equatable, Sendable, CustomStringConvertible {
    case null
    case bool(Bool)
    /// The number's text as it appeared in the input (`-5`, `3.0`, `1e2`).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The number's exact value, or `nil` when it is not a number or beyond what `Decimal` holds.
    public var decimal: Decimal? {
        guard case .number(let text) = self else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// JSON Schema's equality: numbers by value (`1` equals `1.0`), everything else structurally.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let left), .bool(let right)): left == right
        case (.number(let left), .number(let right)):
            left == right || (lhs.decimal != nil && lhs.decimal == rhs.decimal)
        case (.string(let left), .string(let right)): left == right
        case (.array(let left), .array(let right)): left == right
        case (.object(let left), .object(let right)): left == right
        default: false
        }
    }

    /// The value as compact JSON, for messages.
    public var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): "\(value)"
        case .number(let text): text
        case .string(let text): Self.quoted(text)
        case .array(let items): "[" + items.map(\.description).joined(separator: ",") + "]"
        case .object(let members):
            "{"
                + members.keys.sorted().map { Self.quoted($0) + ":" + members[$0]!.description }
                .joined(separator: ",") + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Parses one JSON text (RFC 8259, strictly: no trailing commas, comments or repeated keys).
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(Data(text.utf8))
    }

    /// ``parse(_:)-(String)`` for UTF-8 bytes.
    public static func parse(_ bytes: Data) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(bytes: [UInt8](bytes))
        parser.skipWhitespace()
        let value = try parser.value(depth: 0)
        parser.skipWhitespace()
        guard parser.atEnd else { throw parser.error("unexpected text after the value") }
        return value
    }
}

/// Why a text is not JSON, with the byte offset where the parser gave up.
public struct JSONParseError: Error, Equatable, CustomStringConvertible {
    public var offset: Int
    public var reason: String

    public var description: String { "not JSON at byte \(offset): \(reason)" }
}

private struct JSONParser {
    let bytes: [UInt8]
    var index = 0

    var atEnd: Bool { index == bytes.count }

    func error(_ reason: String) -> JSONParseError {
        JSONParseError(offset: index, reason: reason)
    }

    mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    mutating func value(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth < 512 else { throw error("nested too deeply") }
        guard index < bytes.count else { throw error("expected a value, found the end") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default:
            for (word, value) in [("true", JSONValue.bool(true)), ("false", .bool(false)), ("null", .null)]
            where bytes[index...].starts(with: word.utf8) {
                index += word.utf8.count
                return value
            }
            throw error("expected a value")
        }
    }

    private mutating func expect(_ byte: Character) throws(JSONParseError) {
        guard index < bytes.count, bytes[index] == byte.asciiValue! else {
            throw error("expected \"\(byte)\"")
        }
        index += 1
    }

    private mutating func object(depth: Int) throws(JSONParseError) -> JSONValue {
        index += 1
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error("expected a key")
            }
            let keyStart = index
            let key = try string()
            guard members[key] == nil else {
                throw JSONParseError(offset: keyStart, reason: "the key \"\(key)\" appears twice")
            }
            skipWhitespace()
            try expect(":")
            skipWhitespace()
            members[key] = try value(depth: depth + 1)
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            try expect("}")
            return .object(members)
        }
    }

    private mutating func array(depth: Int) throws(JSONParseError) -> JSONValue {
        index += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try value(depth: depth + 1))
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            try expect("]")
            return .array(items)
        }
    }

    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            index += 1
        }
        return index - start
    }

    private mutating func number() throws(JSONParseError) -> JSONValue {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        let integerDigits = digits()
        guard integerDigits > 0 else { throw error("expected a digit") }
        guard integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else {
            throw JSONParseError(offset: integerStart, reason: "a number cannot start with 0")
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw error("expected a digit after the decimal point") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digits() > 0 else { throw error("expected a digit in the exponent") }
        }
        return .number(String(decoding: bytes[start..<index], as: UTF8.self))
    }

    private mutating func hexQuad() throws(JSONParseError) -> UInt32 {
        guard index + 4 <= bytes.count,
            let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
        else { throw error("expected four hex digits") }
        index += 4
        return value
    }

    private mutating func string() throws(JSONParseError) -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        func flush() throws(JSONParseError) {
            guard let text = String(validating: run, as: UTF8.self) else { throw error("invalid UTF-8") }
            scalars.append(contentsOf: text.unicodeScalars)
            run.removeAll()
        }
        while true {
            guard index < bytes.count else { throw error("unterminated string") }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                try flush()
                return String(scalars)
            case 0x00..<0x20:
                throw error("a control character must be escaped in a string")
            case UInt8(ascii: "\\"):
                try flush()
                index += 1
                guard index < bytes.count else { throw error("unterminated escape") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try hexQuad()
                    if (0xD800..<0xDC00).contains(code) {
                        guard bytes[index...].starts(with: "\\u".utf8) else {
                            throw error("unpaired surrogate")
                        }
                        index += 2
                        let low = try hexQuad()
                        guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw error("unpaired surrogate") }
                    scalars.append(scalar)
                default:
                    throw error("unknown escape")
                }
            default:
                run.append(byte)
                index += 1
            }
        }
    }
}

/// A JSON Schema (draft 2020-12) checker for exactly the keywords docs/trace.schema.json uses:
/// `type`, `enum`, `const`, `required`, `properties`, `items`, `minimum`, `maximum`,
/// `maxLength`, `anyOf`, `oneOf` and `$ref` to `#/$defs/...` (annotations such as `description`
/// are ignored). A schema using any other keyword is refused when the checker is made, so a
/// keyword added to the schema can never be skipped silently.
public struct JSONSchemaCheck: Sendable {
    /// Why a schema cannot be used.
    public struct SchemaError: Error, Equatable, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    public let schema: JSONValue

    /// Checks that `schema` uses only supported keywords with well-formed values, and that every
    /// `$ref` resolves.
    public init(schema: JSONValue) throws(SchemaError) {
        self.schema = schema
        try verify(schema, at: "#")
    }

    /// Parses and checks a schema's text.
    public init(schemaText: String) throws {
        try self.init(schema: try JSONValue.parse(schemaText))
    }

    /// What is wrong with `value` against the subschema at `pointer` (`#` for the whole schema,
    /// `#/$defs/event` for one definition); empty when it conforms. Each problem starts with the
    /// JSON pointer of the offending part of `value` (`/kind/state/type`), or `/` for the whole.
    public func problems(_ value: JSONValue, against pointer: String = "#") -> [String] {
        guard let subschema = resolve(pointer) else { return ["no subschema at \(pointer)"] }
        return problems(value, subschema, at: "")
    }

    /// ``problems(_:against:)`` for a JSON text, which must parse first.
    public func problems(json text: String, against pointer: String = "#") -> [String] {
        do {
            return problems(try JSONValue.parse(text), against: pointer)
        } catch {
            return [error.description]
        }
    }

    // MARK: Checking a value

    private func problems(_ value: JSONValue, _ schema: JSONValue, at path: String) -> [String] {
        guard case .object(let keywords) = schema else { return [] }
        let here = path.isEmpty ? "/" : path
        var found: [String] = []
        if let reference = keywords["$ref"], case .string(let pointer) = reference {
            found += resolve(pointer).map { problems(value, $0, at: path) } ?? ["\(here): no \(pointer)"]
        }
        if let type = keywords["type"] {
            let names: [String] =
                switch type {
                case .string(let name): [name]
                case .array(let names):
                    names.compactMap { if case .string(let name) = $0 { name } else { nil } }
                default: []
                }
            if !names.contains(where: { Self.value(value, hasType: $0) }) {
                found.append("\(here): \(value) is not of type \(names.joined(separator: " or "))")
            }
        }
        if let constant = keywords["const"], value != constant {
            found.append("\(here): \(value) is not \(constant)")
        }
        if let options = keywords["enum"], case .array(let allowed) = options, !allowed.contains(value) {
            found.append("\(here): \(value) is not one of \(options)")
        }
        if case .object(let members) = value {
            if case .array(let names)? = keywords["required"] {
                for case .string(let name) in names where members[name] == nil {
                    found.append("\(here): missing \"\(name)\"")
                }
            }
            if case .object(let properties)? = keywords["properties"] {
                for (name, subschema) in properties.sorted(by: { $0.key < $1.key }) {
                    if let member = members[name] {
                        found += problems(member, subschema, at: path + "/" + Self.escaped(name))
                    }
                }
            }
        }
        if case .array(let elements) = value, let items = keywords["items"] {
            for (index, element) in elements.enumerated() {
                found += problems(element, items, at: path + "/\(index)")
            }
        }
        if case .number = value {
            found += rangeProblems(value, keywords, at: here)
        }
        if case .string(let text) = value, let limit = keywords["maxLength"]?.decimal,
            Decimal(text.unicodeScalars.count) > limit
        {
            found.append("\(here): \(text.unicodeScalars.count) characters, more than \(limit)")
        }
        if case .array(let branches)? = keywords["anyOf"] {
            let outcomes = branches.map { problems(value, $0, at: path) }
            if !outcomes.contains(where: \.isEmpty) {
                found.append(Self.noMatch(outcomes, at: here, of: "anyOf"))
            }
        }
        if case .array(let branches)? = keywords["oneOf"] {
            let outcomes = branches.map { problems(value, $0, at: path) }
            let matches = outcomes.filter(\.isEmpty).count
            if matches == 0 {
                found.append(Self.noMatch(outcomes, at: here, of: "oneOf"))
            } else if matches > 1 {
                found.append("\(here): matches \(matches) of the oneOf alternatives, not exactly one")
            }
        }
        return found
    }

    private func rangeProblems(_ value: JSONValue, _ keywords: [String: JSONValue], at here: String)
        -> [String]
    {
        guard keywords["minimum"] != nil || keywords["maximum"] != nil else { return [] }
        guard let number = value.decimal else { return ["\(here): \(value) is too large to compare"] }
        var found: [String] = []
        if let minimum = keywords["minimum"]?.decimal, number < minimum {
            found.append("\(here): \(value) is less than the minimum \(minimum)")
        }
        if let maximum = keywords["maximum"]?.decimal, number > maximum {
            found.append("\(here): \(value) is more than the maximum \(maximum)")
        }
        return found
    }

    /// Names the alternative that came closest, when one did, since a message listing every
    /// alternative's complaints would bury the one that matters.
    private static func noMatch(_ outcomes: [[String]], at here: String, of keyword: String) -> String {
        let fewest = outcomes.map(\.count).min() ?? 0
        let closest = outcomes.filter { $0.count == fewest }
        var message = "\(here): matches none of the \(outcomes.count) \(keyword) alternatives"
        if closest.count == 1 {
            message += " (closest: \(closest[0].joined(separator: "; ")))"
        }
        return message
    }

    private static func value(_ value: JSONValue, hasType type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array),
            ("object", .object):
            true
        case ("integer", .number):
            isWhole(value)
        default:
            false
        }
    }

    /// Whether a number is mathematically an integer (`3`, `3.0`, `3e2`), as JSON Schema defines it.
    private static func isWhole(_ value: JSONValue) -> Bool {
        guard var number = value.decimal else {
            // Beyond Decimal's exponent range: only a fraction-free literal counts.
            guard case .number(let text) = value else { return false }
            return !text.contains(".") && !text.contains("e-") && !text.contains("E-")
        }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &number, 0, .plain)
        return rounded == number
    }

    private static func escaped(_ name: String) -> String {
        name.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    // MARK: Reading the schema

    private func resolve(_ pointer: String) -> JSONValue? {
        guard pointer.hasPrefix("#") else { return nil }
        var node = schema
        for token in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: true) {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(
                of: "~0", with: "~")
            switch node {
            case .object(let members):
                guard let next = members[key] else { return nil }
                node = next
            case .array(let items):
                guard let index = Int(key), items.indices.contains(index) else { return nil }
                node = items[index]
            default:
                return nil
            }
        }
        return node
    }

    private func verify(_ schema: JSONValue, at pointer: String) throws(SchemaError) {
        guard case .object(let keywords) = schema else {
            throw SchemaError(reason: "\(pointer): a schema must be an object, not \(schema)")
        }
        func fail(_ keyword: String, _ expectation: String) -> SchemaError {
            SchemaError(reason: "\(pointer)/\(keyword): must be \(expectation)")
        }
        for (keyword, argument) in keywords.sorted(by: { $0.key < $1.key }) {
            switch keyword {
            case "$schema", "title", "description", "$comment":
                guard case .string = argument else { throw fail(keyword, "a string") }
            case "$defs", "properties":
                guard case .object(let members) = argument else { throw fail(keyword, "an object") }
                for (name, subschema) in members.sorted(by: { $0.key < $1.key }) {
                    try verify(subschema, at: "\(pointer)/\(keyword)/\(Self.escaped(name))")
                }
            case "$ref":
                guard case .string(let target) = argument, target.hasPrefix("#"), resolve(target) != nil
                else {
                    throw fail(keyword, "a \"#/...\" pointer into this schema that resolves")
                }
            case "type":
                let known: Set = ["null", "boolean", "number", "integer", "string", "array", "object"]
                let names: [JSONValue] =
                    switch argument {
                    case .array(let names): names
                    default: [argument]
                    }
                for name in names {
                    guard case .string(let text) = name, known.contains(text) else {
                        throw fail(keyword, "a type name or a list of them")
                    }
                }
            case "enum":
                guard case .array(let values) = argument, !values.isEmpty else {
                    throw fail(keyword, "a non-empty array")
                }
            case "const":
                break
            case "required":
                guard case .array(let names) = argument,
                    names.allSatisfy({ if case .string = $0 { true } else { false } })
                else { throw fail(keyword, "an array of strings") }
            case "items":
                try verify(argument, at: "\(pointer)/items")
            case "minimum", "maximum":
                guard argument.decimal != nil else { throw fail(keyword, "a number") }
            case "maxLength":
                guard case .number = argument, Self.isWhole(argument), let limit = argument.decimal,
                    limit >= 0
                else {
                    throw fail(keyword, "a non-negative integer")
                }
            case "anyOf", "oneOf":
                guard case .array(let branches) = argument, !branches.isEmpty else {
                    throw fail(keyword, "a non-empty array of schemas")
                }
                for (index, branch) in branches.enumerated() {
                    try verify(branch, at: "\(pointer)/\(keyword)/\(index)")
                }
            default:
                throw SchemaError(
                    reason: "\(pointer): the keyword \"\(keyword)\" is not supported by this checker")
            }
        }
    }
}
