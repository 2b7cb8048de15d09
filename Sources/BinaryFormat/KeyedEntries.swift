/// The entries of one keyed container being decoded: finding keys and reading values by name.
///
/// Synthesized `Codable` reads keys in the order it wrote them, so the entry under the cursor is
/// checked first and a match costs one short byte comparison. Any other order, a missing key,
/// or `contains` falls back to scanning the entries, stepping over values by their tags.
///
/// Not generic over the key type, unlike the container it serves: callers in other modules never
/// let the optimiser see their key types, so the work is done here, where it is specialised for
/// each scalar type instead of dispatching through witness tables.
struct KeyedEntries {
    /// One stored entry: its place in stored order and where its value starts.
    struct Entry {
        let index: Int
        let valueStart: Int
    }

    let state: DecodingState
    let node: Int
    /// Where the decoder's value starts, which is where the container's end is noted.
    let valueStart: Int
    let entriesStart: Int
    let count: Int

    init(state: DecodingState, node: Int, position: Int) throws(BinaryCodingError) {
        self.state = state
        self.node = node
        valueStart = position
        do throws(BinaryCodingError) {
            var reader = try state.reader(at: position)
            let tag = try reader.readValueTag(for: "keyed container")
            switch tag {
            case .keyed:
                count = try reader.readCount(for: "keyed container", minimumEntrySize: 2)
            case .empty:
                count = 0
            default:
                throw BinaryCodingError.mismatch(
                    "keyed container", at: reader.position - 1, foundTagByte: tag.rawValue)
            }
            entriesStart = reader.position
        } catch {
            throw error.locating(at: state.pathDescription(of: node))
        }
        if state.cursor(of: node).index < 0 {
            state.setCursor(KeyedCursor(index: 0, position: entriesStart), of: node)
        }
        if count == 0 {
            state.noteEnd(ofValueAt: position, entriesStart)
        }
    }

    /// Stops at the first malformed entry rather than failing, as `allKeys` has no way to throw;
    /// decoding that entry then reports the damage properly.
    func allNames() -> [String] {
        guard var reader = try? state.reader(at: entriesStart) else { return [] }
        var names: [String] = []
        for _ in 0..<count {
            guard let range = try? reader.readKeyRange() else { return names }
            if let name = reader.string(in: range) {
                names.append(name)
            }
            guard (try? reader.skipValue()) != nil else { return names }
        }
        state.noteEnd(ofValueAt: valueStart, reader.position)
        return names
    }

    func decodeNil(
        named name: String, _ key: @autoclosure () -> CodingPathComponent
    ) throws(BinaryCodingError) -> Bool {
        let entry = try require(name, key(), for: "nil")
        guard try state.reader(at: entry.valueStart).peekTag() == BinaryTag.absent else {
            return false
        }
        consume(entry, end: entry.valueStart + 1)
        return true
    }

    func decodePrimitive<Primitive: BinaryPrimitive>(
        _ type: Primitive.Type, named name: String, _ key: @autoclosure () -> CodingPathComponent
    ) throws(BinaryCodingError) -> Primitive {
        let entry = try require(name, key(), for: "\(Primitive.self)")
        do {
            var reader = try state.reader(at: entry.valueStart)
            let value = try Primitive.read(from: &reader)
            consume(entry, end: reader.position)
            return value
        } catch {
            throw error.locating(at: state.pathDescription(of: node, appending: key()))
        }
    }

    /// Reads what `encodeIfPresent` writes: an `absent` tag, or a `present` marker and the
    /// value. A key missing altogether also reads as nil.
    func decodeOptionalPrimitive<Primitive: BinaryPrimitive>(
        _ type: Primitive.Type, named name: String, _ key: @autoclosure () -> CodingPathComponent
    ) throws(BinaryCodingError) -> Primitive? {
        do {
            guard let entry = try locate(name) else { return nil }
            var reader = try state.reader(at: entry.valueStart)
            if reader.peekTag() == BinaryTag.absent {
                consume(entry, end: entry.valueStart + 1)
                return nil
            }
            let value = try Primitive.read(from: &reader)
            consume(entry, end: reader.position)
            return value
        } catch {
            throw error.locating(at: state.pathDescription(of: node, appending: key()))
        }
    }

    func decodeValue<T: Decodable>(
        _ type: T.Type, named name: String, _ key: CodingPathComponent
    ) throws(BinaryCodingError) -> T {
        let entry = try require(name, key, for: "\(T.self)")
        var end = 0
        let value = try state.decodeValue(T.self, at: entry.valueStart, parent: node, key, end: &end)
        consume(entry, end: end)
        return value
    }

    func decodeOptionalValue<T: Decodable>(
        _ type: T.Type, named name: String, _ key: CodingPathComponent
    ) throws(BinaryCodingError) -> T? {
        let entry: Entry
        do {
            guard let found = try locate(name) else { return nil }
            entry = found
        } catch {
            throw error.locating(at: state.pathDescription(of: node, appending: key))
        }
        var end = 0
        let value = try state.decodeValue(T?.self, at: entry.valueStart, parent: node, key, end: &end)
        consume(entry, end: end)
        return value
    }

    func contains(_ name: String) -> Bool {
        ((try? locate(name)) ?? nil) != nil
    }

    /// Gives a nested container or decoder the entry's value, returning its node and start, and
    /// leaves the cursor to find the value's end only if a later entry is read in order.
    func handOut(
        _ name: String, _ key: CodingPathComponent, for typeName: String
    ) throws(BinaryCodingError) -> (child: Int, start: Int) {
        let entry = try require(name, key, for: typeName)
        let child = try state.addChild(of: node, key, offset: entry.valueStart, operation: .decode)
        state.setCursor(
            KeyedCursor(index: entry.index + 1, position: 0, pendingValue: entry.valueStart), of: node)
        return (child, entry.valueStart)
    }

    private func require(
        _ name: String, _ key: @autoclosure () -> CodingPathComponent, for typeName: @autoclosure () -> String
    ) throws(BinaryCodingError) -> Entry {
        let found: Entry?
        do {
            found = try locate(name)
        } catch {
            throw error.locating(at: state.pathDescription(of: node, appending: key()))
        }
        guard let found else {
            throw BinaryCodingError(.decode, typeName(), at: entriesStart, .keyNotFound(name))
                .locating(at: state.pathDescription(of: node, appending: key()))
        }
        return found
    }

    /// Looks from the cursor to the end first, so in-order reads and skipped keys cost one pass,
    /// then from the start up to the cursor for keys read out of order.
    private func locate(_ name: String) throws(BinaryCodingError) -> Entry? {
        var cursor = state.cursor(of: node)
        if cursor.pendingValue >= 0 {
            cursor.position = try state.end(ofValueAt: cursor.pendingValue)
            cursor.pendingValue = -1
            state.setCursor(cursor, of: node)
        }
        if let entry = try scan(for: name, from: cursor.index, at: cursor.position, upTo: count) {
            return entry
        }
        return try scan(for: name, from: 0, at: entriesStart, upTo: cursor.index)
    }

    private func scan(
        for name: String, from firstIndex: Int, at position: Int, upTo endIndex: Int
    ) throws(BinaryCodingError) -> Entry? {
        guard firstIndex < endIndex else { return nil }
        var reader = try state.reader(at: position)
        for index in firstIndex..<endIndex {
            let range = try reader.readKeyRange()
            if reader.key(at: range, equals: name) {
                return Entry(index: index, valueStart: reader.position)
            }
            try reader.skipValue()
        }
        return nil
    }

    private func consume(_ entry: Entry, end: Int) {
        state.setCursor(KeyedCursor(index: entry.index + 1, position: end), of: node)
        if entry.index + 1 == count {
            state.noteEnd(ofValueAt: valueStart, end)
        }
    }
}
