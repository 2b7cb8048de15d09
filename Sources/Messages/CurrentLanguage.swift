import Synchronization

/// The language messages are printed in now. The executable sets it once from the command line
/// and environment, and again when the student types `lang`; the stage's thread reads it while
/// drawing, hence an atomic rather than a plain global.
public enum CurrentLanguage {
    private static let index = Atomic<Int>(0)

    public static var value: Language {
        Language.allCases[index.load(ordering: .relaxed)]
    }

    public static func set(_ language: Language) {
        index.store(Language.allCases.firstIndex(of: language) ?? 0, ordering: .relaxed)
    }
}
