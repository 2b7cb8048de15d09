/// The styles the text renderer gives each kind of content, in one place so every
/// renderer agrees on what a heading or a piece of code looks like.
///
/// Only applied when colour is on; with colour off, renderers convey the same
/// structure with plain characters (underlines, bars, backticks).
enum Palette {
    static let heading1 = TextStyle(bold: true, underline: true, foreground: .cyan)
    static let heading = TextStyle(bold: true, foreground: .cyan)
    static let strong = TextStyle(bold: true)
    static let emphasis = TextStyle(italic: true)
    static let inlineCode = TextStyle(foreground: .yellow)
    static let linkText = TextStyle(underline: true, foreground: .blue)
    static let linkTarget = TextStyle(dim: true)
    static let listMarker = TextStyle(foreground: .cyan)
    static let quoteBar = TextStyle(foreground: .gray)
    static let rule = TextStyle(foreground: .gray)
    static let tableBorder = TextStyle(foreground: .gray)
    static let tableHeader = TextStyle(bold: true)
    static let codeLabel = TextStyle(foreground: .gray)
    static let codeLanguage = TextStyle(bold: true, foreground: .magenta)
}
