import Trace

/// What one step touches of the shared world, so the explorer can tell independent steps apart.
enum AccessKey: Hashable, Sendable {
    case global(Int)
    case object(Int)
    /// What the program printed.
    case output
}

struct Access: Hashable, Sendable {
    var key: AccessKey
    var isWrite: Bool

    /// Two steps commute unless they touch the same thing and one of them writes it.
    func conflicts(with other: Access) -> Bool {
        key == other.key && (isWrite || other.isWrite)
    }
}

/// Something a step did that a trace shows.
enum LabEffect: Hashable, Sendable {
    case operation(object: Int, ResourceOperation)
    case readShared(global: Int, LabValue)
    case wroteShared(global: Int, LabValue)
    case started(thread: Int)
    case printed(String)
    case raised(LabException)
}

/// The program, the limit, and what the current step has touched and done.
struct StepContext {
    let program: LabProgram
    let stepLimit: Int
    var footprint: [Access] = []
    /// `nil` unless a trace is being recorded: exploring does not pay for effects.
    var effects: [LabEffect]?

    init(program: LabProgram, stepLimit: Int, recordingEffects: Bool) {
        self.program = program
        self.stepLimit = stepLimit
        effects = recordingEffects ? [] : nil
    }

    mutating func touch(_ key: AccessKey, write: Bool) {
        footprint.append(Access(key: key, isWrite: write))
    }

    mutating func record(_ effect: @autoclosure () -> LabEffect) {
        if effects != nil { effects!.append(effect()) }
    }
}
