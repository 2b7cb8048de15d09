import Lab

/// `source` compiled for the engine; it must be inside the subset.
func labProgram(_ source: String) throws -> LabProgram {
    try LabProgram(PythonParser.parse(source, file: "lab.py"))
}

/// The error compiling `source` gives, as `FILE:LINE:COL: MESSAGE`, or nil if it compiles.
func compileError(_ source: String) -> String? {
    do {
        _ = try labProgram(source)
        return nil
    } catch let error as LabSyntaxError {
        return error.description
    } catch {
        return "\(error)"
    }
}

/// An engine that has run `schedule` from the start of `source`.
func engine(_ source: String, after schedule: [Int] = []) throws -> LabEngine {
    var engine = LabEngine(try labProgram(source))
    for thread in schedule { try engine.step(thread) }
    return engine
}

/// Steps the lowest-numbered runnable thread until the run ends: one fixed schedule.
func runFirstRunnable(_ engine: inout LabEngine) throws {
    while engine.ending == nil, let thread = engine.runnableThreads.first {
        try engine.step(thread)
    }
}
