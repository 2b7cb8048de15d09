/// Python's operators on the subset's values.
extension World {
    mutating func truth(_ value: LabValue, _ context: inout StepContext) -> Bool {
        switch value {
        case .none: return false
        case .bool(let flag): return flag
        case .int(let number): return number != 0
        case .str(let text): return !text.isEmpty
        case .tuple(let elements): return !elements.isEmpty
        case .object(let reference):
            switch heap[reference] {
            case .list(let elements):
                context.touch(.object(reference), write: false)
                return !elements.isEmpty
            case .dictionary(let keys, _):
                context.touch(.object(reference), write: false)
                return !keys.isEmpty
            default: return true
            }
        default: return true
        }
    }

    func integer(_ value: LabValue) -> Int? {
        switch value {
        case .int(let number): number
        case .bool(let flag): flag ? 1 : 0
        default: nil
        }
    }

    mutating func unary(_ unaryOperator: UnaryOperator, _ operand: LabValue, _ context: inout StepContext)
        throws(PythonError) -> LabValue
    {
        if unaryOperator == .not { return .bool(!truth(operand, &context)) }
        guard let number = integer(operand) else {
            throw .typeError(
                "bad operand type for unary \(unaryOperator.rawValue): '\(typeName(of: operand))'")
        }
        if unaryOperator == .plus { return .int(number) }
        let (negated, overflow) = (0).subtractingReportingOverflow(number)
        if overflow { throw .overflow }
        return .int(negated)
    }

    mutating func binary(
        _ binaryOperator: BinaryOperator, _ left: LabValue, _ right: LabValue, _ context: inout StepContext
    ) throws(PythonError) -> LabValue {
        if let a = integer(left), let b = integer(right) {
            return .int(try arithmetic(binaryOperator, a, b))
        }
        switch (binaryOperator, left, right) {
        case (.add, .str(let a), .str(let b)): return .str(a + b)
        case (.add, .tuple(let a), .tuple(let b)): return .tuple(a + b)
        case (.multiply, .str(let text), _):
            if let count = integer(right) { return .str(String(repeating: text, count: max(0, count))) }
        case (.multiply, _, .str(let text)):
            if let count = integer(left) { return .str(String(repeating: text, count: max(0, count))) }
        case (.add, .object(let a), .object(let b)):
            if case .list(let first) = heap[a], case .list(let second) = heap[b] {
                context.touch(.object(a), write: false)
                context.touch(.object(b), write: false)
                return allocate(.list(first + second))
            }
        case (.modulo, .str, _):
            throw .typeError("the lab has no % formatting of strings: use an f-string")
        default: break
        }
        throw .typeError(
            "unsupported operand type(s) for \(binaryOperator.rawValue): '\(typeName(of: left))' and "
                + "'\(typeName(of: right))'")
    }

    private func arithmetic(_ binaryOperator: BinaryOperator, _ a: Int, _ b: Int) throws(PythonError) -> Int {
        let result: (partialValue: Int, overflow: Bool)
        switch binaryOperator {
        case .add: result = a.addingReportingOverflow(b)
        case .subtract: result = a.subtractingReportingOverflow(b)
        case .multiply: result = a.multipliedReportingOverflow(by: b)
        case .floorDivide, .modulo:
            guard b != 0 else { throw PythonError("ZeroDivisionError", "integer division or modulo by zero") }
            if a == .min && b == -1 { throw .overflow }
            var quotient = a / b
            var remainder = a % b
            // Python rounds toward negative infinity, so the remainder takes the divisor's sign.
            if remainder != 0 && ((remainder < 0) != (b < 0)) {
                quotient -= 1
                remainder += b
            }
            return binaryOperator == .floorDivide ? quotient : remainder
        case .power:
            guard b >= 0 else { throw .typeError("the lab has no floats: a negative power is not an int") }
            var power = 1
            for _ in 0..<b {
                let (next, overflow) = power.multipliedReportingOverflow(by: a)
                if overflow { throw .overflow }
                power = next
            }
            return power
        }
        if result.overflow { throw .overflow }
        return result.partialValue
    }

    mutating func compare(
        _ comparisonOperator: ComparisonOperator, _ left: LabValue, _ right: LabValue,
        _ context: inout StepContext
    ) throws(PythonError) -> Bool {
        switch comparisonOperator {
        case .equal: return equal(left, right, &context)
        case .notEqual: return !equal(left, right, &context)
        case .identical: return identical(left, right)
        case .notIdentical: return !identical(left, right)
        case .contains: return try contains(right, left, &context)
        case .notContains: return try !contains(right, left, &context)
        case .less: return try order(left, right, &context) < 0
        case .lessOrEqual: return try order(left, right, &context) <= 0
        case .greater: return try order(left, right, &context) > 0
        case .greaterOrEqual: return try order(left, right, &context) >= 0
        }
    }

    private func identical(_ left: LabValue, _ right: LabValue) -> Bool {
        switch (left, right) {
        case (.object(let a), .object(let b)): a == b
        case (.none, .none): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        default: left == right
        }
    }

    mutating func equal(_ left: LabValue, _ right: LabValue, _ context: inout StepContext) -> Bool {
        if let a = integer(left), let b = integer(right) { return a == b }
        switch (left, right) {
        case (.tuple(let a), .tuple(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { equal($0, $1, &context) }
        case (.object(let a), .object(let b)):
            if a == b { return true }
            switch (heap[a], heap[b]) {
            case (.list(let first), .list(let second)):
                context.touch(.object(a), write: false)
                context.touch(.object(b), write: false)
                return first.count == second.count
                    && zip(first, second).allSatisfy { equal($0, $1, &context) }
            case (.dictionary(let firstKeys, let firstValues), .dictionary(let secondKeys, let secondValues)):
                context.touch(.object(a), write: false)
                context.touch(.object(b), write: false)
                guard firstKeys.count == secondKeys.count else { return false }
                for (key, value) in zip(firstKeys, firstValues) {
                    guard let index = secondKeys.firstIndex(of: key),
                        equal(value, secondValues[index], &context)
                    else { return false }
                }
                return true
            default: return false
            }
        default:
            return left == right
        }
    }

    /// -1, 0 or 1, for `<` and friends and for PriorityQueue.
    mutating func order(_ left: LabValue, _ right: LabValue, _ context: inout StepContext) throws(PythonError)
        -> Int
    {
        if let a = integer(left), let b = integer(right) { return a < b ? -1 : a == b ? 0 : 1 }
        switch (left, right) {
        case (.str(let a), .str(let b)):
            return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) ? -1 : a == b ? 0 : 1
        case (.tuple(let a), .tuple(let b)):
            return try orderSequences(a, b, &context)
        case (.object(let a), .object(let b)):
            if case .list(let first) = heap[a], case .list(let second) = heap[b] {
                context.touch(.object(a), write: false)
                context.touch(.object(b), write: false)
                return try orderSequences(first, second, &context)
            }
        default: break
        }
        throw .typeError(
            "'<' not supported between instances of '\(typeName(of: left))' and '\(typeName(of: right))'")
    }

    private mutating func orderSequences(_ a: [LabValue], _ b: [LabValue], _ context: inout StepContext)
        throws(PythonError) -> Int
    {
        for (x, y) in zip(a, b) where !equal(x, y, &context) {
            return try order(x, y, &context)
        }
        return a.count < b.count ? -1 : a.count == b.count ? 0 : 1
    }

    private mutating func contains(_ container: LabValue, _ element: LabValue, _ context: inout StepContext)
        throws(PythonError) -> Bool
    {
        switch container {
        case .str(let text):
            guard case .str(let part) = element else {
                throw .typeError(
                    "'in <string>' requires string as left operand, not \(typeName(of: element))")
            }
            return text.contains(part)
        case .object(let reference):
            if case .dictionary(let keys, _) = heap[reference] {
                context.touch(.object(reference), write: false)
                return keys.contains { equal($0, element, &context) }
            }
        default: break
        }
        return try sequenceElements(container, &context).contains { equal($0, element, &context) }
    }
}
