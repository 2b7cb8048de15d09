/// Lets the coders see through `Optional`, whose own `Codable` conformance writes `.some(nil)`
/// exactly like `nil`, so that `Int??` and `[Int?]` survive the trip intact.
///
/// An optional is written as an `absent` tag, or a `present` tag followed by the wrapped value.
protocol EncodableOptional {
    static func encode<Value>(
        _ value: Value, state: EncodingState, parent: Int, _ component: CodingPathComponent?
    ) throws(BinaryCodingError)
}

/// The decoding half of ``EncodableOptional``.
protocol DecodableOptional {
    static func decode(
        state: DecodingState, at position: Int, parent: Int, _ component: CodingPathComponent?, end: inout Int
    ) throws(BinaryCodingError) -> Self
}

extension Optional: EncodableOptional where Wrapped: Encodable {
    static func encode<Value>(
        _ value: Value, state: EncodingState, parent: Int, _ component: CodingPathComponent?
    ) throws(BinaryCodingError) {
        if case .some(.some(let wrapped)) = value as? Self {
            state.writer.append(.present)
            try state.encodeValue(wrapped, parent: parent, component)
        } else {
            state.writer.append(.absent)
        }
    }
}

extension Optional: DecodableOptional where Wrapped: Decodable {
    /// A value written without a presence marker is read as present, so that a type encoding
    /// `x` and decoding `x as Int?` still works, as it does with `JSONDecoder`.
    static func decode(
        state: DecodingState, at position: Int, parent: Int, _ component: CodingPathComponent?, end: inout Int
    ) throws(BinaryCodingError) -> Self {
        switch try state.reader(at: position).peekTag() {
        case .absent?:
            end = position + 1
            return nil
        case .present?:
            return try state.decodeValue(Wrapped.self, at: position + 1, parent: parent, component, end: &end)
        default:
            return try state.decodeValue(Wrapped.self, at: position, parent: parent, component, end: &end)
        }
    }
}
