import Multiprocessing

/// Runs demo `D` in a process of its own: the fork server finds this type again by name, so
/// any demo can be started without a table of entry points.
struct DemoProgram<D: Demo>: HostedProgram {
    static func main(_ arguments: DemoArguments) throws -> DemoReport {
        let run = DemoRun(arguments: arguments)
        try D.run(run)
        return DemoReport(results: run.reported, stopReason: run.stopReason)
    }
}
