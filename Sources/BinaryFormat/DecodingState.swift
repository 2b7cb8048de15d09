/// What one top-level decode shares between its decoders and containers: the bytes, the tree
/// of values entered so far, and the end of the value completed last.
///
/// Containers read by position, so a parent must learn where a nested value ended before it can
/// read the next one. Walking the value again would double the cost of every nested struct, so a
/// container that reads all its entries notes where it ended, and the parent uses that note;
/// only a value its type did not read to the end is walked. Its properties skip dynamic
/// exclusivity checks for the reason given on ``CodingTree``.
final class DecodingState: CodingTree {
    private let bytes: UnsafeRawBufferPointer
    /// Cleared when the top-level decode returns: the bytes are only borrowed, so a decoder or
    /// container that a type kept past `init(from:)` must fail rather than read freed memory.
    @exclusivity(unchecked) private var isOpen = true
    @exclusivity(unchecked) private var lastCompleted = (start: -1, end: -1)

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        super.init(rootOffset: 0)
    }

    package func close() {
        isOpen = false
    }

    func reader(at position: Int) throws(BinaryCodingError) -> BinaryReader {
        guard isOpen else {
            throw BinaryCodingError(
                .decode, "value", at: position, .misuse("a decoder was used after its decode call returned")
            )
        }
        return BinaryReader(bytes, at: position)
    }

    // The decoding functions report where the value ended through `end` rather than returning
    // a `(T, Int)` tuple or a `T?`: in unspecialised generic code, each such type is a runtime
    // metadata lookup that costs more than decoding a scalar. For the same reason `_isOptional`,
    // a metadata check, guards the conformance lookup behind `as? any DecodableOptional.Type`.

    /// Decodes the top-level value as the tree's root.
    func decodeTopLevel<T: Decodable>(_ type: T.Type, end: inout Int) throws(BinaryCodingError) -> T {
        if BinaryFastPath.handles(T.self) || _isOptional(T.self) {
            return try decodeDirectly(T.self, at: 0, parent: CodingTree.root, nil, end: &end)
        }
        return try decode(T.self, at: 0, on: CodingTree.root, end: &end)
    }

    /// Decodes a `T` at `position` as a child of `parent`.
    func decodeValue<T: Decodable>(
        _ type: T.Type, at position: Int, parent: Int, _ component: CodingPathComponent?, end: inout Int
    ) throws(BinaryCodingError) -> T {
        if BinaryFastPath.handles(T.self) || _isOptional(T.self) {
            return try decodeDirectly(T.self, at: position, parent: parent, component, end: &end)
        }
        let child = try addChild(of: parent, component, offset: position, operation: .decode)
        return try decode(T.self, at: position, on: child, end: &end)
    }

    /// Records that the value starting at `start` ends at `end`, for the parent to pick up.
    func noteEnd(ofValueAt start: Int, _ end: Int) {
        lastCompleted = (start, end)
    }

    func end(ofValueAt start: Int) throws(BinaryCodingError) -> Int {
        if lastCompleted.start == start {
            return lastCompleted.end
        }
        var reader = try reader(at: start)
        try reader.skipValue()
        return reader.position
    }

    /// Reads values that need no decoder of their own: the fast-path types, and optionals. The
    /// fast path may decline a layout it does not expect, such as a `[Int]` written element by
    /// element, which then goes to `init(from:)` like any other type.
    private func decodeDirectly<T: Decodable>(
        _ type: T.Type, at position: Int, parent: Int, _ component: CodingPathComponent?, end: inout Int
    ) throws(BinaryCodingError) -> T {
        if BinaryFastPath.handles(T.self) {
            return try decodeFast(T.self, at: position, parent: parent, component, end: &end)
        }
        guard let optionalType = T.self as? any DecodableOptional.Type else {
            let child = try addChild(of: parent, component, offset: position, operation: .decode)
            return try decode(T.self, at: position, on: child, end: &end)
        }
        let optional = try optionalType.decode(
            state: self, at: position, parent: parent, component, end: &end)
        guard let value = optional as? T else {
            throw BinaryCodingError(
                .decode, "\(T.self)", at: position, .misuse("Optional did not decode as itself"))
        }
        return value
    }

    private func decodeFast<T: Decodable>(
        _ type: T.Type, at position: Int, parent: Int, _ component: CodingPathComponent?, end: inout Int
    ) throws(BinaryCodingError) -> T {
        var reader = try reader(at: position)
        do {
            if let value = try BinaryFastPath.decode(T.self, from: &reader) {
                end = reader.position
                return value
            }
        } catch {
            throw error.locating(at: pathDescription(of: parent, appending: component))
        }
        let child = try addChild(of: parent, component, offset: position, operation: .decode)
        return try decode(T.self, at: position, on: child, end: &end)
    }

    /// Runs the type's own `init(from:)` with the decoder for `node`, wrapping what it throws.
    private func decode<T: Decodable>(
        _ type: T.Type, at position: Int, on node: Int, end: inout Int
    ) throws(BinaryCodingError) -> T {
        do {
            let value = try T(from: BinaryDecoder(state: self, node: node, position: position))
            end = try self.end(ofValueAt: position)
            return value
        } catch let error as BinaryCodingError {
            throw error.locating(at: pathDescription(of: node))
        } catch {
            throw BinaryCodingError(.decode, "\(T.self)", at: position, .underlying(error))
                .locating(at: pathDescription(of: node))
        }
    }
}
