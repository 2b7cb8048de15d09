/// One line of a block's content, with where it sits in the cleaned text, so YAML positions
/// inside a block can be turned back into file positions.
struct BlockLine {
    /// The text, without the indentation the block's fence had.
    var text: String
    /// Line number in the file.
    var line: Int
    /// Characters removed from the start of the line (the fence's indentation).
    var offset: Int
}
