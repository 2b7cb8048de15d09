import Demos
import TestSupport
import Testing

@Suite("Demo: threads-vs-processes", .forksProcesses)
struct ThreadsVsProcessesDemoTests {
    @Test("the parent sees the threads' additions and none of the processes'")
    func onlyThreadsShareTheCounter() async throws {
        let run = try await runDemo("threads-vs-processes", ["units=4"])
        #expect(try run.number("counter_after_processes") == 0)
        #expect(try run.number("counter_after_threads") == 4)
    }

    @Test("start times and memory are measured, and a process costs more memory than a thread")
    func costsAreMeasured() async throws {
        let run = try await runDemo("threads-vs-processes", ["units=3"])
        #expect(try run.number("process_start_us") > 0)
        #expect(try run.number("thread_start_us") > 0)
        #expect(try run.number("process_memory_kib") > run.number("thread_memory_kib"))
        #expect(
            Set(run.actors.map(\.name)).isSuperset(of: ["process-1", "process-3", "thread-1", "thread-3"]))
    }

    @Test("the threads of one process run on as many CPUs as they ask for, up to those available")
    func threadsUseSeveralCPUs() async throws {
        let run = try await runDemo("threads-vs-processes", ["units=4"])
        let available = try run.number("cpus_available")
        #expect(available >= 1)
        if available >= 2 {
            #expect(try run.number("thread_cpus_used") == min(4, available))
        } else {
            // One CPU cannot tell threads tied to one core from free ones: not graded.
            #expect(
                DemoResult.notMeasuredReason(of: try run.value("thread_cpus_used"))?.contains(
                    "1 CPU available") == true)
        }
    }
}
