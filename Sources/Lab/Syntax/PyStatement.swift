/// A statement of a lab program, with where it starts.
public struct PyStatement: Hashable, Sendable {
    public var kind: Kind
    public var position: SourcePosition

    public init(_ kind: Kind, at position: SourcePosition) {
        self.kind = kind
        self.position = position
    }

    public indirect enum Kind: Hashable, Sendable {
        case expression(PyExpression)
        /// `a = b = value`: every target gets the value. A target is a name, a subscript, an
        /// attribute, or a tuple or list of targets (`a, b = b, a`).
        case assign(targets: [PyExpression], value: PyExpression)
        /// `target += value` and the other augmented assignments.
        case augmentedAssign(target: PyExpression, operator: BinaryOperator, value: PyExpression)
        /// `elif` arrives as an `if` alone in `orElse`.
        case ifStatement(test: PyExpression, body: [PyStatement], orElse: [PyStatement])
        case whileLoop(test: PyExpression, body: [PyStatement])
        case forLoop(target: PyExpression, iterable: PyExpression, body: [PyStatement])
        case breakStatement
        case continueStatement
        case pass
        case returnStatement(PyExpression?)
        case functionDefinition(FunctionDefinition)
        case global([String])
        case assertStatement(test: PyExpression, message: PyExpression?)
        case with(items: [WithItem], body: [PyStatement])
        /// `import threading`, `import queue as q`
        case importModules([ImportedName])
        /// `from threading import Lock, Thread as T`
        case importFrom(module: String, names: [ImportedName])
    }
}

public struct FunctionDefinition: Hashable, Sendable {
    public var name: String
    public var parameters: [Parameter]
    public var body: [PyStatement]

    public init(name: String, parameters: [Parameter], body: [PyStatement]) {
        self.name = name
        self.parameters = parameters
        self.body = body
    }
}

/// A parameter of a `def` or a `lambda`, with its default value if it has one.
public struct Parameter: Hashable, Sendable {
    public var name: String
    public var defaultValue: PyExpression?
    public var position: SourcePosition

    public init(name: String, defaultValue: PyExpression?, at position: SourcePosition) {
        self.name = name
        self.defaultValue = defaultValue
        self.position = position
    }
}

/// `with context as name:`
public struct WithItem: Hashable, Sendable {
    public var context: PyExpression
    public var name: String?

    public init(context: PyExpression, name: String?) {
        self.context = context
        self.name = name
    }
}

/// `name` or `name as alias` in an import.
public struct ImportedName: Hashable, Sendable {
    public var name: String
    public var alias: String?
    public var position: SourcePosition

    public init(name: String, alias: String?, at position: SourcePosition) {
        self.name = name
        self.alias = alias
        self.position = position
    }

    /// The name the program uses: the alias if there is one.
    public var boundName: String { alias ?? name }
}
