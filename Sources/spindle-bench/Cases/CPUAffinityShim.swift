import Foundation
import Multiprocessing

/// Pinning used by the placed cases. A failure to pin leaves the thread where it was and does not
/// stop the run, but says so in one line on standard error, since that case's figure then
/// measures a thread the scheduler placed.
enum CPUAffinityShim {
    static var availableCPUs: [Int] { CPUAffinity.availableCPUs }

    static func pin(to cpu: Int?) {
        guard let cpu else { return }
        do {
            try CPUAffinity.pinCurrentThread(to: [cpu])
        } catch {
            let line = "spindle-bench: could not pin a thread to CPU \(cpu) (\(error)); it runs unpinned\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
