import Lessons
import TextRendering

@testable import spindle

extension TutorSession {
    /// A session teaching the lessons of `folder` alone, as `--only-lessons` does, so a test sees
    /// its own fixtures and nothing of the built-in course.
    convenience init(
        folder: String, catalog: (any DemoSignatures)?, store: ProgressStore,
        options: @escaping @Sendable () -> RenderOptions, animates: Bool = false, interactive: Bool = false
    ) {
        self.init(
            course: .folder(folder), catalog: catalog, store: store, options: options, animates: animates,
            interactive: interactive)
    }
}
