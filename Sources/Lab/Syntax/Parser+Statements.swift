import Messages

/// The statement level: the module, logical lines, and the blocks of compound statements.
extension Parser {
    mutating func parseModule() throws(LabSyntaxError) -> [PyStatement] {
        var statements: [PyStatement] = []
        while current.kind != .endOfFile {
            statements += try parseStatement()
        }
        return statements
    }

    /// One compound statement, or one logical line of simple statements.
    mutating func parseStatement() throws(LabSyntaxError) -> [PyStatement] {
        switch current.kind {
        case .indent:
            throw error(
                Messages.text("lab.syntax.unexpected-indent"), at: current.position)
        case .symbol("@"):
            throw error(Unsupported.decorators, at: current.position)
        case .name("if"): return [try parseIf()]
        case .name("while"): return [try parseWhile()]
        case .name("for"): return [try parseFor()]
        case .name("def"): return [try parseFunctionDefinition()]
        case .name("with"): return [try parseWith()]
        case .name(let keyword) where keyword == "else" || keyword == "elif":
            throw error(
                Messages.text("lab.syntax.orphan-else", ["keyword": keyword]), at: current.position)
        default: break
        }
        return try parseSimpleLine()
    }

    /// `small_stmt (';' small_stmt)* [';'] NEWLINE`
    mutating func parseSimpleLine() throws(LabSyntaxError) -> [PyStatement] {
        var statements = [try parseSimpleStatement()]
        while take(symbol: ";") {
            if current.kind == .newline { break }
            statements.append(try parseSimpleStatement())
        }
        guard current.kind == .newline else { throw unexpected("lab.syntax.expected.end-of-statement") }
        advance()
        return statements
    }

    /// The body after a compound statement's `:`: statements on the same line, or an
    /// indented block on the lines after it.
    mutating func parseBlock(of owner: BlockOwner) throws(LabSyntaxError) -> [PyStatement] {
        try deepen(at: current.position)
        defer { depth -= 1 }
        guard current.kind == .newline else { return try parseSimpleLine() }
        advance()
        guard current.kind == .indent else {
            throw error(owner.missingBlockMessage, at: current.position)
        }
        advance()
        var body: [PyStatement] = []
        while current.kind != .dedent && current.kind != .endOfFile {
            body += try parseStatement()
        }
        advance()
        return body
    }

    /// Parses a block with `break`/`continue` and `return` allowed or not, as Python decides
    /// when it compiles the program.
    mutating func parseBlock(of owner: BlockOwner, inLoop: Bool, inFunction: Bool) throws(LabSyntaxError)
        -> [PyStatement]
    {
        let outer = (isInLoop, isInFunction)
        (isInLoop, isInFunction) = (inLoop, inFunction)
        defer { (isInLoop, isInFunction) = outer }
        return try parseBlock(of: owner)
    }
}
