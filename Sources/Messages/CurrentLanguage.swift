import Synchronization

/// The language messages are printed in now. The executable sets it once from the command line
/// and environment, and again when the student types `lang`; the stage's thread reads it while
/// drawing, hence an atomic rather than a plain global.
public enum CurrentLanguage {
    private static let index = Atomic<Int>(0)

    /// A language for the current task and the tasks it starts, over the process-wide one: a
    /// test speaks Chinese this way without changing what tests running beside it read.
    @TaskLocal public static var scoped: Language?

    public static var value: Language {
        scoped ?? Language.allCases[index.load(ordering: .relaxed)]
    }

    public static func set(_ language: Language) {
        index.store(Language.allCases.firstIndex(of: language) ?? 0, ordering: .relaxed)
    }
}
