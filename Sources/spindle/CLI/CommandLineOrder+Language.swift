import Messages

extension CommandLineOrder {
    /// Makes current, before the words are parsed, the language they ask for, so that an unknown
    /// command and a bad option value are reported in it. The parsed command chooses again, and
    /// reports a tag that names no language; until then a bad tag means English.
    static func speakEarly(_ arguments: [String]) {
        let language = try? LanguageChoice.resolve(
            flag: languageFlag(in: arguments), remembered: LanguageChoice.remembered())
        CurrentLanguage.set(language ?? .english)
    }

    /// The value of `--lang TAG` or `--lang=TAG`, the last one given before `--`.
    static func languageFlag(in arguments: [String]) -> String? {
        var flag: String?
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let word = arguments[index]
            if word == "--lang", index + 1 < arguments.count {
                flag = arguments[index + 1]
                index += 1
            } else if word.hasPrefix("--lang=") {
                flag = String(word.dropFirst("--lang=".count))
            }
            index += 1
        }
        return flag
    }
}
