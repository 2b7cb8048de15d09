import Multiprocessing
import Testing
import Trace

#if canImport(Glibc)
import Glibc
#endif

/// Runs a hosted program and returns its output, never waiting longer than a minute: a hang
/// fails the test instead of stalling the suite. Afterwards the program's whole process group
/// must be gone, which is how the tests check that no child outlives a demo.
func runHosted<Program: HostedProgram>(
    _ program: Program.Type, _ arguments: Program.Arguments, tracer: Tracer = .disabled,
    processLimit: Int = ProcessLimits.default
) throws -> Program.Output {
    let process = try HostedProcess(
        program, arguments: arguments, output: .capture, tracer: tracer, processLimit: processLimit)
    defer { expectGroupGone(process.pid) }
    guard try process.join(timeout: 60) else {
        process.kill()
        try process.join(timeout: 60)
        Issue.record("\(program) did not finish within a minute; output: \(process.output)")
        throw HostedProgramError.stillRunning
    }
    return try process.result()
}

/// Checks that no process is left in the group a hosted process led. Killed members may take a
/// moment to be reaped, so this waits for the group to empty, giving up after ten seconds.
func expectGroupGone(_ pid: Int32, sourceLocation: SourceLocation = #_sourceLocation) {
    var checks = 0
    while kill(-pid, 0) == 0 && checks < 1000 {
        usleep(10_000)
        checks += 1
    }
    #expect(kill(-pid, 0) != 0, "processes of group \(pid) are still running", sourceLocation: sourceLocation)
}

/// Whether a process with this pid exists (a zombie counts).
func processExists(_ pid: Int32) -> Bool {
    kill(pid, 0) == 0 || errno == EPERM
}
