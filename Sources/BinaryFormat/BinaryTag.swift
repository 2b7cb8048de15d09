/// The first byte of every encoded value, naming what follows.
///
/// Tagging costs one byte per value but buys two things a tag-free stream cannot have: a decoder
/// can step over a value it does not know the type of (needed to find keys out of order and to
/// list `allKeys`), and a type mismatch is reported as such instead of as silent garbage.
/// Zero is deliberately not a tag, so zero-filled memory never decodes as a value.
@usableFromInline
enum BinaryTag: UInt8 {
    case absent = 1
    case present
    case `false`
    case `true`
    case int
    case int8
    case int16
    case int32
    case int64
    case int128
    case uint
    case uint8
    case uint16
    case uint32
    case uint64
    case uint128
    case float
    case double
    case string
    case keyed
    case unkeyed
    case empty
    case packedBytes
    case packedInts
    case packedDoubles

    /// How many bytes follow the tag when that number is fixed, so that skipping needs no parsing.
    @inlinable
    var fixedPayloadSize: Int? {
        switch self {
        case .absent, .present, .false, .true, .empty: 0
        case .int8, .uint8: 1
        case .int16, .uint16: 2
        case .int32, .uint32, .float: 4
        case .int, .int64, .uint, .uint64, .double: 8
        case .int128, .uint128: 16
        case .string, .keyed, .unkeyed, .packedBytes, .packedInts, .packedDoubles: nil
        }
    }

    /// The element width of a packed array, whose elements carry no tags of their own.
    @inlinable
    var packedElementSize: Int? {
        switch self {
        case .packedBytes: 1
        case .packedInts, .packedDoubles: 8
        default: nil
        }
    }

    /// The Swift spelling of what the tag holds, for error messages a user can act on.
    @usableFromInline
    var typeName: String {
        switch self {
        case .absent: "nil"
        case .present: "Optional"
        case .false, .true: "Bool"
        case .int: "Int"
        case .int8: "Int8"
        case .int16: "Int16"
        case .int32: "Int32"
        case .int64: "Int64"
        case .int128: "Int128"
        case .uint: "UInt"
        case .uint8: "UInt8"
        case .uint16: "UInt16"
        case .uint32: "UInt32"
        case .uint64: "UInt64"
        case .uint128: "UInt128"
        case .float: "Float"
        case .double: "Double"
        case .string: "String"
        case .keyed: "keyed container"
        case .unkeyed: "unkeyed container"
        case .empty: "empty value"
        case .packedBytes: "[UInt8]"
        case .packedInts: "[Int]"
        case .packedDoubles: "[Double]"
        }
    }
}
