import TestSupport
import Testing

/// The small JSON Schema checker the trace schema tests rely on: each keyword it supports must
/// reject what the draft 2020-12 rejects, or a passing schema test would prove nothing.
@Suite struct JSONSchemaCheckTests {
    private func check(_ schema: String) throws -> JSONSchemaCheck {
        try JSONSchemaCheck(schemaText: schema)
    }

    private func accepts(_ schema: String, _ instances: [String]) throws {
        let checker = try check(schema)
        for instance in instances {
            #expect(checker.problems(json: instance) == [], "\(instance) against \(schema)")
        }
    }

    private func rejects(_ schema: String, _ instances: [String]) throws {
        let checker = try check(schema)
        for instance in instances {
            #expect(!checker.problems(json: instance).isEmpty, "\(instance) against \(schema)")
        }
    }

    @Test func typeNamesEachJSONType() throws {
        try accepts(#"{"type": "string"}"#, [#""""#, #""x""#])
        try rejects(#"{"type": "string"}"#, ["1", "null", "true", "[]", "{}"])
        try accepts(#"{"type": "object"}"#, ["{}", #"{"a": 1}"#])
        try rejects(#"{"type": "object"}"#, ["[]", #""{}""#, "null"])
        try accepts(#"{"type": "array"}"#, ["[]", "[1, [2]]"])
        try rejects(#"{"type": "array"}"#, ["{}", "1"])
        try accepts(#"{"type": "boolean"}"#, ["true", "false"])
        try rejects(#"{"type": "boolean"}"#, ["0", #""true""#, "null"])
        try accepts(#"{"type": "null"}"#, ["null"])
        try rejects(#"{"type": "null"}"#, ["0", "false", #""""#])
        try accepts(#"{"type": "number"}"#, ["0", "-1.5", "1e300"])
        try rejects(#"{"type": "number"}"#, [#""1""#, "true"])
        try accepts(#"{"type": ["string", "null"]}"#, ["null", #""a""#])
        try rejects(#"{"type": ["string", "null"]}"#, ["1", "{}"])
    }

    @Test func integersAreWholeNumbersHoweverWritten() throws {
        try accepts(#"{"type": "integer"}"#, ["0", "-7", "3.0", "3e2", "2.5e1", "0.1e1", "-0", "1e400"])
        try rejects(#"{"type": "integer"}"#, ["3.5", "1e-1", "0.01e1", #""3""#, "true", "null"])
    }

    @Test func boundsCompareExactlyAt64Bits() throws {
        let schema = #"{"minimum": -9223372036854775808, "maximum": 9223372036854775807}"#
        try accepts(schema, ["9223372036854775807", "-9223372036854775808", "0", #""not a number""#])
        try rejects(schema, ["9223372036854775808", "-9223372036854775809", "1e19", "9223372036854775807.5"])
        try accepts(#"{"minimum": 1, "maximum": 2147483647}"#, ["1", "2147483647", "1.0"])
        try rejects(#"{"minimum": 1, "maximum": 2147483647}"#, ["0", "0.999", "2147483648", "1e400"])
    }

    @Test func constAndEnumCompareNumbersByValue() throws {
        try accepts(#"{"const": 1}"#, ["1", "1.0", "1e0"])
        try rejects(#"{"const": 1}"#, ["2", #""1""#, "true", "[1]"])
        try accepts(#"{"const": "spindle-trace"}"#, [#""spindle-trace""#])
        try rejects(#"{"const": "spindle-trace"}"#, [#""Spindle-trace""#, #""spindle-trace ""#, "null"])
        try accepts(#"{"enum": ["empty", "full"]}"#, [#""empty""#, #""full""#])
        try rejects(#"{"enum": ["empty", "full"]}"#, [#""half""#, #""EMPTY""#, "null", "0"])
        try accepts(#"{"const": {"a": [1, null]}}"#, [#"{"a": [1.0, null]}"#])
        try rejects(#"{"const": {"a": [1, null]}}"#, [#"{"a": [1]}"#, #"{"a": [1, null], "b": 2}"#])
    }

    @Test func requiredAndPropertiesApplyToObjectsOnly() throws {
        let schema =
            #"{"required": ["type"], "properties": {"type": {"type": "string"}, "n": {"maximum": 3}}}"#
        try accepts(schema, [#"{"type": "x"}"#, #"{"type": "x", "n": 3, "other": [1]}"#, "5", "null"])
        try rejects(
            schema, ["{}", #"{"n": 1}"#, #"{"type": 1}"#, #"{"type": null}"#, #"{"type": "x", "n": 4}"#])
    }

    @Test func itemsChecksEveryElement() throws {
        let schema = #"{"type": "array", "items": {"type": "string", "maxLength": 3}}"#
        try accepts(schema, ["[]", #"["", "abc", "工人-"]"#])
        try rejects(schema, [#"["a", 1]"#, #"["abcd"]"#, #"[null]"#, #"["🧵🧵🧵🧵"]"#])
    }

    @Test func maxLengthCountsCharactersNotBytes() throws {
        try accepts(#"{"maxLength": 2}"#, [#""ab""#, #""工人""#, #""🧵🧵""#, #""\u00e9\u00e9""#, "12345"])
        try rejects(#"{"maxLength": 2}"#, [#""abc""#, #""a\nb""#, #""🧵🧵🧵""#])
    }

    @Test func anyOfNeedsOneBranchAndOneOfExactlyOne() throws {
        try accepts(#"{"anyOf": [{"type": "string"}, {"minimum": 0}]}"#, [#""x""#, "5", "null"])
        try rejects(#"{"anyOf": [{"type": "string"}, {"type": "integer", "minimum": 0}]}"#, ["-1", "null"])
        let oneOf = #"{"oneOf": [{"type": "integer"}, {"minimum": 10}]}"#
        // A string matches the second branch alone: `minimum` says nothing about strings.
        try accepts(oneOf, ["3", "10.5", #""x""#])
        // 12 matches both branches, 5.5 neither.
        try rejects(oneOf, ["12", "5.5"])
    }

    @Test func referencesResolveIntoDefinitions() throws {
        let schema = #"""
            {"$defs": {"id": {"type": "integer", "minimum": 1}, "a/b": {"const": true}},
             "properties": {"id": {"$ref": "#/$defs/id"}, "flag": {"$ref": "#/$defs/a~1b"}}}
            """#
        try accepts(schema, [#"{"id": 1, "flag": true}"#, "{}"])
        try rejects(schema, [#"{"id": 0}"#, #"{"id": "1"}"#, #"{"flag": false}"#])
        let checker = try check(schema)
        #expect(checker.problems(.number("0"), against: "#/$defs/id") != [])
        #expect(checker.problems(.number("1"), against: "#/$defs/id") == [])
        #expect(
            checker.problems(.number("1"), against: "#/$defs/missing") == ["no subschema at #/$defs/missing"])
    }

    @Test func problemsNameWhereTheyAre() throws {
        let checker = try check(
            #"{"properties": {"kind": {"properties": {"state": {"required": ["type"]}}}}}"#)
        #expect(checker.problems(json: #"{"kind": {"state": {}}}"#) == [#"/kind/state: missing "type""#])
        #expect(try check(#"{"type": "string"}"#).problems(json: "1") == ["/: 1 is not of type string"])
    }

    @Test func aSchemaWithAnUnsupportedKeywordIsRefused() {
        for schema in [
            #"{"pattern": "^a"}"#, #"{"additionalProperties": false}"#, #"{"minLength": 1}"#,
            #"{"properties": {"a": {"allOf": []}}}"#, ##"{"$ref": "#/$defs/nothing"}"##,
            #"{"$ref": "other.json"}"#, #"{"type": "int"}"#, #"{"oneOf": []}"#, #"{"items": 5}"#,
            #"{"required": [1]}"#, #"{"maxLength": -1}"#, #"{"minimum": "0"}"#, "true",
        ] {
            #expect(throws: (any Error).self, "\(schema)") { try JSONSchemaCheck(schemaText: schema) }
        }
    }

    @Test func instancesMustBeStrictJSON() throws {
        let checker = try check("{}")
        for text in [
            "", "{", #"{"a": 1,}"#, "[1,]", "01", "1.", ".5", "+1", "NaN", "'a'", #"{"a" 1}"#,
            #"{"a": 1, "a": 2}"#, "\"tab\tinside\"", #""\x""#, #""\ud800""#, "1 2", "nul", "// c\n1",
        ] {
            let problems = checker.problems(json: text)
            #expect(problems.count == 1 && problems[0].hasPrefix("not JSON"), "\(text): \(problems)")
        }
        #expect(
            try JSONValue.parse(#" {"a": ["\u00e9\ud83e\uddf5\n", -0.5e+2, true, null]} "#)
                == .object(["a": .array([.string("é🧵\n"), .number("-50"), .bool(true), .null])]))
    }
}
