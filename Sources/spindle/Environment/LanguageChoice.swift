import Foundation
import Messages

/// Decides which language a run speaks: `--lang`, else `SPINDLE_LANG`, else what the student
/// last chose with `lang` (kept in the progress file), else the locale (`LC_ALL`,
/// `LC_MESSAGES`, `LANG`). A tag that names no language the tutor speaks is an error, not
/// English by surprise, except in the locale, which describes the whole system and often
/// names languages the tutor lacks.
enum LanguageChoice {
    static func resolve(
        flag: String?, remembered: @autoclosure () -> String?,
        environment: [String: String] = ProcessEnvironment.variables
    ) throws(LanguageChoiceError) -> Language {
        if let flag {
            return try language(flag, source: "--lang")
        }
        if let variable = environment["SPINDLE_LANG"], !variable.isEmpty {
            return try language(variable, source: "SPINDLE_LANG")
        }
        if let remembered = remembered(), let language = Language(tag: remembered) {
            return language
        }
        return Language.fromLocale(environment: environment)
    }

    private static func language(_ tag: String, source: String) throws(LanguageChoiceError) -> Language {
        guard let language = Language(tag: tag) else {
            let tags = Language.tags.map { "`\($0)`" }.joined(separator: " or ")
            throw LanguageChoiceError(
                message: Messages.text("lang.unknown-option", ["tag": tag, "source": source, "tags": tags]))
        }
        return language
    }

    /// The language the student last chose with `lang`, read from the progress file without
    /// touching it: a file that cannot be read says nothing here, and the tutor reports it when
    /// it loads progress. Read once, as the progress store reads it (never blocking on a pipe
    /// there): both choices at start-up ask for it, and nothing later does.
    static func remembered() -> String? { rememberedAtStart }

    private static let rememberedAtStart: String? = {
        guard
            case .contents(let data) = ProgressFileContents.load(
                StatePaths().progress.path, limit: ProgressStore.largestFile)
        else { return nil }
        return (try? JSONDecoder().decode(LanguageOnly.self, from: data))?.language
    }()

    private struct LanguageOnly: Decodable {
        let language: String?
    }
}

/// `--lang` or `SPINDLE_LANG` names no language the tutor speaks; the message says which to use.
struct LanguageChoiceError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
