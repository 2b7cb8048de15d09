import Messages

/// The statement a missing indented block belongs to, named in the error as one whole sentence
/// per kind of owner, so a translation is free in where the keyword and line go.
enum BlockOwner {
    /// `if`, `elif`, `while`, `for` or `with`, and the line it starts on.
    case statement(String, line: Int)
    case elseClause(line: Int)
    case definition(String)

    var missingBlockMessage: String {
        switch self {
        case .statement(let keyword, let line):
            Messages.text("lab.syntax.block.statement", ["keyword": keyword, "line": "\(line)"])
        case .elseClause(let line):
            Messages.text("lab.syntax.block.else", ["line": "\(line)"])
        case .definition(let name):
            Messages.text("lab.syntax.block.definition", ["function": name])
        }
    }
}
