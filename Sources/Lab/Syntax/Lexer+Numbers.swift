import Messages

/// Integer literals: decimal, hexadecimal, octal and binary, with `_` between digits. Floats
/// and complex numbers are refused here, where their literal is, rather than later at run time.
extension Lexer {
    mutating func lexInteger() throws(LabSyntaxError) -> Int {
        let start = position
        var radix = 10
        if peek() == "0", let marker = peek(1) {
            switch marker {
            case "x", "X": radix = 16
            case "o", "O": radix = 8
            case "b", "B": radix = 2
            default: break
            }
            if radix != 10 {
                advance()
                advance()
                // Python allows one `_` right after the prefix: `0x_ff`.
                if peek() == "_" { advance() }
            }
        }
        let digits = try lexDigits(radix: radix, literalStart: start)
        try refuseNonIntegerSuffix(at: start)
        guard !digits.isEmpty else {
            throw error(Messages.text("lab.lexer.no-digits." + Self.radixName(radix)), at: start)
        }
        if radix == 10, digits.count > 1, digits.first == 0, digits.contains(where: { $0 != 0 }) {
            throw error(
                Messages.text("lab.lexer.leading-zeros"),
                at: start)
        }
        var value = 0
        for digit in digits {
            let (shifted, shiftOverflow) = value.multipliedReportingOverflow(by: radix)
            let (sum, sumOverflow) = shifted.addingReportingOverflow(digit)
            guard !shiftOverflow, !sumOverflow else {
                throw error(
                    Messages.text("lab.lexer.too-large", ["maximum": "\(Int.max)"]), at: start)
            }
            value = sum
        }
        return value
    }

    /// The digits' values; a `_` must sit between two digits.
    private mutating func lexDigits(radix: Int, literalStart: SourcePosition) throws(LabSyntaxError) -> [Int]
    {
        var digits: [Int] = []
        while let scalar = peek() {
            if scalar == "_" {
                guard let next = peek(1), Self.digitValue(next, radix: radix) != nil, !digits.isEmpty else {
                    throw error(Messages.text("lab.lexer.underscore"), at: position)
                }
                advance()
                continue
            }
            guard let digit = Self.digitValue(scalar, radix: radix) else { break }
            digits.append(digit)
            advance()
        }
        return digits
    }

    private mutating func refuseNonIntegerSuffix(at start: SourcePosition) throws(LabSyntaxError) {
        guard let next = peek() else { return }
        if next == "." {
            throw error(Self.floatMessage, at: start)
        }
        if next == "e" || next == "E" {
            let afterExponent = peek(1) == "+" || peek(1) == "-" ? peek(2) : peek(1)
            if let digit = afterExponent, ("0"..."9").contains(digit) {
                throw error(Self.floatMessage, at: start)
            }
        }
        if next == "j" || next == "J" {
            throw error(Messages.text("lab.lexer.complex"), at: start)
        }
        if next == "_" || next.properties.isXIDContinue {
            throw error(Messages.text("lab.lexer.after-digits", ["character": "\(next)"]), at: position)
        }
    }

    private static func digitValue(_ scalar: Unicode.Scalar, radix: Int) -> Int? {
        let value: Int
        switch scalar {
        case "0"..."9": value = Int(scalar.value - 48)
        case "a"..."f": value = Int(scalar.value - 97) + 10
        case "A"..."F": value = Int(scalar.value - 65) + 10
        default: return nil
        }
        return value < radix ? value : nil
    }

    private static func radixName(_ radix: Int) -> String {
        switch radix {
        case 16: "hexadecimal"
        case 8: "octal"
        case 2: "binary"
        default: "decimal"
        }
    }
}
