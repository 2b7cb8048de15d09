import CPrimitives

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The descriptors between Spindle and a traced program: the probe's event pipe, the
/// program's standard output and error, and /dev/null for its standard input (the stage
/// owns the terminal). Every one is close-on-exec; the spawn gives the child its ends.
struct ScriptPipes: Sendable {
    let events: (read: Int32, write: Int32)
    let output: (read: Int32, write: Int32)
    let errors: (read: Int32, write: Int32)
    let input: Int32

    static func make() throws(ScriptRunError) -> ScriptPipes {
        var opened: [Int32] = []
        func pipe() throws(ScriptRunError) -> (Int32, Int32) {
            var ends: [Int32] = [-1, -1]
            let code = cprim_cloexec_pipe(&ends)
            guard code == 0 else {
                for fd in opened { close(fd) }
                throw ScriptRunError(.text("script.error.pipe", ["reason": String(cString: strerror(code))]))
            }
            opened += ends
            return (ends[0], ends[1])
        }
        let events = try pipe()
        let output = try pipe()
        let errors = try pipe()
        let input = open("/dev/null", O_RDONLY | O_CLOEXEC)
        guard input >= 0 else {
            for fd in opened { close(fd) }
            throw ScriptRunError(
                .text("script.error.null-device", ["reason": String(cString: strerror(errno))]))
        }
        for fd in [events.0, output.0, errors.0] {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        return ScriptPipes(events: events, output: output, errors: errors, input: input)
    }

    /// After the spawn: only the child may hold the write ends, so that Spindle sees end of
    /// file once every process of the program has exited.
    func closeChildEnds() {
        for fd in [events.write, output.write, errors.write, input] { close(fd) }
    }

    func closeAll() {
        closeChildEnds()
        for fd in [events.read, output.read, errors.read] { close(fd) }
    }
}
