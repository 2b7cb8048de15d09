import Messages
import TextRendering

/// `--help` text from the catalogue, laid out for ArgumentParser. It wraps at spaces and counts
/// characters, so Chinese, which has no spaces between words and takes two columns a character,
/// would run past the edge: text with wide characters is wrapped here first, by display width,
/// into lines short enough that ArgumentParser keeps them. Other text is handed over as it is,
/// so English help stays exactly as ArgumentParser lays it out.
enum HelpText {
    /// Where ArgumentParser starts an option's or a subcommand's help: its label column.
    static let labelColumn = 26

    /// The message `key` in the current language, for a place `indent` columns from the left
    /// (an abstract also follows a subcommand's name, so it is laid out for that narrower place).
    static func text(
        _ key: String, _ arguments: KeyValuePairs<String, String> = [:], indent: Int = labelColumn
    ) -> String {
        text(key, arguments, indent: indent, in: CurrentLanguage.value, width: TerminalInfo.textWidth())
    }

    static func text(
        _ key: String, _ arguments: KeyValuePairs<String, String> = [:], indent: Int = labelColumn,
        in language: Language, width: @autoclosure () -> Int
    ) -> String {
        let message = Messages.text(key, arguments, in: language)
        // The terminal is asked its width only for text that needs wrapping: ArgumentParser asks
        // for every command's help at every start.
        guard DisplayWidth.of(message) > message.count else { return message }
        // One column spare: ArgumentParser keeps a line whole only when its end is in view.
        return MessageWrapper.wrap(message, width: width() - indent - 1)
    }
}
