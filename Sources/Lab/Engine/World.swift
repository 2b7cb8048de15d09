/// Everything a lab program's run consists of at one moment: the explorer hashes it to notice
/// when two schedules lead to the same state.
struct World: Sendable {
    var globals: [LabValue?]
    var heap: [HeapObject]
    var threads: [ThreadState]
    /// Complete printed lines, then the line being printed (after `print(..., end="")`).
    var printedLines: [String] = []
    var partialLine = ""
    /// Uncaught exceptions, kept in thread order so that the order two threads fail in does
    /// not make two states differ.
    var exceptions: [LabException] = []
    /// Python's counter behind default thread names (`Thread-1`).
    var threadNameCounter = 0
    var stepLimitThread: Int?

    // Bookkeeping that does not make two states different.
    /// Display names of heap objects (`lock`, `items`), from the variable they were stored in.
    var objectNames: [Int: String] = [:]
    /// Steps and loop iterations each thread has taken, against the step limit.
    var stepCounts: [Int] = []

    init(program: LabProgram) {
        globals = Array(repeating: nil, count: program.globals.count)
        heap = [.thread(0)]
        let main = Frame(
            function: LabProgram.moduleFunction,
            locals: Array(
                repeating: nil, count: program.functions[LabProgram.moduleFunction].localNames.count))
        threads = [
            ThreadState(
                objectReference: 0, name: "MainThread", isDaemon: false, phase: .running, frames: [main])
        ]
        stepCounts = [0]
    }

    func objectName(_ reference: Int) -> String {
        objectNames[reference] ?? "\(heap[reference].typeName)#\(reference)"
    }
}
