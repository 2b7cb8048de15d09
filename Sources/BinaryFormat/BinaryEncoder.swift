/// The `Encoder` handed to a value's `encode(to:)`; it is also its own single-value container.
///
/// A struct of two words, so that passing it as `any Encoder` needs no allocation: everything
/// mutable lives in the shared ``EncodingState``, and `node` says which value this encoder owns.
struct BinaryEncoder: Encoder, SingleValueEncodingContainer {
    let state: EncodingState
    let node: Int

    var codingPath: [any CodingKey] { state.codingPath(of: node) }

    /// Always empty: values crossing a process boundary cannot depend on per-call context.
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        state.prepareContainer(.keyed, on: node)
        return KeyedEncodingContainer(BinaryKeyedEncodingContainer<Key>(state: state, node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        state.prepareContainer(.unkeyed, on: node)
        return BinaryUnkeyedEncodingContainer(state: state, node: node)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        self
    }

    mutating func encodeNil() throws {
        try state.beginSingleValue(on: node, for: "nil")
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
        try state.beginSingleValue(on: node, for: "\(T.self)")
        try state.encodeValue(value, parent: node, nil)
    }

    private func encodePrimitive<Primitive: BinaryPrimitive>(_ value: Primitive) throws(BinaryCodingError) {
        try state.beginSingleValue(on: node, for: "\(Primitive.self)")
        value.write(to: &state.writer)
    }
}
