/// One step from a container to a value inside it.
enum CodingPathComponent {
    case key(any CodingKey)
    case index(Int)

    var codingKey: any CodingKey {
        switch self {
        case .key(let key): key
        case .index(let index): SyntheticCodingKey(index: index)
        }
    }
}

/// A key the coders make up themselves, spelled as Swift's own coders spell theirs so that
/// coding paths and `super` entries read the same as with `JSONEncoder`.
struct SyntheticCodingKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    /// The key of an unkeyed container's element, as it appears in `codingPath`.
    init(index: Int) {
        stringValue = "Index \(index)"
        intValue = index
    }

    init(stringValue: String) {
        self.stringValue = stringValue
        intValue = nil
    }

    init(intValue: Int) {
        self.init(index: intValue)
    }

    /// The key `superEncoder()` and `superDecoder()` file the superclass's value under.
    static let superclass = SyntheticCodingKey(stringValue: "super")
}
