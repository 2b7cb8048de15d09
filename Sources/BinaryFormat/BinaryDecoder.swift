/// The `Decoder` handed to a type's `init(from:)`; it is also its own single-value container.
///
/// Three words, so that passing it as `any Decoder` needs no allocation: the bytes and the
/// tree of values live in the shared ``DecodingState``, and `position` is where this value starts.
struct BinaryDecoder: Decoder, SingleValueDecodingContainer {
    let state: DecodingState
    let node: Int
    let position: Int

    var codingPath: [any CodingKey] { state.codingPath(of: node) }

    /// Always empty: values crossing a process boundary cannot depend on per-call context.
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(
            try BinaryKeyedDecodingContainer<Key>(state: state, node: node, position: position))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try BinaryUnkeyedDecodingContainer(state: state, node: node, position: position)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        self
    }

    func decodeNil() -> Bool {
        guard let reader = try? state.reader(at: position), reader.peekTag() == BinaryTag.absent else {
            return false
        }
        state.noteEnd(ofValueAt: position, position + 1)
        return true
    }

    func decode(_ type: Bool.Type) throws -> Bool { try decodePrimitive(type) }
    func decode(_ type: String.Type) throws -> String { try decodePrimitive(type) }
    func decode(_ type: Double.Type) throws -> Double { try decodePrimitive(type) }
    func decode(_ type: Float.Type) throws -> Float { try decodePrimitive(type) }
    func decode(_ type: Int.Type) throws -> Int { try decodePrimitive(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decodePrimitive(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decodePrimitive(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decodePrimitive(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decodePrimitive(type) }
    func decode(_ type: Int128.Type) throws -> Int128 { try decodePrimitive(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try decodePrimitive(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decodePrimitive(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decodePrimitive(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decodePrimitive(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decodePrimitive(type) }
    func decode(_ type: UInt128.Type) throws -> UInt128 { try decodePrimitive(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        var end = 0
        let value = try state.decodeValue(T.self, at: position, parent: node, nil, end: &end)
        state.noteEnd(ofValueAt: position, end)
        return value
    }

    private func decodePrimitive<Primitive: BinaryPrimitive>(
        _ type: Primitive.Type
    ) throws(BinaryCodingError) -> Primitive {
        do {
            var reader = try state.reader(at: position)
            let value = try Primitive.read(from: &reader)
            state.noteEnd(ofValueAt: position, reader.position)
            return value
        } catch {
            throw error.locating(at: state.pathDescription(of: node))
        }
    }
}
