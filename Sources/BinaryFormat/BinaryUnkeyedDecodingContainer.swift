/// Reads an unkeyed container's elements in order, including the tag-free elements of a packed
/// `[Int]`, `[Double]` or `[UInt8]`, so that a type may decode element by element what was
/// encoded as a whole array.
struct BinaryUnkeyedDecodingContainer: UnkeyedDecodingContainer {
    let state: DecodingState
    let node: Int
    /// Where the decoder's value starts, which is where the container's end is noted.
    private let valueStart: Int
    /// The packed array's tag when the elements carry none, otherwise nil.
    private let packedTag: BinaryTag?
    private let elementCount: Int
    private(set) var currentIndex = 0
    private var position: Int
    /// Start of the last element handed out as a nested container or decoder, whose end is
    /// worked out only when the next element is read.
    private var pendingValue = -1

    init(state: DecodingState, node: Int, position: Int) throws(BinaryCodingError) {
        self.state = state
        self.node = node
        valueStart = position
        do throws(BinaryCodingError) {
            var reader = try state.reader(at: position)
            let tag = try reader.readValueTag(for: "unkeyed container")
            switch tag {
            case .unkeyed:
                elementCount = try reader.readCount(for: "unkeyed container", minimumEntrySize: 1)
                packedTag = nil
            case .empty:
                elementCount = 0
                packedTag = nil
            case .packedBytes, .packedInts, .packedDoubles:
                elementCount = try reader.readBoundedLength(
                    for: tag.typeName, elementSize: tag.packedElementSize ?? 1)
                packedTag = tag
            default:
                throw BinaryCodingError.mismatch(
                    "unkeyed container", at: reader.position - 1, foundTagByte: tag.rawValue
                )
            }
            self.position = reader.position
        } catch {
            throw error.locating(at: state.pathDescription(of: node))
        }
        if elementCount == 0 {
            state.noteEnd(ofValueAt: valueStart, self.position)
        }
    }

    var codingPath: [any CodingKey] { state.codingPath(of: node) }

    var count: Int? { elementCount }

    var isAtEnd: Bool { currentIndex >= elementCount }

    mutating func decodeNil() throws -> Bool {
        try prepareElement(for: "nil")
        guard packedTag == nil, try state.reader(at: position).peekTag() == BinaryTag.absent else {
            return false
        }
        advance(to: position + 1)
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try decodePrimitive(type) }
    mutating func decode(_ type: String.Type) throws -> String { try decodePrimitive(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try decodePrimitive(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try decodePrimitive(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try decodePrimitive(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try decodePrimitive(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try decodePrimitive(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try decodePrimitive(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try decodePrimitive(type) }
    mutating func decode(_ type: Int128.Type) throws -> Int128 { try decodePrimitive(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try decodePrimitive(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try decodePrimitive(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try decodePrimitive(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try decodePrimitive(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try decodePrimitive(type) }
    mutating func decode(_ type: UInt128.Type) throws -> UInt128 { try decodePrimitive(type) }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try prepareElement(for: "\(T.self)")
        if packedTag != nil {
            return try decodePackedElement(T.self)
        }
        var end = 0
        let value = try state.decodeValue(T.self, at: position, parent: node, .index(currentIndex), end: &end)
        advance(to: end)
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        let (child, start) = try handOut(for: "keyed container")
        let nested = try BinaryKeyedDecodingContainer<NestedKey>(state: state, node: child, position: start)
        return KeyedDecodingContainer(nested)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (child, start) = try handOut(for: "unkeyed container")
        return try BinaryUnkeyedDecodingContainer(state: state, node: child, position: start)
    }

    mutating func superDecoder() throws -> any Decoder {
        let (child, start) = try handOut(for: "superclass")
        return BinaryDecoder(state: state, node: child, position: start)
    }

    private mutating func decodePrimitive<Primitive: BinaryPrimitive>(
        _ type: Primitive.Type
    ) throws(BinaryCodingError) -> Primitive {
        try prepareElement(for: "\(Primitive.self)")
        if packedTag != nil {
            return try decodePackedElement(type)
        }
        do {
            var reader = try state.reader(at: position)
            let value = try Primitive.read(from: &reader)
            advance(to: reader.position)
            return value
        } catch {
            throw error.locating(at: state.pathDescription(of: node, appending: .index(currentIndex)))
        }
    }

    /// Reads one tag-free element of a packed array, which only its own element type can be.
    private mutating func decodePackedElement<T>(_ type: T.Type) throws(BinaryCodingError) -> T {
        do throws(BinaryCodingError) {
            var reader = try state.reader(at: position)
            let element: Any
            switch packedTag {
            case .packedInts?: element = try reader.readFixedWidth(Int.self, for: "Int")
            case .packedDoubles?:
                element = Double(bitPattern: try reader.readFixedWidth(UInt64.self, for: "Double"))
            default: element = try reader.readFixedWidth(UInt8.self, for: "UInt8")
            }
            guard let value = element as? T else {
                let found = "\(Swift.type(of: element))"
                throw BinaryCodingError(.decode, "\(T.self)", at: position, .typeMismatch(found: found))
            }
            advance(to: reader.position)
            return value
        } catch {
            throw error.locating(at: state.pathDescription(of: node, appending: .index(currentIndex)))
        }
    }

    private mutating func handOut(for typeName: String) throws(BinaryCodingError) -> (child: Int, start: Int)
    {
        try prepareElement(for: typeName)
        guard packedTag == nil else {
            throw BinaryCodingError(
                .decode, typeName, at: position, .typeMismatch(found: packedTag?.typeName ?? "")
            )
            .locating(at: state.pathDescription(of: node, appending: .index(currentIndex)))
        }
        let child = try state.addChild(of: node, .index(currentIndex), offset: position, operation: .decode)
        pendingValue = position
        currentIndex += 1
        return (child, pendingValue)
    }

    /// Finds where the next element starts and checks there is one.
    private mutating func prepareElement(for typeName: @autoclosure () -> String) throws(BinaryCodingError) {
        if pendingValue >= 0 {
            do {
                position = try state.end(ofValueAt: pendingValue)
            } catch {
                throw error.locating(at: state.pathDescription(of: node, appending: .index(currentIndex - 1)))
            }
            pendingValue = -1
            if currentIndex == elementCount {
                state.noteEnd(ofValueAt: valueStart, position)
            }
        }
        guard currentIndex < elementCount else {
            throw BinaryCodingError(
                .decode, typeName(), at: position,
                .invalidData("all \(elementCount) elements were already read")
            ).locating(at: state.pathDescription(of: node, appending: .index(currentIndex)))
        }
    }

    private mutating func advance(to end: Int) {
        position = end
        currentIndex += 1
        if currentIndex == elementCount {
            state.noteEnd(ofValueAt: valueStart, end)
        }
    }
}
