import Trace

/// One line of the probe's wire protocol (see docs/trace-format.md, "Traced Python programs"):
/// who reported what, when, and at which line of the student's code.
struct ProbeLine: Equatable, Sendable {
    /// A thread of a traced process: its pid and the probe's serial for it (0 is the main thread).
    struct ThreadKey: Hashable, Sendable {
        let pid: Int32
        let serial: Int
    }

    /// What a ``ProbeLine`` says happened.
    enum Verb: Equatable, Sendable {
        /// The root process started under the probe.
        case hello(python: String, script: String)
        /// A forked child's first line: who forked it and what multiprocessing called it.
        case process(parent: ThreadKey, name: String)
        /// A thread is about to start.
        case thread(serial: Int, name: String, daemon: Bool)
        /// The reporter runs.
        case run
        /// The reporter is about to block on a lock; `timed` when it may give up.
        case block(resource: String, timed: Bool)
        /// The reporter waits; `timed` when it may give up.
        case wait(Wait, timed: Bool)
        /// The reporter sleeps for a while.
        case sleep(seconds: Double)
        /// The reporter ended.
        case done(ExitStatus)
        /// A primitive was created.
        case resource(key: String, kind: ResourceKind, capacity: Int?, name: String)
        /// An operation happened on a primitive.
        case operation(resource: String, ResourceOperation)
        /// A remark for the narration.
        case note(String)
        /// Something the probe could not trace (the program replaced a primitive, started a
        /// process the probe cannot follow), said once to the student after the run.
        case warning(String)
    }

    /// What a `wait` line waits for.
    enum Wait: Equatable, Sendable {
        case join(ThreadKey)
        case condition(String)
        case queue(String, ActorState.Wait.QueueStatus)
        case event(String)
        case barrier(String)
        case pipe(String)
    }

    let time: UInt64
    let thread: ThreadKey
    let verb: Verb
    /// `file:line` in the student's code, or `nil` when the probe found none.
    let location: String?
}

extension ProbeLine {
    /// Parses one line without its newline; `nil` for a line that does not follow the
    /// protocol, which the run counts and otherwise ignores rather than trusting.
    init?(_ text: Substring) {
        let fields = text.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count >= 5, let time = UInt64(fields[0]), let pid = Int32(fields[1]),
            let serial = Int(fields[2]), serial >= 0
        else { return nil }
        let arguments = Array(fields[4..<(fields.count - 1)])
        guard let verb = Self.verb(String(fields[3]), arguments) else { return nil }
        let location = fields[fields.count - 1]
        self.init(
            time: time, thread: ThreadKey(pid: pid, serial: serial), verb: verb,
            location: location.isEmpty ? nil : String(location))
    }

    private static func verb(_ name: String, _ arguments: [Substring]) -> Verb? {
        func argument(_ index: Int) -> String? {
            index < arguments.count ? String(arguments[index]) : nil
        }
        func timed(_ index: Int) -> Bool {
            argument(index).map { $0 != "-" } ?? false
        }
        switch name {
        case "hello":
            guard let python = argument(1), let script = argument(2) else { return nil }
            return .hello(python: python, script: script)
        case "process":
            guard let pid = argument(0).flatMap({ Int32($0) }), let serial = argument(1).flatMap({ Int($0) })
            else { return nil }
            // `-` is the protocol's "none": a child of a bare os.fork has no name of its own.
            let name = argument(2).flatMap { $0 == "-" ? nil : $0 } ?? ""
            return .process(parent: ThreadKey(pid: pid, serial: serial), name: name)
        case "thread":
            guard let serial = argument(0).flatMap({ Int($0) }), serial > 0, let name = argument(1) else {
                return nil
            }
            return .thread(serial: serial, name: name, daemon: argument(2) == "1")
        case "run":
            return .run
        case "block":
            guard let resource = argument(0) else { return nil }
            return .block(resource: resource, timed: timed(1))
        case "wait":
            guard let wait = wait(arguments) else { return nil }
            return .wait(wait, timed: timed(3))
        case "sleep":
            guard let seconds = argument(0).flatMap({ Double($0) }), seconds.isFinite, seconds >= 0 else {
                return nil
            }
            return .sleep(seconds: seconds)
        case "done":
            return exitStatus(argument(0), argument(1)).map { .done($0) }
        case "resource":
            guard let key = argument(0), let kind = argument(1).flatMap(ResourceKind.init(rawValue:)) else {
                return nil
            }
            let capacity = argument(2).flatMap { Int($0) }.map { min(max($0, 0), TraceLimits.maximumCount) }
            return .resource(key: key, kind: kind, capacity: capacity, name: argument(3) ?? "")
        case "op":
            guard let resource = argument(0), let operation = operation(argument(1), argument(2)) else {
                return nil
            }
            return .operation(resource: resource, operation)
        case "note":
            return argument(0).map { .note($0) }
        case "warn":
            return argument(0).map { .warning($0) }
        default:
            return nil
        }
    }

    private static func wait(_ arguments: [Substring]) -> Wait? {
        guard arguments.count >= 2 else { return nil }
        let target = String(arguments[1])
        switch arguments[0] {
        case "join":
            let parts = target.split(separator: ".")
            guard parts.count == 2, let pid = Int32(parts[0]), let serial = Int(parts[1]) else { return nil }
            return .join(ThreadKey(pid: pid, serial: serial))
        case "condition": return .condition(target)
        case "queue":
            let status =
                arguments.count > 2 ? ActorState.Wait.QueueStatus(rawValue: String(arguments[2])) : nil
            return .queue(target, status ?? .empty)
        case "event": return .event(target)
        case "barrier": return .barrier(target)
        case "pipe": return .pipe(target)
        default: return nil
        }
    }

    private static func exitStatus(_ how: String?, _ value: String?) -> ExitStatus? {
        switch how {
        case "exited": value.flatMap { Int32($0) }.map { .exited($0) }
        case "signalled": value.flatMap { Int32($0) }.map { .signalled($0) }
        case "failed": .failed(value ?? "")
        default: nil
        }
    }

    private static func operation(_ name: String?, _ argument: String?) -> ResourceOperation? {
        let label = argument.flatMap { $0 == "-" ? nil : $0 }
        switch name {
        case "acquire": return .acquire
        case "release": return .release
        case "put": return .put(item: label ?? "")
        case "get": return .get(item: label)
        case "send": return .send(item: label ?? "")
        case "receive": return .receive(item: label)
        case "notify":
            let count = argument.flatMap { Int($0) }.map { min(max(0, $0), TraceLimits.maximumCount) }
            return .notify(count: count ?? 1)
        case "notifyAll": return .notifyAll
        case "set": return .set
        case "clear": return .clear
        case "read": return .read(value: label.flatMap { Int64($0) })
        case "write": return .write(value: label.flatMap { Int64($0) })
        default: return nil
        }
    }
}
