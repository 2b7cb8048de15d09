import Testing

@testable import BinaryFormat

// MARK: - Sample types

private struct Address: Codable, Equatable {
    var street: String
    var zip: Int
}

private struct Person: Codable, Equatable {
    var name: String
    var age: Int
    var address: Address
    var nickname: String?
    var tags: [String]
    var scores: [String: Int]
    var ratio: Double
}

private indirect enum Shape: Codable, Equatable {
    case point
    case circle(radius: Double)
    case rectangle(width: Int, height: Int)
    case labeled(String, Shape?)
    case group([Shape])
}

private struct GridPoint: Codable, Hashable {
    var x: Int
    var y: Int
}

private struct EveryInteger: Codable, Equatable {
    var int = Int.min
    var int8 = Int8.min
    var int16 = Int16.max
    var int32 = Int32.min
    var int64 = Int64.max
    var int128 = Int128.min
    var uint = UInt.max
    var uint8 = UInt8.max
    var uint16 = UInt16.max
    var uint32 = UInt32.max
    var uint64 = UInt64.max
    var uint128 = UInt128.max
    var float: Float = -0.0
    var flag = true
    var optionalInt8: Int8? = -7
    var optionalUInt128: UInt128?
    var optionalFlag: Bool? = false
}

private struct Optionals: Codable, Equatable {
    var plain: Int?
    var nested: Int??
    var list: [Int?]
    var nestedList: [Int??]
    var address: Address?
}

/// Writes `a, b, c` but reads `c, a, b`, as a hand-written `init(from:)` is free to.
private struct Reordered: Codable, Equatable {
    var first: Int
    var second: String
    var third: [Double]

    enum CodingKeys: String, CodingKey {
        case first, second, third
    }

    init(first: Int, second: String, third: [Double]) {
        self.first = first
        self.second = second
        self.third = third
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        third = try container.decode([Double].self, forKey: .third)
        first = try container.decode(Int.self, forKey: .first)
        second = try container.decode(String.self, forKey: .second)
    }
}

/// Reads only one of the fields it wrote, so the decoder must find the end of the rest itself
/// rather than trust the end of the last value it completed, which is `kept`'s.
private struct Partial: Codable, Equatable {
    var kept: Address
    var ignored: Person?

    enum CodingKeys: String, CodingKey {
        case kept, ignored
    }

    init(kept: Address, ignored: Person?) {
        self.kept = kept
        self.ignored = ignored
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kept = try container.decode(Address.self, forKey: .kept)
        ignored = nil
    }
}

private class Animal: Codable {
    var name: String
    var legs: Int

    init(name: String, legs: Int) {
        self.name = name
        self.legs = legs
    }
}

/// Files its superclass under `super`, the pattern `superEncoder()` exists for.
private final class Dog: Animal {
    var breed: String

    enum CodingKeys: String, CodingKey {
        case breed
    }

    init(name: String, breed: String) {
        self.breed = breed
        super.init(name: name, legs: 4)
    }

    required init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        breed = try container.decode(String.self, forKey: .breed)
        try super.init(from: container.superDecoder())
    }

    override func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(breed, forKey: .breed)
        try super.encode(to: container.superEncoder())
    }
}

/// Shares its encoder with its superclass, the other common pattern.
private final class Bird: Animal {
    var canFly: Bool

    enum CodingKeys: String, CodingKey {
        case canFly
    }

    init(name: String, canFly: Bool) {
        self.canFly = canFly
        super.init(name: name, legs: 2)
    }

    required init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        canFly = try container.decode(Bool.self, forKey: .canFly)
        try super.init(from: decoder)
    }

    override func encode(to encoder: any Encoder) throws {
        try super.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(canFly, forKey: .canFly)
    }
}

private struct Empty: Codable, Equatable {}

/// Writes nothing at all and reads nothing, which still has to take up a place in a stream.
private struct Silent: Codable, Equatable {
    init() {}
    init(from decoder: any Decoder) throws {}
    func encode(to encoder: any Encoder) throws {}
}

/// Decodes element by element what `[Int]` encodes as one packed block.
private struct IntsByHand: Decodable, Equatable {
    var values: [Int] = []

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        #expect(container.count != nil)
        while !container.isAtEnd {
            values.append(try container.decode(Int.self))
        }
    }
}

/// Encodes `Optional` values with plain `encode`, then reads them with `decodeNil`.
private struct NilCheckedByHand: Codable, Equatable {
    var value: Int?

    enum CodingKeys: String, CodingKey {
        case value, missing
    }

    init(value: Int?) {
        self.value = value
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        #expect(container.contains(.value) && !container.contains(.missing))
        #expect(container.allKeys == [.value])
        #expect(try container.decodeIfPresent(String.self, forKey: .missing) == nil)
        value = try container.decodeNil(forKey: .value) ? nil : try container.decode(Int.self, forKey: .value)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
    }
}

/// A linked list as deep as asked, to probe the nesting limit from the encoding side.
private indirect enum Chain: Codable, Equatable {
    case end
    case link(Chain)

    init(depth: Int) {
        self = (0..<depth).reduce(.end) { chain, _ in .link(chain) }
    }
}

/// An array of itself, so that decoding forged input recurses as deep as the input nests.
private struct Matryoshka: Codable {
    var inner: [Matryoshka]

    init(from decoder: any Decoder) throws {
        inner = try [Matryoshka](from: decoder)
    }

    func encode(to encoder: any Encoder) throws {
        try inner.encode(to: encoder)
    }
}

/// Keeps its decoder, which must stop working once `decode` has returned.
private final class DecoderKeeper: Decodable {
    let kept: any Decoder

    init(from decoder: any Decoder) throws {
        kept = decoder
    }
}

/// Writes to a nested container after its parent has moved on, which a stream cannot record.
private struct OutOfOrderWriter: Encodable {
    enum CodingKeys: String, CodingKey {
        case list, name
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var list = container.nestedUnkeyedContainer(forKey: .list)
        try container.encode("name", forKey: .name)
        try list.encode(1)
    }
}

/// Ignores its own content, so that decoding it has to step over whatever is there.
private struct Ignorer: Decodable {
    init(from decoder: any Decoder) throws {}
}

private struct Item: Codable, Equatable {
    var id: Int
    var name: String
}

private struct Inventory: Codable, Equatable {
    var items: [Item]
}

private let samplePerson = Person(
    name: "Ada Lovelace", age: 36, address: Address(street: "St James's Square", zip: 1815),
    nickname: nil, tags: ["analyst", "métaphysicienne", "数学"], scores: ["notes": 7, "bernoulli": 1843],
    ratio: 0.618
)

private func roundTrip<T: Codable>(_ value: T) throws -> T {
    try BinaryCoding.decode(T.self, from: BinaryCoding.encode(value))
}

private func decodingError<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) -> BinaryCodingError? {
    do {
        _ = try BinaryCoding.decode(type, from: bytes)
        return nil
    } catch {
        return error
    }
}

/// Encodes `value`, then checks that decoding each proper prefix of the bytes throws.
private func expectEveryPrefixFails<T: Codable>(
    _ value: T, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let bytes = try BinaryCoding.encode(value)
    for cut in 0..<bytes.count {
        let error = decodingError(T.self, from: Array(bytes[..<cut]))
        #expect(
            error != nil, "decoding \(T.self) cut at \(cut) of \(bytes.count) bytes",
            sourceLocation: sourceLocation)
    }
}

/// SplitMix64, so that the garbage fed to the decoder is the same on every run.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

// MARK: - Tests

@Suite("BinaryCoding")
struct BinaryCodingTests {
    @Test("integers of every width round-trip at their extremes")
    func integerExtremes() throws {
        for value in [Int.min, -1, 0, 1, Int.max] {
            #expect(try roundTrip(value) == value)
        }
        #expect(try roundTrip(Int8.min) == Int8.min && roundTrip(Int8.max) == Int8.max)
        #expect(try roundTrip(Int16.min) == Int16.min && roundTrip(Int16.max) == Int16.max)
        #expect(try roundTrip(Int32.min) == Int32.min && roundTrip(Int32.max) == Int32.max)
        #expect(try roundTrip(Int64.min) == Int64.min && roundTrip(Int64.max) == Int64.max)
        #expect(try roundTrip(UInt.max) == UInt.max && roundTrip(UInt8.max) == UInt8.max)
        #expect(try roundTrip(UInt16.max) == UInt16.max && roundTrip(UInt32.max) == UInt32.max)
        #expect(try roundTrip(UInt64.max) == UInt64.max && roundTrip(UInt64.min) == 0)
        #expect(try roundTrip(EveryInteger()) == EveryInteger())
    }

    @Test("an Int is a type tag and eight little-endian bytes")
    func integerLayout() throws {
        #expect(
            try BinaryCoding.encode(0x0102_0304_0506_0708) == [
                BinaryTag.int.rawValue, 8, 7, 6, 5, 4, 3, 2, 1,
            ])
        #expect(try BinaryCoding.encode(Int8(-1)) == [BinaryTag.int8.rawValue, 0xFF])
        #expect(try BinaryCoding.encode(true) == [BinaryTag.true.rawValue])
    }

    @Test("a struct is a count and then its keys and values in the order encoded")
    func structLayout() throws {
        let tags = (
            keyed: BinaryTag.keyed.rawValue, int: BinaryTag.int8.rawValue, string: BinaryTag.string.rawValue
        )
        let expected: [UInt8] =
            [tags.keyed, 2, 0, 0, 0] + [1, 120, tags.int, 7] + [1, 121, tags.string, 2, 104, 105]
        struct Pair: Codable {
            var x: Int8
            var y: String
        }
        #expect(try BinaryCoding.encode(Pair(x: 7, y: "hi")) == expected)
    }

    @Test("floating point values keep their exact bits, NaN payloads and signed zeros included")
    func floatingPointBits() throws {
        let doubles = [
            0.0, -0.0, .infinity, -.infinity, .greatestFiniteMagnitude, .leastNonzeroMagnitude,
            Double(bitPattern: 0x7FF8_0000_0000_1234), Double(bitPattern: 0xFFF0_0000_0000_0001), .pi,
        ]
        for value in doubles {
            #expect(try roundTrip(value).bitPattern == value.bitPattern)
        }
        #expect(try roundTrip(doubles).map(\.bitPattern) == doubles.map(\.bitPattern))
        let floats: [Float] = [-0.0, .nan, Float(bitPattern: 0x7FC0_0123), .infinity, 1.5]
        for value in floats {
            #expect(try roundTrip(value).bitPattern == value.bitPattern)
        }
        #expect(try roundTrip(floats).map(\.bitPattern) == floats.map(\.bitPattern))
    }

    @Test("strings round-trip: empty, ASCII, accented, CJK, emoji and long enough for a multi-byte length")
    func strings() throws {
        let long = String(repeating: "sphinx of black quartz ", count: 1000)
        let strings = ["", "a", "hello, world", "café", "数学と計算", "👩‍👩‍👧‍👦🏳️‍🌈", "\u{0}\n\t", long]
        for string in strings {
            #expect(try roundTrip(string) == string)
        }
        #expect(try roundTrip(strings) == strings)
        #expect(try roundTrip([String]()) == [])
        #expect(try BinaryCoding.encode("é").count == 4, "tag, one length byte, two UTF-8 bytes")
    }

    @Test("byte, Int and Double arrays round-trip, empty and large")
    func packedArrays() throws {
        let bytes = (0...255).map(UInt8.init)
        #expect(try roundTrip(bytes) == bytes)
        #expect(try roundTrip([UInt8]()) == [])
        let integers = [Int.min, -1, 0, 1, Int.max] + Array(0..<1000)
        #expect(try roundTrip(integers) == integers)
        #expect(try roundTrip([Int]()) == [])
        #expect(
            try BinaryCoding.encode(Array(repeating: 7, count: 100)).count == 802, "tag, length, 100 words")
        #expect(
            try BinaryCoding.decode(IntsByHand.self, from: BinaryCoding.encode([3, 1, 2])).values == [
                3, 1, 2,
            ])
    }

    @Test("an array encoded from a buffer has the bytes of the array itself, packed or not")
    func arrayFromBuffer() throws {
        func check<Element: Codable & Equatable>(_ elements: [Element]) throws {
            var fromBuffer: [UInt8] = [0xAA]
            try elements.withUnsafeBufferPointer { try BinaryCoding.encode(arrayOf: $0, into: &fromBuffer) }
            #expect(fromBuffer == [0xAA] + (try BinaryCoding.encode(elements)))
            #expect(try BinaryCoding.decode([Element].self, from: Array(fromBuffer.dropFirst())) == elements)
        }
        try check([Int.min, -1, 0, 1, Int.max] + Array(0..<1000))
        try check([-0.0, .infinity, 1.5, .leastNonzeroMagnitude])
        try check((0...255).map(UInt8.init))
        try check(["", "ascii", "漢字", String(repeating: "x", count: 300)])
        try check([samplePerson, samplePerson])
        try check([Int]())
        try check([String]())
    }

    @Test("bools and Int128 round-trip at the top level")
    func otherScalars() throws {
        #expect(try roundTrip(true) == true)
        #expect(try roundTrip(false) == false)
        #expect(try roundTrip(Int128.min) == Int128.min)
        #expect(try roundTrip(UInt128.max) == UInt128.max)
        #expect(try roundTrip([true, false]) == [true, false])
    }

    @Test("optionals keep every level, nested Int?? included")
    func optionals() throws {
        let nestedValues: [Int??] = [.none, .some(.none), .some(.some(5))]
        for value in nestedValues {
            #expect(try roundTrip(value) == value)
        }
        #expect(try roundTrip(nestedValues) == nestedValues)
        #expect(try roundTrip(Int?.none) == nil)
        #expect(try roundTrip(Int?.some(-3)) == -3)
        let everything = Optionals(
            plain: nil, nested: .some(.none), list: [1, nil, 3], nestedList: [.none, .some(.none), 4],
            address: Address(street: "Rue", zip: 75000)
        )
        #expect(try roundTrip(everything) == everything)
        let others = Optionals(plain: 9, nested: .none, list: [], nestedList: [], address: nil)
        #expect(try roundTrip(others) == others)
        for value in [nil, 12] as [Int?] {
            #expect(try roundTrip(NilCheckedByHand(value: value)) == NilCheckedByHand(value: value))
        }
    }

    @Test("enums with associated values, including recursive and optional payloads")
    func enums() throws {
        let shapes: [Shape] = [
            .point, .circle(radius: 2.5), .rectangle(width: 3, height: -4),
            .labeled("origin", .point), .labeled("nothing", nil),
            .group([.circle(radius: 1), .group([]), .labeled("deep", .group([.point]))]),
        ]
        for shape in shapes {
            #expect(try roundTrip(shape) == shape)
        }
        #expect(try roundTrip(shapes) == shapes)
    }

    @Test("nested structs, arrays of structs and dictionaries round-trip")
    func nestedStructures() throws {
        #expect(try roundTrip(samplePerson) == samplePerson)
        var people = [samplePerson, samplePerson, samplePerson]
        people[1].nickname = "Ada"
        people[2].scores = [:]
        people[2].tags = []
        #expect(try roundTrip(people) == people)
        let byName: [String: Int] = ["one": 1, "two": 2, "": 0, "三": 3]
        #expect(try roundTrip(byName) == byName)
        let byNumber: [Int: String] = [1: "one", -2: "minus two", Int.max: "max"]
        #expect(try roundTrip(byNumber) == byNumber)
        let byPoint: [GridPoint: [Int]] = [GridPoint(x: 1, y: 2): [1, 2], GridPoint(x: -1, y: 0): []]
        #expect(try roundTrip(byPoint) == byPoint)
        let sets: Set<String> = ["a", "b"]
        #expect(try roundTrip(sets) == sets)
        #expect(try roundTrip(Empty()) == Empty())
        #expect(try roundTrip([Empty(), Empty()]) == [Empty(), Empty()])
        #expect(try roundTrip([Silent(), Silent()]) == [Silent(), Silent()])
    }

    @Test("a class hierarchy round-trips through superEncoder and through a shared encoder")
    func classHierarchy() throws {
        let dog = try roundTrip(Dog(name: "Rex", breed: "collie"))
        #expect(dog.name == "Rex" && dog.legs == 4 && dog.breed == "collie")
        let bird = try roundTrip(Bird(name: "Tweety", canFly: false))
        #expect(bird.name == "Tweety" && bird.legs == 2 && bird.canFly == false)
        let animals: [Animal] = try roundTrip([Animal(name: "Ant", legs: 6), Animal(name: "Eel", legs: 0)])
        #expect(animals.map(\.name) == ["Ant", "Eel"] && animals.map(\.legs) == [6, 0])
    }

    @Test("keys may be decoded in another order than encoded, or not at all")
    func decodeOrder() throws {
        let reordered = Reordered(first: 1, second: "two", third: [3.0, 3.5])
        #expect(try roundTrip(reordered) == reordered)
        #expect(try roundTrip([reordered, reordered]) == [reordered, reordered])
        let addresses = [Address(street: "first", zip: 1), Address(street: "second", zip: 2)]
        let partials = [
            Partial(kept: addresses[0], ignored: samplePerson), Partial(kept: addresses[1], ignored: nil),
        ]
        let decoded = try roundTrip(partials)
        #expect(decoded.map(\.kept) == addresses, "the element after a half-read one is still found")
    }

    @Test("encoding appends to a buffer, and leaves it untouched when encoding fails")
    func appending() throws {
        var buffer: [UInt8] = [0xAA]
        try BinaryCoding.encode(42, into: &buffer)
        try BinaryCoding.encode(samplePerson, into: &buffer)
        #expect(buffer.first == 0xAA)
        let afterInt = try 1 + BinaryCoding.encode(42).count
        #expect(try BinaryCoding.decode(Int.self, from: Array(buffer[1..<afterInt])) == 42)
        #expect(try BinaryCoding.decode(Person.self, from: Array(buffer[afterInt...])) == samplePerson)
        let before = buffer
        #expect(throws: BinaryCodingError.self) { try BinaryCoding.encode(OutOfOrderWriter(), into: &buffer) }
        #expect(buffer == before)
    }

    @Test("cutting an encoding short at any byte throws instead of crashing")
    func truncation() throws {
        try expectEveryPrefixFails(samplePerson)
        try expectEveryPrefixFails([samplePerson, samplePerson])
        try expectEveryPrefixFails(
            Optionals(plain: 1, nested: .some(nil), list: [nil], nestedList: [nil], address: nil))
        try expectEveryPrefixFails(
            Shape.group([.labeled("a", .circle(radius: 1)), .rectangle(width: 1, height: 2)]))
        try expectEveryPrefixFails(EveryInteger())
        try expectEveryPrefixFails(7)
        try expectEveryPrefixFails("hello")
        try expectEveryPrefixFails([1, 2])
        try expectEveryPrefixFails(["a", "bc"])
        try expectEveryPrefixFails([UInt8]([1, 2, 3]))
    }

    @Test("bytes left over after a complete value are an error")
    func trailingBytes() throws {
        let error = decodingError(Int.self, from: try BinaryCoding.encode(5) + [0])
        guard case .trailingBytes(1)? = error?.reason else {
            Issue.record("expected trailing bytes, got \(String(describing: error))")
            return
        }
        #expect(error?.offset == 9)
        #expect(decodingError(Person.self, from: try BinaryCoding.encode(samplePerson) + [1, 2, 3]) != nil)
        #expect(
            decodingError(String.self, from: try BinaryCoding.encode("x") + [BinaryTag.int.rawValue]) != nil)
    }

    @Test("errors name the offset and the coding path of the failing value")
    func errorMessages() throws {
        let inventory = Inventory(items: (0..<4).map { Item(id: $0, name: "item \($0)") })
        let bytes = try BinaryCoding.encode(inventory)
        let idOfThird = try BinaryCoding.encode(Inventory(items: Array(inventory.items[..<2]))).count + 9
        let error = decodingError(Inventory.self, from: Array(bytes[..<(idOfThird + 3)]))
        #expect(
            error?.description
                == "cannot decode Int at offset \(idOfThird) (items[2].id): needs 8 bytes, only 3 left"
        )
        #expect(error?.codingPath == "items[2].id" && error?.offset == idOfThird)

        let mismatch = decodingError(Int.self, from: try BinaryCoding.encode("text"))
        #expect(mismatch?.description == "cannot decode Int at offset 0: found String")
        let wrongField = decodingError(Address.self, from: try BinaryCoding.encode(Item(id: 1, name: "x")))
        #expect(wrongField?.description.contains("no entry for key 'street'") == true)
        #expect(wrongField?.codingPath == "street")
        let unknown = decodingError(Int.self, from: [0xEE])
        #expect(unknown?.description == "cannot decode Int at offset 0: found unknown tag 0xEE")
        let zeros = decodingError(Person.self, from: [UInt8](repeating: 0, count: 32))
        #expect(zeros?.description.contains("unknown tag 0x00") == true)
    }

    @Test("a value's own error arrives wrapped, with the path to it")
    func underlyingErrors() throws {
        struct Refusing: Codable {
            struct Refusal: Error {}
            init() {}
            init(from decoder: any Decoder) throws { throw Refusal() }
            func encode(to encoder: any Encoder) throws { throw Refusal() }
        }
        do {
            _ = try BinaryCoding.encode(["a": [Refusing()]])
            Issue.record("encoding should have thrown")
        } catch {
            guard case .underlying(let underlying) = error.reason else {
                Issue.record("expected an underlying error, got \(error)")
                return
            }
            #expect(underlying is Refusing.Refusal)
            #expect(error.operation == .encode && error.codingPath == "a[0]")
        }
        let decodeError = decodingError([Refusing].self, from: try BinaryCoding.encode([Empty()]))
        #expect(decodeError?.codingPath == "[0]")
    }

    @Test("garbage and corrupted encodings throw or decode, but never crash")
    func garbage() throws {
        var generator = SeededGenerator(state: 2024)
        var failures = 0
        for _ in 0..<3000 {
            let length = Int.random(in: 0...48, using: &generator)
            let bytes = (0..<length).map { _ in UInt8.random(in: 1...26, using: &generator) }
            failures += decodingError(Person.self, from: bytes) == nil ? 0 : 1
            failures += decodingError([Shape].self, from: bytes) == nil ? 0 : 1
            failures += decodingError(Optionals.self, from: bytes) == nil ? 0 : 1
        }
        #expect(failures > 8000, "nearly all random inputs are rejected")
        let valid = try BinaryCoding.encode([samplePerson])
        var corrupted = 0
        for index in valid.indices {
            for replacement: UInt8 in [0, 1, 5, 0x7F, 0x80, 0xFF] where replacement != valid[index] {
                var bytes = valid
                bytes[index] = replacement
                corrupted += decodingError([Person].self, from: bytes) == nil ? 0 : 1
            }
        }
        #expect(corrupted > valid.count, "most single-byte corruptions are caught")
    }

    @Test("nesting beyond the limit is refused on both sides instead of exhausting the stack")
    func nestingLimit() throws {
        #expect(try roundTrip(Chain(depth: 40)) == Chain(depth: 40))
        do {
            _ = try BinaryCoding.encode(Chain(depth: 200))
            Issue.record("encoding should have thrown")
        } catch {
            guard case .nestingTooDeep = error.reason else {
                Issue.record("expected nestingTooDeep, got \(error)")
                return
            }
        }
        let level: [UInt8] = [BinaryTag.unkeyed.rawValue, 1, 0, 0, 0]
        let tower = Array([[UInt8]](repeating: level, count: 100_000).joined())
        let skipped = decodingError(Ignorer.self, from: tower)
        let decoded = decodingError([[[[Int]]]].self, from: tower)
        let recursed = decodingError(Matryoshka.self, from: tower)
        #expect(decoded != nil)
        for error in [skipped, recursed] {
            guard case .nestingTooDeep? = error?.reason else {
                Issue.record("expected nestingTooDeep, got \(String(describing: error))")
                continue
            }
        }
    }

    @Test("a decoder kept past its decode call throws instead of reading freed memory")
    func escapedDecoder() throws {
        let keeper = try BinaryCoding.decode(DecoderKeeper.self, from: BinaryCoding.encode(1))
        #expect(throws: BinaryCodingError.self) { try keeper.kept.singleValueContainer().decode(Int.self) }
    }

    @Test("writing to a container after its parent moved on throws")
    func encodingMisuse() throws {
        do {
            _ = try BinaryCoding.encode(OutOfOrderWriter())
            Issue.record("encoding should have thrown")
        } catch {
            guard case .misuse = error.reason else {
                Issue.record("expected misuse, got \(error)")
                return
            }
            #expect(error.codingPath == "list")
        }
    }

    @Test("decoding the wrong type is reported, not mistaken for data")
    func typeMismatch() throws {
        #expect(decodingError(Int32.self, from: try BinaryCoding.encode(5)) != nil)
        #expect(decodingError(String.self, from: try BinaryCoding.encode([UInt8]([104, 105]))) != nil)
        #expect(decodingError([Double].self, from: try BinaryCoding.encode([1, 2])) != nil)
        #expect(decodingError(Shape.self, from: try BinaryCoding.encode(samplePerson)) != nil)
        #expect(decodingError(Bool.self, from: try BinaryCoding.encode(Int?.none)) != nil)
    }
}
