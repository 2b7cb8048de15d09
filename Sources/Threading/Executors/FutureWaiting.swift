/// When ``wait(_:timeout:returnWhen:)`` returns: Python's `FIRST_COMPLETED`,
/// `FIRST_EXCEPTION` and `ALL_COMPLETED`.
public enum ReturnWhen: Sendable, CustomStringConvertible {
    /// As soon as any future finishes or is cancelled.
    case firstCompleted
    /// As soon as any future finishes by throwing, or when all are done if none does.
    case firstException
    /// When every future has finished or been cancelled.
    case allCompleted

    /// Python's constant name, such as `FIRST_COMPLETED`.
    public var description: String {
        switch self {
        case .firstCompleted: "FIRST_COMPLETED"
        case .firstException: "FIRST_EXCEPTION"
        case .allCompleted: "ALL_COMPLETED"
        }
    }
}

/// What ``wait(_:timeout:returnWhen:)`` returns: Python's `DoneAndNotDoneFutures` named tuple.
///
/// Python returns two sets; here they are arrays in the order the futures were given.
public struct DoneAndNotDoneFutures<F: AnyFuture>: Sendable {
    /// Futures that finished or were cancelled by the time `wait` returned.
    public let done: [F]
    /// The others.
    public let notDone: [F]
}

/// Python's `concurrent.futures.wait(fs, timeout=None, return_when=ALL_COMPLETED)`: waits
/// until the futures meet `returnWhen`, or `timeout` seconds pass (nil: no limit), and splits
/// them into done and not done. It never throws: on timeout the unfinished ones are in `notDone`.
///
/// Works on `[Future<T>]` and on mixed `[AnyFuture]` alike. Duplicates are ignored, as with
/// Python's sets. The wait is traced as a join on `actor#0`
/// with a note, since no single worker is awaited.
public func wait<F: AnyFuture>(
    _ futures: [F], timeout: Double? = nil, returnWhen: ReturnWhen = .allCompleted
) -> DoneAndNotDoneFutures<F> {
    let futures = uniqueFutures(futures)
    let deadline = Deadline.after(seconds: timeout)
    let watcher = FutureWatcher(tracer: futures.first?.tracer ?? .disabled)
    watcher.watch(futures)
    let total = futures.count
    let finished = watcher.wait(
        until: deadline, note: "for \(total) \(total == 1 ? "future" : "futures") (\(returnWhen))"
    ) { count, exceptions in
        switch returnWhen {
        case .firstCompleted: count > 0 || count == total
        case .firstException: exceptions > 0 || count == total
        case .allCompleted: count == total
        }
    }
    var isDone = [Bool](repeating: false, count: total)
    for index in finished { isDone[index] = true }
    for (index, future) in futures.enumerated() where !isDone[index] {
        future.unwatch(watcher)
    }
    return DoneAndNotDoneFutures(
        done: futures.indices.filter { isDone[$0] }.map { futures[$0] },
        notDone: futures.indices.filter { !isDone[$0] }.map { futures[$0] })
}

/// Python's `concurrent.futures.as_completed(fs, timeout=None)`: yields the futures as they
/// finish (or are cancelled), those already done first.
///
/// The timeout counts from this call, as Python documents it. Duplicates are ignored.
public func asCompleted<F: AnyFuture>(_ futures: [F], timeout: Double? = nil) -> AsCompletedIterator<F> {
    AsCompletedIterator(uniqueFutures(futures), deadline: Deadline.after(seconds: timeout))
}

/// The futures in order, each once (Python works on a set).
private func uniqueFutures<F: AnyFuture>(_ futures: [F]) -> [F] {
    var seen = Set<ObjectIdentifier>()
    return futures.filter { seen.insert(ObjectIdentifier($0)).inserted }
}

/// The iterator ``asCompleted(_:timeout:)`` returns; Python's `as_completed` generator.
///
/// `next()` throws rather than the iterator being a `Sequence`, because Python's generator
/// raises `TimeoutError` mid-iteration: loop with `while let future = try it.next()`.
public final class AsCompletedIterator<F: AnyFuture> {
    private let futures: [F]
    private let deadline: Deadline?
    private let watcher: FutureWatcher
    private var yielded = 0

    init(_ futures: [F], deadline: Deadline?) {
        self.futures = futures
        self.deadline = deadline
        watcher = FutureWatcher(tracer: futures.first?.tracer ?? .disabled)
        watcher.watch(futures)
    }

    deinit {
        guard yielded < futures.count else { return }
        for future in futures {
            future.unwatch(watcher)
        }
    }

    /// The next future to finish, waiting for it; nil once every future was yielded.
    ///
    /// Throws ``TimeoutError`` ("2 (of 5) futures unfinished", as Python says) if the timeout
    /// given to ``asCompleted(_:timeout:)`` passes first.
    public func next() throws -> F? {
        guard yielded < futures.count else { return nil }
        let pending = futures.count - yielded
        guard
            let index = watcher.finishedIndex(
                at: yielded, until: deadline,
                note: "for \(pending) \(pending == 1 ? "future" : "futures") (as_completed)")
        else {
            throw TimeoutError("\(pending) (of \(futures.count)) futures unfinished")
        }
        yielded += 1
        return futures[index]
    }
}
