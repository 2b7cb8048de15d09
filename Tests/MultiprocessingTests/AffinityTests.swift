import CPrimitives
import Testing
import Threading

@testable import Multiprocessing

@Suite struct AffinityTests {
    @Test func listsTheCPUsThisProcessMayUse() {
        let cpus = CPUAffinity.availableCPUs
        #expect(!cpus.isEmpty)
        #expect(cpus == Array(Set(cpus)).sorted())
        #expect(cpus.allSatisfy { $0 >= 0 })
    }

    @Test func rejectsCPUsThatDoNotExist() throws {
        let available = CPUAffinity.availableCPUs
        let missing = (available.last ?? 0) + 1_000
        #expect(throws: CPUAffinityError.noCPUs) { try CPUAffinity.pinCurrentThread(to: []) }
        #if os(Linux)
        let error = try #require(throws: CPUAffinityError.self) {
            try CPUAffinity.pinCurrentThread(to: [available[0], missing, -1])
        }
        #expect(error == .invalidCPUs(requested: [-1, missing], available: available))
        #expect(error.description.contains("\(missing)"))
        #expect(error.description.contains(available.map(String.init).joined(separator: ", ")))
        // Rejected before any thread starts, so the body never runs.
        #expect(throws: CPUAffinityError.invalidCPUs(requested: [missing], available: available)) {
            try CPUAffinity.runPinned(cpus: [missing]) { Issue.record("body ran") }
        }
        #endif
    }

    #if os(Linux)
    @Test func pinnedThreadRunsOnlyWhereItWasPinned() throws {
        let cpu = try #require(CPUAffinity.availableCPUs.first)
        let seen = try CPUAffinity.runPinned(cpus: [cpu], name: "pinned") {
            (CPUAffinity.currentCPU, CPUAffinity.currentThreadCPUs, NativeThread.currentNativeID)
        }
        #expect(seen.0 == cpu)
        #expect(seen.1 == [cpu])
        #expect(seen.2 != NativeThread.currentNativeID)
        // Pinning a helper thread leaves the process's set alone.
        #expect(CPUAffinity.availableCPUs.count == Int(cprim_cpu_count()))
    }

    @Test func pinnedBodyErrorsReachTheCaller() {
        struct Boom: Error, Equatable {}
        let cpu = CPUAffinity.availableCPUs[0]
        #expect(throws: Boom()) {
            try CPUAffinity.runPinned(cpus: [cpu]) { throw Boom() }
        }
    }
    #else
    @Test func pinningIsUnavailableHere() {
        #expect(throws: CPUAffinityError.unavailableOnThisPlatform) {
            try CPUAffinity.pinCurrentThread(to: [0])
        }
        #expect(
            CPUAffinityError.unavailableOnThisPlatform.description
                == "CPU affinity is not available on this platform")
    }
    #endif
}
