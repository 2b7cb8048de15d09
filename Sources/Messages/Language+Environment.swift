extension Language {
    /// The language the environment asks for, as POSIX orders it: `LC_ALL`, then `LC_MESSAGES`,
    /// then `LANG`; the first one set and non-empty decides. Chinese locales of the mainland and
    /// Singapore (`zh_CN`, `zh_SG`, `zh_Hans`, with any codeset) choose Simplified Chinese;
    /// anything else, including a bare `zh`, `zh_TW`, `C` and `POSIX`, English: a locale
    /// describes the whole system, and only those name the script the course is written in.
    public static func fromLocale(environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return isSimplifiedChineseLocale(value) ? .simplifiedChinese : .english
        }
        return .english
    }

    /// `zh_CN.UTF-8`, `zh_SG`, `zh_Hans`, `zh-Hans-CN`: Chinese with the mainland's or Singapore's
    /// region, or the simplified script named outright.
    static func isSimplifiedChineseLocale(_ locale: String) -> Bool {
        let parts = locale.prefix { $0 != "." && $0 != "@" }.lowercased()
            .split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard parts.first == "zh", parts.count > 1 else { return false }
        let rest = Set(parts.dropFirst().map(String.init))
        return rest.contains("hans")
            || (rest.isDisjoint(with: ["hant"]) && !rest.isDisjoint(with: ["cn", "sg"]))
    }
}
