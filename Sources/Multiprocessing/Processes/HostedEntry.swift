import BinaryFormat
import CPrimitives
import Threading
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a process forked by the fork server starts: `forkserver.c` calls this in the child,
/// still inside the server's constructor, before any `main` runs. It never returns.
@_cdecl("spindle_hosted_main")
func spindleHostedMain(
    _ payload: UnsafeRawPointer?, _ length: Int, _ fds: UnsafePointer<Int32>?, _ count: Int32
) {
    let descriptors = Array(UnsafeBufferPointer(start: fds, count: Int(max(0, count))))
    let bytes = UnsafeRawBufferPointer(start: payload, count: length)
    HostedEntry.run(payload: bytes, descriptors: descriptors)
}

/// Sets up a hosted process and runs its program.
enum HostedEntry {
    static func run(payload: UnsafeRawBufferPointer, descriptors: [Int32]) -> Never {
        guard descriptors.count > HostedDescriptor.outcome.rawValue else {
            FileDescriptorIO.printError("spindle: a hosted process was started without its descriptors\n")
            _exit(72)
        }
        dup2(descriptors[HostedDescriptor.output.rawValue], STDOUT_FILENO)
        dup2(descriptors[HostedDescriptor.errors.rawValue], STDERR_FILENO)
        for fd in descriptors.prefix(2) where fd > STDERR_FILENO { FileDescriptorIO.close(fd) }
        // As Python does at startup: a closed pipe should be an error to handle, not a death.
        signal(SIGPIPE, SIG_IGN)
        let outcomeFD = descriptors[HostedDescriptor.outcome.rawValue]
        let request: HostedRequest
        do {
            request = try BinaryCoding.decode(HostedRequest.self, from: payload)
        } catch {
            report(.threw("the request could not be read: \(error)"), to: outcomeFD)
            _exit(72)
        }
        cprim_set_process_title(request.name)
        let tree: ProcessTree
        do {
            tree = try ProcessTree(
                processLimit: request.processLimit, lastActorID: request.trace?.lastActorID ?? 0,
                lastResourceID: request.trace?.lastResourceID ?? 0)
        } catch {
            report(.threw(String(describing: error)), to: outcomeFD)
            _exit(72)
        }
        let tracer = installTracer(request: request, tree: tree, descriptors: descriptors)
        let actor = tracer.nextActorID()
        CurrentProcess.shared.becameHostRoot(
            tree: tree, actor: actor, name: request.name, outcomeFD: outcomeFD)
        TraceContext.setCurrentActor(actor)
        let parent = request.trace.map { ActorID($0.parentActor) }
        tracer.record(
            actor: actor,
            .declareActor(
                TraceActor(
                    id: actor, kind: .process, name: request.name,
                    parent: parent == .unassigned ? nil : parent, pid: getpid())))
        tracer.record(actor: actor, .transition(.running))

        let outcome = outcome(of: request)
        if CurrentProcess.shared.isHostRoot {
            report(outcome, to: outcomeFD)
        }
        if case .threw(let message) = outcome {
            FileDescriptorIO.printError("\(CurrentProcess.shared.name): \(message)\n")
            ProcessExit.finish(code: 1, joinChildren: true)
        }
        ProcessExit.finish(code: 0, joinChildren: true)
    }

    private static func installTracer(request: HostedRequest, tree: ProcessTree, descriptors: [Int32])
        -> Tracer
    {
        guard request.trace != nil, descriptors.count > HostedDescriptor.trace.rawValue else {
            TraceContext.install(.disabled)
            return .disabled
        }
        let tracer = Tracer(
            sink: ForwardingTraceSink(tree: tree, fd: descriptors[HostedDescriptor.trace.rawValue]))
        TraceContext.install(tracer)
        return tracer
    }

    private static func outcome(of request: HostedRequest) -> HostedOutcome {
        guard let program = _typeByName(request.program) as? any HostedProgram.Type else {
            return .threw("no hosted program named \(request.program) in this executable")
        }
        do {
            return .returned(try runOpened(program, arguments: request.arguments))
        } catch {
            return .threw(String(describing: error))
        }
    }

    private static func runOpened<Program: HostedProgram>(_: Program.Type, arguments: [UInt8]) throws
        -> [UInt8]
    {
        let decoded = try BinaryCoding.decode(Program.Arguments.self, from: arguments)
        return try BinaryCoding.encode(try Program.main(decoded))
    }

    private static func report(_ outcome: HostedOutcome, to fd: Int32) {
        guard fd >= 0, let bytes = try? BinaryCoding.encode(outcome) else { return }
        _ = FileDescriptorIO.writeAll(fd, bytes)
        FileDescriptorIO.close(fd)
    }
}
