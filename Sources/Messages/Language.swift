/// A language the tutor speaks: its lessons, its messages and its stage.
public enum Language: String, CaseIterable, Sendable, CustomStringConvertible {
    case english = "en"
    case simplifiedChinese = "zh-Hans"

    /// The tag as a student types it (`en`, `zh-Hans`) and as lessons name their locale.
    public var tag: String { rawValue }

    public var description: String { rawValue }

    /// The language a tag or a POSIX locale names: `en`, `en_GB.UTF-8`, `zh-Hans`, `zh_CN.UTF-8`,
    /// `zh_SG`, `zh-hans-CN`. Nil when it names neither, so a typo is an error rather than
    /// English by surprise.
    public init?(tag: String) {
        let lowered = Self.languagePart(of: tag).lowercased()
        let parts = lowered.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let first = parts.first else { return nil }
        switch first {
        case "en": self = .english
        case "zh":
            // Traditional script and the regions that write it are not Simplified Chinese.
            let rest = Set(parts.dropFirst())
            guard rest.isDisjoint(with: ["hant", "tw", "hk", "mo"]) else { return nil }
            self = .simplifiedChinese
        default: return nil
        }
    }

    /// The tags `--lang`, `SPINDLE_LANG` and the REPL's `lang` accept, for error messages.
    public static var tags: [String] { allCases.map(\.tag) }

    /// `zh_CN.UTF-8@euro` without its codeset and modifier.
    private static func languagePart(of tag: String) -> Substring {
        tag.prefix { $0 != "." && $0 != "@" }
    }
}
