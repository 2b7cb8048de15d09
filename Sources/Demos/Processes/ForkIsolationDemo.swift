import Multiprocessing
import Threading

/// Lessons 01 and 03: after `os.fork()` the child has its own copy of the parent's memory. A
/// variable the child changes stays unchanged in the parent; a `Value` in shared memory, mapped
/// by both, is the one thing the child's change reaches.
public enum ForkIsolationDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "fork-isolation",
        parameters: [start, childSets],
        results: [
            DemoResultSpec("child_sees"),
            DemoResultSpec("parent_sees"),
            DemoResultSpec("shared_parent_sees"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let start: DemoParameterKey<Int> = .integer(
        "start", 0...1000, default: 1)
    static let childSets: DemoParameterKey<Int> = .integer(
        "child_sets", 0...1000, default: 100)

    public static func run(_ run: DemoRun) throws {
        let start = run[Self.start]
        let childSets = run[Self.childSets]
        var x = start
        let shared = try SharedValue<Int64>(Int64(start), name: "v")
        let (reader, writer) = try Pipe(duplex: false, name: "child saw")
        run.note(descriptor.text("note.before-fork", ["x": "\(x)", "start": "\(start)"]))
        run.pause(1)
        let pid = try OS.fork(name: "child")
        if pid == 0 {
            reader.close()
            x = childSets
            run.note(descriptor.text("note.child-sets", ["value": "\(childSets)"]))
            run.pause(1)
            shared.value = Int64(childSets)
            run.pause(1)
            // A child that cannot tell its parent exits with a code the parent turns into an error.
            do { try writer.send(x) } catch { OS.exit(1) }
            OS.exit(0)
        }
        writer.close()
        run.note(descriptor.text("note.parent-waits"))
        guard let waited = try OS.waitpid(pid, timeout: run.remaining(plus: 5)) else {
            throw TimeoutError(descriptor.text("error.child-late", ["pid": "\(pid)"]))
        }
        guard waited.exitCode == 0 else {
            throw ProcessStateError(descriptor.text("error.child-silent", ["code": "\(waited.exitCode)"]))
        }
        let childSees = try reader.recv(Int.self, timeout: 5)
        let sharedSees = shared.value
        run.note(descriptor.text("note.parent-sees", ["x": "\(x)", "shared": "\(sharedSees)"]))
        run.pause(1)
        run.report("child_sees", childSees)
        run.report("parent_sees", x)
        run.report("shared_parent_sees", sharedSees)
    }
}
