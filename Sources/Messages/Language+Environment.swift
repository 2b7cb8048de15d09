extension Language {
    /// The language the environment asks for, as POSIX orders it: `LC_ALL`, then `LC_MESSAGES`,
    /// then `LANG`; the first one set and non-empty decides. Chinese locales of the mainland and
    /// Singapore (`zh_CN`, `zh_SG`, `zh_Hans`) choose Simplified Chinese; anything else, including
    /// `C` and `POSIX`, English, since those locales name no language the tutor lacks.
    public static func fromLocale(environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return Language(tag: value) ?? .english
        }
        return .english
    }
}
