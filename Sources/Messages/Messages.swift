/// Every sentence the tutor prints, looked up by key in the catalogue of the current language.
///
/// Keys are dotted (`repl.greeting`); a value names its arguments in braces (`Opened {title}.`)
/// so a translation may put them in another order. Numbers, units and times are formatted by
/// the caller, once, so both languages show them alike.
public enum Messages {
    /// The message `key` in the current language, with `arguments` filled in.
    public static func text(_ key: String, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        text(key, arguments, in: CurrentLanguage.value)
    }

    /// The message `key` in `language`. A key missing from that language's catalogue falls back
    /// to English, and a key missing from both is shown as itself: the catalogue test fails on
    /// either, but a student still reads something.
    public static func text(
        _ key: String, _ arguments: KeyValuePairs<String, String> = [:], in language: Language
    ) -> String {
        guard let template = Catalogue.template(key, in: language) ?? Catalogue.template(key, in: .english)
        else {
            return key
        }
        return template.filled(with: arguments)
    }
}
