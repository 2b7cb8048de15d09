import CPrimitives
import Foundation

/// Starts `python3 -c PROBE SCRIPT ARGS...` in a process group of its own, with the probe's
/// pipe as descriptor ``traceDescriptor``.
enum ScriptSpawn {
    /// The descriptor the probe writes its lines to, named by `SPINDLE_TRACE_FD`.
    static let traceDescriptor: Int32 = 3

    /// The process group (the pid of the program's first process).
    static func start(_ invocation: ScriptInvocation, probe: String, pipes: ScriptPipes)
        throws(ScriptRunError)
        -> pid_t
    {
        let words = [invocation.python, "-c", probe, invocation.script] + invocation.arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SPINDLE_TRACE_FD"] = String(traceDescriptor)
        // The program's output reaches Spindle through pipes; unbuffered, it arrives as it is
        // printed, in step with the events.
        environment["PYTHONUNBUFFERED"] = "1"
        let settings = environment.map { "\($0.key)=\($0.value)" }
        let argv = words.map { strdup($0) } + [nil]
        let envp = settings.map { strdup($0) } + [nil]
        defer {
            for word in argv { free(word) }
            for setting in envp { free(setting) }
        }
        let pid = cprim_spawn_in_group(
            invocation.python, argv, envp, pipes.input, pipes.output.write, pipes.errors.write,
            pipes.events.write, traceDescriptor)
        guard pid > 0 else {
            let code = -pid
            if code == ENOENT {
                throw ScriptRunError(.text("script.error.python-not-found", ["python": invocation.python]))
            }
            throw ScriptRunError(
                .text(
                    "script.error.cannot-start",
                    ["python": invocation.python, "reason": String(cString: strerror(code))]))
        }
        return pid
    }
}
