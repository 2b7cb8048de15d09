import Foundation
import Lessons
import Testing

/// The course compiled into the program is the `Lessons/` folder as it is now.
@Suite struct BuiltInCourseTests {
    static let lessonsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Lessons")

    /// Every file under `Lessons/` by its relative path, skipping dot-files as the generator does.
    static func folderFiles() throws -> [String: Data] {
        let root = lessonsFolder.path
        var files: [String: Data] = [:]
        let walker = try #require(FileManager.default.enumerator(atPath: root))
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            let full = root + "/" + relative
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            guard exists, !isDirectory.boolValue else { continue }
            files[relative] = try Data(contentsOf: URL(fileURLWithPath: full))
        }
        return files
    }

    @Test func embeddedFilesMatchTheLessonsFolderByteForByte() throws {
        let onDisk = try Self.folderFiles()
        let embedded = Dictionary(
            BuiltInCourse.files.map { ($0.path, Data($0.text.utf8)) }, uniquingKeysWith: { first, _ in first }
        )
        let regenerate = "run `python3 Tools/embed-lessons.py` and rebuild"
        let missing = Set(onDisk.keys).subtracting(embedded.keys).sorted()
        let extra = Set(embedded.keys).subtracting(onDisk.keys).sorted()
        let changed = onDisk.keys.filter { embedded[$0] != nil && embedded[$0] != onDisk[$0] }.sorted()
        #expect(!onDisk.isEmpty)
        #expect(embedded.count == BuiltInCourse.files.count, "a path is embedded twice; \(regenerate)")
        #expect(missing.isEmpty, "the built-in course lacks \(missing) of Lessons/; \(regenerate)")
        #expect(extra.isEmpty, "the built-in course has \(extra), gone from Lessons/; \(regenerate)")
        #expect(changed.isEmpty, "the built-in course has old copies of \(changed); \(regenerate)")
    }

    @Test func builtInLessonsAreNamedSoNoPathOnDiskIsMistakenForThem() {
        let library = LessonLibrary.load(course: .builtIn(overlay: nil), catalog: nil)
        #expect(!library.lessons.isEmpty)
        #expect(library.lessons.allSatisfy { $0.file.hasPrefix("<built-in>/") })
        #expect(library.diagnostics.map(\.description) == [])
    }
}
