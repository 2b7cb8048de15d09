/// What one top-level encode shares between its encoders and containers: the output, and which
/// nested values are still open for writing.
///
/// The format is written as a stream, so a value must be complete before its parent writes
/// again, which is what synthesized `Codable` and nearly all hand-written code do. The open
/// values are the ancestors of `innermostOpen`; writing to a container first closes everything
/// nested deeper, and writing to one that was already closed throws instead of corrupting the
/// stream. Its properties skip dynamic exclusivity checks for the reason given on ``CodingTree``.
final class EncodingState: CodingTree {
    @exclusivity(unchecked) var writer = BinaryWriter()
    @exclusivity(unchecked) private var innermostOpen = CodingTree.root
    /// The first failure met where no error could be thrown (creating a nested container); it
    /// fails the whole encode even if the broken container is never written to, because its
    /// entry may already be half written.
    @exclusivity(unchecked) private var deferredFailure: BinaryCodingError?

    /// Takes over the writer's storage for the duration of one encode; see ``handBack(to:)``.
    init(takingOver writer: inout BinaryWriter) {
        super.init(rootOffset: writer.bytes.count)
        swap(&self.writer, &writer)
    }

    func handBack(to writer: inout BinaryWriter) {
        swap(&self.writer, &writer)
    }

    /// Encodes the top-level value as the tree's root and closes everything it left open.
    func encodeTopLevel<T: Encodable>(_ value: T) throws(BinaryCodingError) {
        if try !encodeDirectly(value, parent: CodingTree.root, nil) {
            try encode(value, on: CodingTree.root)
        }
        closeFrames(downTo: CodingTree.root)
        close(CodingTree.root)
        if let deferredFailure {
            throw deferredFailure
        }
    }

    /// Encodes `value` as a child of `parent`, using the fast path or the `present` marker where
    /// they apply and the value's own `encode(to:)` otherwise.
    func encodeValue<T: Encodable>(
        _ value: T, parent: Int, _ component: CodingPathComponent?
    ) throws(BinaryCodingError) {
        if try encodeDirectly(value, parent: parent, component) {
            return
        }
        let child = try addChild(of: parent, component, offset: writer.bytes.count, operation: .encode)
        innermostOpen = child
        try encode(value, on: child)
        if isAncestor(child, ofOrSame: innermostOpen) {
            closeFrames(downTo: parent)
        }
    }

    /// Makes `node` the innermost open value, closing any deeper ones, or throws if `node`
    /// itself was already closed.
    func enter(_ node: Int, for typeName: @autoclosure () -> String) throws(BinaryCodingError) {
        guard node != innermostOpen else { return }
        guard isAncestor(node, ofOrSame: innermostOpen) else {
            if let deferredFailure {
                throw deferredFailure
            }
            throw BinaryCodingError(
                .encode, typeName(), at: writer.bytes.count,
                .misuse("its container was written to after encoding had moved past it")
            ).locating(at: pathDescription(of: node))
        }
        closeFrames(downTo: node)
    }

    /// Writes a container header on `node` unless one is there already, so that a type and its
    /// superclass can both ask the same encoder for a container and share it.
    func prepareContainer(_ kind: BinaryTag, on node: Int) {
        guard (try? enter(node, for: kind.typeName)) != nil, writer.bytes.count == offset(of: node) else {
            return
        }
        writer.append(kind)
        writer.appendCountSlot()
        setEntryCount(0, of: node)
    }

    /// Starts an entry in the container on `node`, returning its index; the caller then writes
    /// the key, if any, and the value.
    func beginEntry(
        in node: Int, kind: BinaryTag, for typeName: @autoclosure () -> String
    ) throws(BinaryCodingError) -> Int {
        try enter(node, for: typeName())
        let count = entryCount(of: node)
        let offset = offset(of: node)
        guard count >= 0, writer.bytes[offset] == kind.rawValue else {
            let found =
                offset < writer.bytes.count ? BinaryTag(rawValue: writer.bytes[offset])?.typeName : nil
            throw BinaryCodingError(
                .encode, typeName(), at: writer.bytes.count,
                .misuse("the value was already encoded as \(found ?? "nothing"), not as a \(kind.typeName)")
            ).locating(at: pathDescription(of: node))
        }
        guard count < UInt32.max else {
            throw BinaryCodingError(.encode, typeName(), at: writer.bytes.count, .misuse("too many entries"))
                .locating(at: pathDescription(of: node))
        }
        setEntryCount(count + 1, of: node)
        return count
    }

    /// Checks that a single-value container may still write: once, and while it is open.
    func beginSingleValue(on node: Int, for typeName: @autoclosure () -> String) throws(BinaryCodingError) {
        try enter(node, for: typeName())
        guard writer.bytes.count == offset(of: node) else {
            throw BinaryCodingError(
                .encode, typeName(), at: writer.bytes.count,
                .misuse("a single value container can hold only one value")
            ).locating(at: pathDescription(of: node))
        }
    }

    /// Starts an entry holding a nested container or encoder, whose bytes come later through
    /// the returned node. The protocols give these calls no way to throw, so a failure returns
    /// a node that is never open, and is remembered to fail the encode.
    func openNestedEntry(
        in node: Int, _ kind: BinaryTag, key: (any CodingKey)?, nested nestedKind: BinaryTag?
    ) -> Int {
        var component = key.map(CodingPathComponent.key)
        do {
            let index = try beginEntry(in: node, kind: kind, for: nestedKind?.typeName ?? "superclass")
            if let key {
                writer.appendUTF8(key.stringValue)
            } else {
                component = .index(index)
            }
            let child = try addChild(of: node, component, offset: writer.bytes.count, operation: .encode)
            innermostOpen = child
            if let nestedKind {
                prepareContainer(nestedKind, on: child)
            }
            return child
        } catch {
            deferredFailure = deferredFailure ?? error
            return addDetachedChild(of: node, component)
        }
    }

    /// How many entries the container on `node` holds so far; zero before it has a header.
    func containerCount(of node: Int) -> Int {
        max(entryCount(of: node), 0)
    }

    /// Writes values that need no encoder of their own: the fast-path types, and optionals.
    private func encodeDirectly<T: Encodable>(
        _ value: T, parent: Int, _ component: CodingPathComponent?
    ) throws(BinaryCodingError) -> Bool {
        if BinaryFastPath.encode(value, into: &writer) {
            return true
        }
        // `_isOptional` is a metadata check, far cheaper than the conformance lookup behind `as?`,
        // which would otherwise be paid by every struct.
        guard _isOptional(T.self), let optionalType = T.self as? any EncodableOptional.Type else {
            return false
        }
        try optionalType.encode(value, state: self, parent: parent, component)
        return true
    }

    /// Runs the value's own `encode(to:)` with the encoder for `node`, wrapping what it throws.
    private func encode<T: Encodable>(_ value: T, on node: Int) throws(BinaryCodingError) {
        do {
            try value.encode(to: BinaryEncoder(state: self, node: node))
        } catch let error as BinaryCodingError {
            throw error
        } catch {
            throw BinaryCodingError(.encode, "\(T.self)", at: writer.bytes.count, .underlying(error))
                .locating(at: pathDescription(of: node))
        }
    }

    private func closeFrames(downTo node: Int) {
        var current = innermostOpen
        while current > node {
            close(current)
            current = parent(of: current)
        }
        innermostOpen = node
    }

    /// Writes the entry count into the header of the container on `node`, if it has one. A
    /// value that wrote nothing still needs a byte, or the decoder would read the next value in
    /// its place; the `empty` tag decodes as an empty container.
    private func close(_ node: Int) {
        let offset = offset(of: node)
        let count = entryCount(of: node)
        if count >= 0 {
            writer.patchCount(count, at: offset + 1)
        } else if writer.bytes.count == offset {
            writer.append(.empty)
        }
    }
}
