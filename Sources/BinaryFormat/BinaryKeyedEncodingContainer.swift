/// Writes a keyed container as a count followed by (key, value) entries in the order encoded.
///
/// Keys are written as strings so that decoding can find them in any order and list them for
/// `allKeys`, which `Dictionary` and hand-written `init(from:)` implementations rely on.
struct BinaryKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let state: EncodingState
    let node: Int

    var codingPath: [any CodingKey] { state.codingPath(of: node) }

    mutating func encodeNil(forKey key: Key) throws {
        try state.encodeNilEntry(named: key.stringValue, in: node)
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws { try encodePrimitive(value, key) }
    mutating func encode(_ value: String, forKey key: Key) throws { try encodePrimitive(value, key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try encodePrimitive(value, key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try encodePrimitive(value, key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try encodePrimitive(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try encodePrimitive(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try encodePrimitive(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try encodePrimitive(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try encodePrimitive(value, key) }
    mutating func encode(_ value: Int128, forKey key: Key) throws { try encodePrimitive(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try encodePrimitive(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try encodePrimitive(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try encodePrimitive(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try encodePrimitive(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try encodePrimitive(value, key) }
    mutating func encode(_ value: UInt128, forKey key: Key) throws { try encodePrimitive(value, key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try state.encodeValueEntry(value, named: key.stringValue, in: node, .key(key))
    }

    // `encodeOptionalEntry` says why these write an `absent` tag rather than leave the key out.

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int128?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt128?, forKey key: Key) throws {
        try encodeOptional(value, key)
    }

    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        try state.encodeValueEntry(value, named: key.stringValue, in: node, .key(key))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = state.openNestedEntry(in: node, .keyed, key: key, nested: .keyed)
        return KeyedEncodingContainer(BinaryKeyedEncodingContainer<NestedKey>(state: state, node: child))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = state.openNestedEntry(in: node, .keyed, key: key, nested: .unkeyed)
        return BinaryUnkeyedEncodingContainer(state: state, node: child)
    }

    mutating func superEncoder() -> any Encoder {
        let child = state.openNestedEntry(in: node, .keyed, key: SyntheticCodingKey.superclass, nested: nil)
        return BinaryEncoder(state: state, node: child)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let child = state.openNestedEntry(in: node, .keyed, key: key, nested: nil)
        return BinaryEncoder(state: state, node: child)
    }

    // Inlined so that each overload above calls the state with its concrete type, which the
    // optimiser can specialise; the key type stays generic and never reaches that code.

    @inline(__always)
    private func encodePrimitive<Primitive: BinaryPrimitive>(_ value: Primitive, _ key: Key)
        throws(BinaryCodingError)
    {
        try state.encodeEntry(value, named: key.stringValue, in: node)
    }

    @inline(__always)
    private func encodeOptional<Primitive: BinaryPrimitive>(_ value: Primitive?, _ key: Key)
        throws(BinaryCodingError)
    {
        try state.encodeOptionalEntry(value, named: key.stringValue, in: node)
    }
}
