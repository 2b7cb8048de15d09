/// The `KeyedDecodingContainerProtocol` face of ``KeyedEntries``, which does the work.
struct BinaryKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    private let entries: KeyedEntries

    init(state: DecodingState, node: Int, position: Int) throws(BinaryCodingError) {
        entries = try KeyedEntries(state: state, node: node, position: position)
    }

    var codingPath: [any CodingKey] { entries.state.codingPath(of: entries.node) }

    var allKeys: [Key] { entries.allNames().compactMap(Key.init(stringValue:)) }

    func contains(_ key: Key) -> Bool {
        entries.contains(key.stringValue)
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        try entries.decodeNil(named: key.stringValue, .key(key))
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decodePrimitive(type, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decodePrimitive(type, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decodePrimitive(type, key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decodePrimitive(type, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decodePrimitive(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decodePrimitive(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decodePrimitive(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decodePrimitive(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decodePrimitive(type, key) }
    func decode(_ type: Int128.Type, forKey key: Key) throws -> Int128 { try decodePrimitive(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decodePrimitive(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decodePrimitive(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decodePrimitive(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decodePrimitive(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decodePrimitive(type, key) }
    func decode(_ type: UInt128.Type, forKey key: Key) throws -> UInt128 { try decodePrimitive(type, key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try entries.decodeValue(T.self, named: key.stringValue, .key(key))
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try decodeOptional(type, key)
    }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        try decodeOptional(type, key)
    }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
        try decodeOptional(type, key)
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? {
        try decodeOptional(type, key)
    }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? {
        try decodeOptional(type, key)
    }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? {
        try decodeOptional(type, key)
    }
    func decodeIfPresent(_ type: Int128.Type, forKey key: Key) throws -> Int128? {
        try decodeOptional(type, key)
    }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? {
        try decodeOptional(type, key)
    }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? {
        try decodeOptional(type, key)
    }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? {
        try decodeOptional(type, key)
    }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? {
        try decodeOptional(type, key)
    }
    func decodeIfPresent(_ type: UInt128.Type, forKey key: Key) throws -> UInt128? {
        try decodeOptional(type, key)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try entries.decodeOptionalValue(T.self, named: key.stringValue, .key(key))
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        let (child, start) = try entries.handOut(key.stringValue, .key(key), for: "keyed container")
        let nested = try BinaryKeyedDecodingContainer<NestedKey>(
            state: entries.state, node: child, position: start)
        return KeyedDecodingContainer(nested)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        let (child, start) = try entries.handOut(key.stringValue, .key(key), for: "unkeyed container")
        return try BinaryUnkeyedDecodingContainer(state: entries.state, node: child, position: start)
    }

    func superDecoder() throws -> any Decoder {
        let superKey = SyntheticCodingKey.superclass
        let (child, start) = try entries.handOut(superKey.stringValue, .key(superKey), for: "superclass")
        return BinaryDecoder(state: entries.state, node: child, position: start)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        let (child, start) = try entries.handOut(key.stringValue, .key(key), for: "superclass")
        return BinaryDecoder(state: entries.state, node: child, position: start)
    }

    // Inlined so that each overload above calls `KeyedEntries` with its concrete type, which
    // the optimiser can specialise; the key type stays generic and never reaches that code.

    @inline(__always)
    private func decodePrimitive<Primitive: BinaryPrimitive>(
        _ type: Primitive.Type, _ key: Key
    ) throws(BinaryCodingError) -> Primitive {
        try entries.decodePrimitive(type, named: key.stringValue, .key(key))
    }

    @inline(__always)
    private func decodeOptional<Primitive: BinaryPrimitive>(
        _ type: Primitive.Type, _ key: Key
    ) throws(BinaryCodingError) -> Primitive? {
        try entries.decodeOptionalPrimitive(type, named: key.stringValue, .key(key))
    }
}
