extension KeyedDecodingContainer {
    /// Reads the `"type"` discriminator that every enum in the trace format uses.
    ///
    /// Going through a raw string (rather than decoding the tag enum directly)
    /// lets the error name the offending value in terms a reader of the file understands.
    func decodeTag<Tag: RawRepresentable<String>>(_: Tag.Type, forKey key: Key, describing what: String)
        throws -> Tag
    {
        let raw = try decode(String.self, forKey: key)
        guard let tag = Tag(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "unknown \(what) \"\(raw)\"")
        }
        return tag
    }
}
