import CPrimitives
import Threading

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The descriptors between the tutor and one hosted process: standard output and error, the
/// outcome pipe, and the trace pipe. The child ends go to the fork server with the request;
/// the tutor keeps the read ends.
struct HostedPipes {
    /// In ``HostedDescriptor`` order.
    private(set) var childEnds: [Int32] = []
    /// Ends the tutor closes after the spawn (everything it handed over, but stdio it shares).
    private var ownedChildEnds: [Int32] = []
    private(set) var outputRead: Int32 = -1
    private(set) var outcomeRead: Int32 = -1
    private(set) var traceRead: Int32 = -1

    init(output: HostedOutput, traced: Bool) throws(OSError) {
        do throws(OSError) {
            switch output {
            case .inherit:
                childEnds = [STDOUT_FILENO, STDERR_FILENO]
            case .discard:
                let null = open("/dev/null", O_WRONLY | O_CLOEXEC)
                guard null >= 0 else { throw OSError(errno: errno, doing: "open /dev/null") }
                ownedChildEnds.append(null)
                childEnds = [null, null]
            case .capture:
                let (read, write) = try Self.pipe(purpose: "output")
                outputRead = read
                ownedChildEnds.append(write)
                childEnds = [write, write]
            }
            let (outcomeRead, outcomeWrite) = try Self.pipe(purpose: "outcome")
            self.outcomeRead = outcomeRead
            ownedChildEnds.append(outcomeWrite)
            childEnds.append(outcomeWrite)
            if traced {
                let (traceRead, traceWrite) = try Self.pipe(purpose: "trace")
                // A bigger buffer lets bursts of events through while the reader catches up.
                _ = cprim_set_pipe_size(traceWrite, 1 << 20)
                self.traceRead = traceRead
                ownedChildEnds.append(traceWrite)
                childEnds.append(traceWrite)
            }
        } catch {
            closeAll()
            throw error
        }
    }

    private static func pipe(purpose: String) throws(OSError) -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        let status = cprim_cloexec_pipe(&ends)
        guard status == 0 else {
            throw OSError(errno: status, doing: "pipe for a hosted process's \(purpose)")
        }
        return (ends[0], ends[1])
    }

    /// The read ends the tutor watches.
    var readEnds: [Int32] { [outputRead, outcomeRead, traceRead].filter { $0 >= 0 } }

    /// After the spawn: the server has its own copies now.
    mutating func closeChildEnds() {
        for fd in ownedChildEnds { FileDescriptorIO.close(fd) }
        ownedChildEnds = []
    }

    /// On failure before or during the spawn.
    mutating func closeAll() {
        closeChildEnds()
        for fd in readEnds { FileDescriptorIO.close(fd) }
        outputRead = -1
        outcomeRead = -1
        traceRead = -1
    }
}
