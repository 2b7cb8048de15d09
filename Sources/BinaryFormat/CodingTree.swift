/// Where a keyed decoding container stands in its entries.
///
/// It lives in the tree rather than in the container because `KeyedDecodingContainerProtocol`'s
/// methods are not `mutating`, yet reading keys in the order they were written must not rescan.
struct KeyedCursor {
    /// Stored-order index of the next entry; -1 until a keyed container is opened on the value.
    var index = -1
    /// Byte offset of the next entry, valid when `pendingValue` is -1.
    var position = 0
    /// Start of the last value handed out as a nested container or decoder; its end, and so
    /// the next entry's offset, is worked out only if the next entry is ever wanted.
    var pendingValue = -1
}

/// A value being encoded or decoded, kept so that its coding path can be rebuilt on demand.
struct CodingNode {
    let parent: Int
    let component: CodingPathComponent?
    let depth: Int
    /// Where the value starts in the bytes.
    let offset: Int
    /// Encoding only: how many entries the container on this value holds, or -1 if no
    /// container header was written here. Counted here and written into the header once, when
    /// the value is closed, rather than patched in the bytes on every entry.
    var entryCount = -1
    /// Decoding only; see ``KeyedCursor``.
    var cursor = KeyedCursor()
}

/// Every value entered during one encode or decode, each pointing at its parent; the base of
/// ``EncodingState`` and ``DecodingState``.
///
/// Growing one array is far cheaper than giving each nested value its own `[CodingKey]`, and
/// the path is rebuilt only when someone asks for it: an error message or `codingPath`. A
/// parent's index is always below its children's, which makes ancestry checks a short walk.
/// The root, which is the top-level value, is kept outside the array so that a flat struct
/// never allocates one. A base class rather than a stored struct, so that reading one field
/// neither copies the tree nor costs a second allocation.
///
/// The stored properties opt out of dynamic exclusivity checks, which otherwise cost more than
/// the encoding itself: a tree belongs to one encode or decode call on one thread, and no
/// access to a property ever spans a call that could reach the same property.
class CodingTree {
    static let root = 0

    @exclusivity(unchecked) private var rootNode: CodingNode
    @exclusivity(unchecked) private var descendants: [CodingNode] = []

    init(rootOffset: Int) {
        rootNode = CodingNode(parent: -1, component: nil, depth: 0, offset: rootOffset)
    }

    final func addChild(
        of parent: Int, _ component: CodingPathComponent?, offset: Int, operation: BinaryCodingError.Operation
    ) throws(BinaryCodingError) -> Int {
        let depth = self.depth(of: parent) + 1
        guard depth <= BinaryCoding.maximumDepth else {
            let limit = BinaryCoding.maximumDepth
            throw BinaryCodingError(operation, "value", at: offset, .nestingTooDeep(limit: limit))
                .locating(at: pathDescription(of: parent, appending: component))
        }
        descendants.append(CodingNode(parent: parent, component: component, depth: depth, offset: offset))
        return descendants.count
    }

    /// A node that is never entered, handed out when a nested container could not be opened so
    /// that writing to it fails; it skips the depth check because it will never hold bytes.
    final func addDetachedChild(of parent: Int, _ component: CodingPathComponent?) -> Int {
        let depth = self.depth(of: parent) + 1
        descendants.append(CodingNode(parent: parent, component: component, depth: depth, offset: -1))
        return descendants.count
    }

    // Field accessors rather than a node subscript, so that reading one field never copies a
    // whole node with its existential key.

    final func parent(of node: Int) -> Int {
        node == Self.root ? rootNode.parent : descendants[node - 1].parent
    }

    final func depth(of node: Int) -> Int {
        node == Self.root ? rootNode.depth : descendants[node - 1].depth
    }

    final func offset(of node: Int) -> Int {
        node == Self.root ? rootNode.offset : descendants[node - 1].offset
    }

    final func component(of node: Int) -> CodingPathComponent? {
        node == Self.root ? rootNode.component : descendants[node - 1].component
    }

    final func entryCount(of node: Int) -> Int {
        node == Self.root ? rootNode.entryCount : descendants[node - 1].entryCount
    }

    final func setEntryCount(_ count: Int, of node: Int) {
        if node == Self.root {
            rootNode.entryCount = count
        } else {
            descendants[node - 1].entryCount = count
        }
    }

    final func cursor(of node: Int) -> KeyedCursor {
        node == Self.root ? rootNode.cursor : descendants[node - 1].cursor
    }

    final func setCursor(_ cursor: KeyedCursor, of node: Int) {
        if node == Self.root {
            rootNode.cursor = cursor
        } else {
            descendants[node - 1].cursor = cursor
        }
    }

    final func isAncestor(_ ancestor: Int, ofOrSame node: Int) -> Bool {
        var current = node
        while current > ancestor {
            current = parent(of: current)
        }
        return current == ancestor
    }

    final func codingPath(of node: Int, appending last: CodingPathComponent? = nil) -> [any CodingKey] {
        components(of: node, appending: last).map(\.codingKey)
    }

    /// Renders a path the way Swift code would spell the access, such as `items[3].name`.
    final func pathDescription(of node: Int, appending last: CodingPathComponent? = nil) -> String {
        var description = ""
        for component in components(of: node, appending: last) {
            switch component {
            case .index(let index):
                description += "[\(index)]"
            case .key(let key):
                description += (description.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return description
    }

    private func components(of node: Int, appending last: CodingPathComponent?) -> [CodingPathComponent] {
        var components: [CodingPathComponent] = last.map { [$0] } ?? []
        var current = node
        while current >= 0 {
            if let component = component(of: current) {
                components.append(component)
            }
            current = parent(of: current)
        }
        return components.reversed()
    }
}
