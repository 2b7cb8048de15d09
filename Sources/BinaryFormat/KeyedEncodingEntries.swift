/// Writing the entries of keyed containers, on the state rather than in the container.
///
/// The container is generic over its key type, which callers in other modules never let the
/// optimiser see; written here, each scalar's entry is specialised instead of dispatching
/// through witness tables. An entry is the key's name followed by the value.
extension EncodingState {
    func encodeEntry<Primitive: BinaryPrimitive>(
        _ value: Primitive, named name: String, in node: Int
    ) throws(BinaryCodingError) {
        try beginKeyedEntry(named: name, in: node, for: "\(Primitive.self)")
        value.write(to: &writer)
    }

    /// Writes an explicit `absent` tag instead of leaving the key out, so that a decoder reading
    /// keys in order never has to search for one that is missing, and so that `.some(nil)` of a
    /// nested optional stays distinct from `nil`.
    func encodeOptionalEntry<Primitive: BinaryPrimitive>(
        _ value: Primitive?, named name: String, in node: Int
    ) throws(BinaryCodingError) {
        try beginKeyedEntry(named: name, in: node, for: "\(Primitive.self)?")
        if let value {
            writer.append(.present)
            value.write(to: &writer)
        } else {
            writer.append(.absent)
        }
    }

    func encodeNilEntry(named name: String, in node: Int) throws(BinaryCodingError) {
        try beginKeyedEntry(named: name, in: node, for: "nil")
        writer.append(.absent)
    }

    func encodeValueEntry<T: Encodable>(
        _ value: T, named name: String, in node: Int, _ key: CodingPathComponent
    ) throws(BinaryCodingError) {
        try beginKeyedEntry(named: name, in: node, for: "\(T.self)")
        try encodeValue(value, parent: node, key)
    }

    private func beginKeyedEntry(
        named name: String, in node: Int, for typeName: @autoclosure () -> String
    ) throws(BinaryCodingError) {
        _ = try beginEntry(in: node, kind: .keyed, for: typeName())
        writer.appendUTF8(name)
    }
}
