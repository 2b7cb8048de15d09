/// Puts the lines of several processes into one time order while keeping each process's own
/// order: a process's lines are in the order its operations really happened (the probe writes
/// an operation's line while the operation's lock is held), but processes flush their buffers
/// independently, so a line may arrive after later lines of another process.
///
/// Lines wait here until they are older than a watermark (``hold``), then leave oldest first.
struct ProbeStreamMerger {
    /// How long a line waits for possibly earlier lines of other processes: longer than the
    /// probe's flush interval (20 ms), short enough that the stage still feels live.
    static let hold: UInt64 = 60_000_000

    private var pending: [Int32: [ProbeLine]] = [:]
    private var heads: [Int32: Int] = [:]

    /// Whether any line is waiting.
    var isEmpty: Bool { pending.isEmpty }

    mutating func add(_ line: ProbeLine) {
        pending[line.thread.pid, default: []].append(line)
    }

    /// The lines stamped at or before `watermark`, merged in time order, each process's lines
    /// in their own order.
    mutating func release(through watermark: UInt64) -> [ProbeLine] {
        var released: [ProbeLine] = []
        while let pid = earliestHead(), let line = head(of: pid), line.time <= watermark {
            released.append(line)
            advance(pid)
        }
        return released
    }

    /// Every waiting line, merged: the stream has ended.
    mutating func releaseAll() -> [ProbeLine] {
        release(through: .max)
    }

    private func head(of pid: Int32) -> ProbeLine? {
        guard let lines = pending[pid] else { return nil }
        let index = heads[pid, default: 0]
        return index < lines.count ? lines[index] : nil
    }

    private func earliestHead() -> Int32? {
        var best: (pid: Int32, time: UInt64)?
        for pid in pending.keys {
            guard let line = head(of: pid) else { continue }
            if best == nil || line.time < best!.time || (line.time == best!.time && pid < best!.pid) {
                best = (pid, line.time)
            }
        }
        return best?.pid
    }

    private mutating func advance(_ pid: Int32) {
        let next = heads[pid, default: 0] + 1
        if next >= pending[pid]?.count ?? 0 {
            pending[pid] = nil
            heads[pid] = nil
        } else {
            heads[pid] = next
        }
    }
}
