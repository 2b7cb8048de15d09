import Threading
import Trace

/// Python's `multiprocessing.Pipe(duplex=True)`: a connected pair of ``Connection`` ends.
///
/// With `duplex` (the default) both ends send and receive, over `socketpair(AF_UNIX, SOCK_STREAM)`.
/// With `duplex: false` the pair is a pipe(2): the first end only receives and the second only
/// sends, as in Python. Both are plain close-on-exec descriptors, so the ends keep working in a
/// process forked after this call, and never leak into programs it executes.
///
/// A pipe(2) end cannot suppress SIGPIPE per write, so the first `duplex: false` pipe sets SIGPIPE
/// to "ignore" unless the program handles it (as CPython does at start-up): sending to a closed
/// reader then throws ``BrokenPipeError`` instead of killing the process.
///
/// With tracing on, the pipe is declared to `tracer` as one resource of kind `pipe` named
/// `name` (default `pipe`), which both ends report their sends and receives under.
///
/// - Throws: ``PipeOSError`` when the system is out of descriptors.
// swift-format-ignore: AlwaysUseLowerCamelCase
// (Python's name: `multiprocessing.Pipe()` is a function spelt like a type)
public func Pipe(
    duplex: Bool = true, name: String? = nil, tracer: Tracer = TraceContext.tracer
) throws -> (Connection, Connection) {
    if !duplex { BrokenPipeSignal.ignoreUnlessHandled() }
    let title = PipeNaming.title(name)
    let ends: (Int32, Int32)
    do throws(SystemCallFailure) {
        ends = duplex ? try Descriptors.socketPair() : try Descriptors.pipe()
    } catch {
        throw PipeOSError(endpoint: title, reason: .systemCall(error.call, errno: error.code))
    }
    let trace = ThreadingTrace(kind: .pipe, name: name ?? "pipe", tracer: tracer)
    let first = Connection(
        descriptor: ends.0, isSocket: duplex, readable: true, writable: duplex,
        endpoint: "\(title) end 0", trace: trace)
    let second = Connection(
        descriptor: ends.1, isSocket: duplex, readable: duplex, writable: true,
        endpoint: "\(title) end 1", trace: trace)
    return (first, second)
}
