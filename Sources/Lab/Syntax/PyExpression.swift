/// An expression of a lab program, with where it starts.
public struct PyExpression: Hashable, Sendable {
    public var kind: Kind
    public var position: SourcePosition

    public init(_ kind: Kind, at position: SourcePosition) {
        self.kind = kind
        self.position = position
    }

    public indirect enum Kind: Hashable, Sendable {
        case name(String)
        case integer(Int)
        case boolean(Bool)
        case string(String)
        case none
        /// `f"..."`: literal text and `{expression}` fields, in order.
        case formattedString([FormattedStringPart])
        case list([PyExpression])
        case tuple([PyExpression])
        case dictionary([DictionaryEntry])
        /// `value.name`
        case attribute(PyExpression, name: String)
        /// `value[index]`
        case subscripted(PyExpression, index: PyExpression)
        case call(PyExpression, arguments: [PyExpression], keywords: [KeywordArgument])
        case unary(UnaryOperator, PyExpression)
        case binary(BinaryOperator, PyExpression, PyExpression)
        /// `a < b <= c`: the first operand, then each operator with its right operand.
        case comparison(PyExpression, [Comparison])
        /// `a and b and c` (all operands of one operator, in order).
        case logical(LogicalOperator, [PyExpression])
        /// `body if test else orElse`
        case conditional(test: PyExpression, body: PyExpression, orElse: PyExpression)
        /// `lambda a, b: body` (for `Condition.wait_for` and `Thread(target=lambda: ...)`).
        case lambda(parameters: [Parameter], body: PyExpression)
    }
}

public enum FormattedStringPart: Hashable, Sendable {
    case literal(String)
    case field(PyExpression)
}

public struct DictionaryEntry: Hashable, Sendable {
    public var key: PyExpression
    public var value: PyExpression

    public init(key: PyExpression, value: PyExpression) {
        self.key = key
        self.value = value
    }
}

public struct KeywordArgument: Hashable, Sendable {
    public var name: String
    public var value: PyExpression
    public var position: SourcePosition

    public init(name: String, value: PyExpression, at position: SourcePosition) {
        self.name = name
        self.value = value
        self.position = position
    }
}

public struct Comparison: Hashable, Sendable {
    public var comparisonOperator: ComparisonOperator
    public var right: PyExpression

    public init(_ comparisonOperator: ComparisonOperator, _ right: PyExpression) {
        self.comparisonOperator = comparisonOperator
        self.right = right
    }
}

public enum UnaryOperator: String, Hashable, Sendable {
    case negate = "-"
    case plus = "+"
    case not = "not"
}

/// Arithmetic on ints (and `+` on str, list and tuple). True division `/` is absent: it makes a
/// float, which the subset leaves out; the parser points at it and suggests `//`.
public enum BinaryOperator: String, Hashable, Sendable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case floorDivide = "//"
    case modulo = "%"
    case power = "**"
}

public enum ComparisonOperator: String, Hashable, Sendable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case contains = "in"
    case notContains = "not in"
    case identical = "is"
    case notIdentical = "is not"
}

public enum LogicalOperator: String, Hashable, Sendable {
    case and
    case or
}
