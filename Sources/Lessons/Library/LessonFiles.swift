import Foundation
import Messages

/// Finds and reads lesson files on disk.
enum LessonFiles {
    /// Each path's lesson files: the `*.md` files directly in a directory and in its translation
    /// folders (sorted, so the course reads the same on every machine), or the path itself. Problems become diagnostics.
    static func find(in paths: [String]) -> (files: [String], diagnostics: [Diagnostic]) {
        let manager = FileManager.default
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(
                    Diagnostic(
                        .error, file: path, line: 1, column: 1,
                        Messages.text("lint.file.missing")))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            do {
                let found = lessonFiles(named: try manager.contentsOfDirectory(atPath: path), in: path)
                let translations = TranslationFolder.languages.flatMap { language in
                    lessonFiles(in: (path as NSString).appendingPathComponent(language.tag))
                }
                if found.isEmpty && translations.isEmpty {
                    diagnostics.append(
                        Diagnostic(
                            .warning, file: path, line: 1, column: 1,
                            Messages.text("lint.file.empty-directory")))
                }
                files += found + translations
            } catch {
                diagnostics.append(
                    Diagnostic(
                        .error, file: path, line: 1, column: 1,
                        Messages.text("lint.file.cannot-list", ["reason": error.localizedDescription])))
            }
        }
        var seen: Set<String> = []
        return (files.filter { seen.insert(($0 as NSString).standardizingPath).inserted }, diagnostics)
    }

    /// The `*.md` files directly in a translation folder, or none when there is no such folder.
    private static func lessonFiles(in folder: String) -> [String] {
        lessonFiles(named: (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [], in: folder)
    }

    /// The paths of the lesson files among `names`, the entries of `folder`, sorted so the course
    /// reads the same on every machine.
    private static func lessonFiles(named names: [String], in folder: String) -> [String] {
        names.filter(isLessonName).sorted().map { (folder as NSString).appendingPathComponent($0) }
    }

    /// Whether a file named `name` is a lesson: Markdown, and not hidden (an editor's swap or
    /// backup file is not part of the course).
    static func isLessonName(_ name: String) -> Bool {
        name.hasSuffix(".md") && !name.hasPrefix(".")
    }

    /// The file's text, or nil with a diagnostic saying why it cannot be had. Only regular files
    /// are read (a FIFO would block, a device may never end), and never more than the size limit
    /// allows, so a huge file costs one read of the limit, not of the file.
    static func read(_ file: String, into diagnostics: inout [Diagnostic]) -> String? {
        let target = URL(fileURLWithPath: file).resolvingSymlinksInPath().path
        let type = (try? FileManager.default.attributesOfItem(atPath: target))?[.type] as? FileAttributeType
        guard type == .typeRegular else {
            let problem =
                type == nil
                ? Messages.text("lint.file.unreadable")
                : Messages.text("lint.file.not-regular")
            diagnostics.append(Diagnostic(.error, file: file, line: 1, column: 1, problem))
            return nil
        }
        guard let handle = FileHandle(forReadingAtPath: file),
            let data = try? handle.read(upToCount: LessonLimits.fileBytes + 1) ?? Data()
        else {
            diagnostics.append(
                Diagnostic(
                    .error, file: file, line: 1, column: 1,
                    Messages.text("lint.file.unreadable")))
            return nil
        }
        try? handle.close()
        guard data.count <= LessonLimits.fileBytes else {
            diagnostics.append(LessonParser.tooLarge(file: file, bytes: fileSize(file) ?? data.count))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(
                Diagnostic(.error, file: file, line: 1, column: 1, Messages.text("lint.file.not-utf8"))
            )
            return nil
        }
        return text
    }

    private static func fileSize(_ file: String) -> Int? {
        ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? NSNumber)?.intValue
    }
}
