/// Writes an unkeyed container as a count followed by its elements, each tagged.
///
/// The count is filled in when the container is closed, because `Codable` never says up front
/// how many elements there will be.
struct BinaryUnkeyedEncodingContainer: UnkeyedEncodingContainer {
    let state: EncodingState
    let node: Int

    var codingPath: [any CodingKey] { state.codingPath(of: node) }

    var count: Int { state.containerCount(of: node) }

    mutating func encodeNil() throws {
        _ = try state.beginEntry(in: node, kind: .unkeyed, for: "nil")
        state.writer.append(.absent)
    }

    mutating func encode(_ value: Bool) throws { try encodePrimitive(value) }
    mutating func encode(_ value: String) throws { try encodePrimitive(value) }
    mutating func encode(_ value: Double) throws { try encodePrimitive(value) }
    mutating func encode(_ value: Float) throws { try encodePrimitive(value) }
    mutating func encode(_ value: Int) throws { try encodePrimitive(value) }
    mutating func encode(_ value: Int8) throws { try encodePrimitive(value) }
    mutating func encode(_ value: Int16) throws { try encodePrimitive(value) }
    mutating func encode(_ value: Int32) throws { try encodePrimitive(value) }
    mutating func encode(_ value: Int64) throws { try encodePrimitive(value) }
    mutating func encode(_ value: Int128) throws { try encodePrimitive(value) }
    mutating func encode(_ value: UInt) throws { try encodePrimitive(value) }
    mutating func encode(_ value: UInt8) throws { try encodePrimitive(value) }
    mutating func encode(_ value: UInt16) throws { try encodePrimitive(value) }
    mutating func encode(_ value: UInt32) throws { try encodePrimitive(value) }
    mutating func encode(_ value: UInt64) throws { try encodePrimitive(value) }
    mutating func encode(_ value: UInt128) throws { try encodePrimitive(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let index = try state.beginEntry(in: node, kind: .unkeyed, for: "\(T.self)")
        try state.encodeValue(value, parent: node, .index(index))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = state.openNestedEntry(in: node, .unkeyed, key: nil, nested: .keyed)
        return KeyedEncodingContainer(BinaryKeyedEncodingContainer<NestedKey>(state: state, node: child))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = state.openNestedEntry(in: node, .unkeyed, key: nil, nested: .unkeyed)
        return BinaryUnkeyedEncodingContainer(state: state, node: child)
    }

    mutating func superEncoder() -> any Encoder {
        BinaryEncoder(state: state, node: state.openNestedEntry(in: node, .unkeyed, key: nil, nested: nil))
    }

    private func encodePrimitive<Primitive: BinaryPrimitive>(_ value: Primitive) throws(BinaryCodingError) {
        _ = try state.beginEntry(in: node, kind: .unkeyed, for: "\(Primitive.self)")
        value.write(to: &state.writer)
    }
}
