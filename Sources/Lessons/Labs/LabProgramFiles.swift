import Foundation
import Messages

/// Reads `program:` files: from the lesson's folder on disk, or from the files of the built-in
/// course for its lessons.
enum LabProgramFiles {
    /// The program at `path` (as written in `program:`) for the lesson read from `lessonFile`.
    static func read(
        _ path: String, lessonFile: String, builtInFiles: [BuiltInCourse.File] = BuiltInCourse.files
    ) throws(LabProgramError) -> LabProgramText {
        // A translation's program is its own translated copy when there is one (comments in the
        // student's language), else the original's, one folder up.
        if TranslationFolder.language(ofFile: lessonFile) != nil {
            let original = TranslationFolder.originalFile(of: lessonFile)
            do {
                return try readBeside(path, lessonFile: lessonFile, builtInFiles: builtInFiles)
            } catch {
                return try readBeside(path, lessonFile: original, builtInFiles: builtInFiles)
            }
        }
        return try readBeside(path, lessonFile: lessonFile, builtInFiles: builtInFiles)
    }

    /// The program at `path` relative to `lessonFile`'s own folder.
    private static func readBeside(
        _ path: String, lessonFile: String, builtInFiles: [BuiltInCourse.File]
    ) throws(LabProgramError) -> LabProgramText {
        let builtInPrefix = BuiltInCourse.folderName + "/"
        guard lessonFile.hasPrefix(builtInPrefix) else {
            return try readFromDisk(path, lessonFile: lessonFile)
        }
        let folder = (String(lessonFile.dropFirst(builtInPrefix.count)) as NSString).deletingLastPathComponent
        let relative = LabProgramPath.normalized(folder + "/" + path)
        guard let file = builtInFiles.first(where: { $0.path == relative }) else {
            throw LabProgramError(
                Messages.text("lint.lab-program.not-built-in", ["path": path, "relative": relative]))
        }
        return LabProgramText(text: pythonLines(file.text), file: builtInPrefix + relative)
    }

    /// Only a regular file inside the lesson's folder is read (a link may not lead out of it, a
    /// FIFO would block), and never more than a lesson file may hold.
    private static func readFromDisk(_ path: String, lessonFile: String) throws(LabProgramError)
        -> LabProgramText
    {
        let folder = (lessonFile as NSString).deletingLastPathComponent
        let file = folder.isEmpty ? path : (folder as NSString).appendingPathComponent(path)
        let resolvedFolder = URL(fileURLWithPath: folder.isEmpty ? "." : folder).resolvingSymlinksInPath()
            .path
        let target = URL(fileURLWithPath: file).resolvingSymlinksInPath().path
        let type = (try? FileManager.default.attributesOfItem(atPath: target))?[.type] as? FileAttributeType
        guard let type else {
            throw LabProgramError(
                Messages.text("lint.lab-program.missing", ["file": file]))
        }
        guard target.hasPrefix(resolvedFolder.hasSuffix("/") ? resolvedFolder : resolvedFolder + "/") else {
            throw LabProgramError(
                Messages.text("lint.lab-program.outside-link", ["file": file]))
        }
        guard type == .typeRegular else {
            throw LabProgramError(Messages.text("lint.lab-program.not-regular", ["file": file]))
        }
        guard let handle = FileHandle(forReadingAtPath: target),
            let data = try? handle.read(upToCount: LessonLimits.fileBytes + 1) ?? Data()
        else {
            throw LabProgramError(Messages.text("lint.lab-program.unreadable", ["file": file]))
        }
        try? handle.close()
        guard data.count <= LessonLimits.fileBytes else {
            throw LabProgramError(
                Messages.text(
                    "lint.lab-program.too-large", ["file": file, "limit": LessonLimits.fileSizeText]))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LabProgramError(Messages.text("lint.lab-program.not-utf8", ["file": file]))
        }
        return LabProgramText(text: pythonLines(text), file: file)
    }

    /// The text as Python reads a source file: without a leading byte order mark, and with
    /// `\r\n` and `\r` ending lines as `\n` does (inside strings too).
    static func pythonLines(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var result = String.UnicodeScalarView()
        var previousWasReturn = false
        for scalar in scalars {
            if scalar == "\n", previousWasReturn {
                previousWasReturn = false
                continue
            }
            previousWasReturn = scalar == "\r"
            result.append(previousWasReturn ? "\n" : scalar)
        }
        return String(result)
    }
}
