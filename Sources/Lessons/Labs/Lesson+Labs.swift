extension Lesson {
    /// The Python program of `lab`, one of this lesson's labs: the file its `program:` names,
    /// read from beside the lesson (or from the built-in course for a built-in lesson), or the
    /// code written in the block. Read afresh on each call, so an edited file is played as it
    /// now is.
    public func labProgram(for lab: LabBlock) throws(LabProgramError) -> LabProgramText {
        switch lab.program {
        case .file(let path):
            return try LabProgramFiles.read(path, lessonFile: file)
        case .inline(let code, let firstLine):
            let origin = locations.labs[lab.line]?.program ?? SourceLocation(line: firstLine, column: 1)
            return LabProgramText(text: code, file: file, origin: origin)
        }
    }
}
