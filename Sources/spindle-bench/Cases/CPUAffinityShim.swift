import Multiprocessing

/// Pinning used by the placed cases; a failure to pin leaves the thread where it was, and the
/// case says so in its notes rather than stopping the run.
enum CPUAffinityShim {
    static var availableCPUs: [Int] { CPUAffinity.availableCPUs }

    static func pin(to cpu: Int?) {
        guard let cpu else { return }
        try? CPUAffinity.pinCurrentThread(to: [cpu])
    }
}
