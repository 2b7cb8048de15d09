/// A Python value, as far as the demo's tuples need: what Python's `<` and `==` do with it.
indirect enum PythonValue: Equatable, CustomStringConvertible {
    /// An `int`.
    case int(Int)
    /// A `str`.
    case str(String)
    /// A `dict` of strings.
    case dict([String: String])
    /// A `tuple`.
    case tuple([PythonValue])

    /// Python's `type(x).__name__`, as its error messages name it.
    var typeName: String {
        switch self {
        case .int: "int"
        case .str: "str"
        case .dict: "dict"
        case .tuple: "tuple"
        }
    }

    /// Python's `repr(x)`.
    var description: String {
        switch self {
        case .int(let number): String(number)
        case .str(let text): "'\(text)'"
        case .dict(let entries):
            "{"
                + entries.sorted { $0.key < $1.key }.map { "'\($0.key)': '\($0.value)'" }.joined(
                    separator: ", ") + "}"
        case .tuple(let fields) where fields.count == 1: "(\(fields[0]),)"
        case .tuple(let fields): "(" + fields.map(\.description).joined(separator: ", ") + ")"
        }
    }

    /// The task's name: the string or the dict's `task` in the last field of a queued tuple.
    var taskName: String {
        switch self {
        case .int(let number): String(number)
        case .str(let text): text
        case .dict(let entries): entries["task"] ?? description
        case .tuple(let fields): fields.last?.taskName ?? description
        }
    }

    /// Python's `a < b`. Tuples are compared as CPython does: the first fields that are not
    /// `==` decide, with `<`; when all are equal the shorter tuple is smaller. `ties` receives a
    /// tie whenever two tuples' first fields are equal, so a later field had to decide.
    static func isLess(_ a: PythonValue, _ b: PythonValue, ties: inout [PythonTie]) throws -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            return x < y
        case (.str(let x), .str(let y)):
            return x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars)
        case (.tuple(let x), .tuple(let y)):
            guard let index = x.indices.first(where: { $0 < y.count && x[$0] != y[$0] }) else {
                return x.count < y.count
            }
            guard index > 0 else { return try isLess(x[index], y[index], ties: &ties) }
            var inner: [PythonTie] = []
            do {
                let less = try isLess(x[index], y[index], ties: &inner)
                ties.append(
                    PythonTie(left: a, right: b, leftField: x[index], rightField: y[index], answer: less))
                return less
            } catch {
                ties.append(
                    PythonTie(left: a, right: b, leftField: x[index], rightField: y[index], answer: nil))
                throw error
            }
        default:
            throw PythonTypeError(
                "'<' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
        }
    }
}
