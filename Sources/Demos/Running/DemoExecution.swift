import Foundation
import Messages
import Multiprocessing
import Trace

/// A demo running in its own process group, seen from the tutor: events stream into `recorder`
/// while it runs, ``poll()`` says when it has ended, and ``stop(because:)`` ends it and
/// everything it started.
///
/// A demo stops itself at its time limit; one that overruns the limit by more than
/// ``graceSeconds`` (stuck in a system call, say) is stopped from outside and the outcome says so.
public final class DemoExecution: @unchecked Sendable {
    /// How long past its time limit a demo may take to wind down before it is stopped.
    public static let graceSeconds = 5.0

    /// The demo that runs.
    public let descriptor: DemoDescriptor
    /// Where its trace goes.
    public let recorder: TraceRecorder
    private let process: RunningDemoProcess
    // Guarded by `lock`.
    private let lock = NSLock()
    private var settled: DemoOutcome?
    private var hardDeadline: UInt64
    private var suspendedAt: UInt64?

    /// Starts `demo` with `arguments`, tracing into `recorder`; the demo narrates in `language`,
    /// by default the one the tutor speaks now.
    public init(
        _ demo: any Demo.Type, arguments: DemoArguments, recorder: TraceRecorder,
        language: Language = CurrentLanguage.value
    ) throws {
        descriptor = demo.descriptor
        self.recorder = recorder
        process = try RunningDemoProcess(
            demo, order: DemoLaunchOrder(arguments: arguments, language: language), recorder: recorder)
        let limit = arguments[DemoDescriptor.timeLimit] + Self.graceSeconds
        hardDeadline = MonotonicClock.now() &+ UInt64(limit * 1e9)
    }

    deinit {
        if lock.withLock({ settled }) == nil { process.kill() }
    }

    /// The outcome once the demo has ended, nil while it runs; never blocks for long. Stops a demo
    /// that overran its time limit.
    public func poll() -> DemoOutcome? {
        if let known = lock.withLock({ settled }) { return known }
        if let outcome = process.outcome(0) { return settle(outcome) }
        guard lock.withLock({ suspendedAt == nil && MonotonicClock.now() >= hardDeadline }) else {
            return nil
        }
        return stop(because: Messages.text("demos.runner.overran"))
    }

    /// Stops the demo and everything it started where they are (Ctrl-Z on the tutor): a
    /// suspended tutor must not leave its demo running unwatched.
    public func suspend() {
        lock.withLock { if suspendedAt == nil { suspendedAt = MonotonicClock.now() } }
        process.suspend()
    }

    /// Lets a suspended demo go on. The time it spent stopped does not count towards the limit
    /// past which it is stopped from outside.
    public func resume() {
        lock.withLock {
            if let since = suspendedAt { hardDeadline &+= MonotonicClock.now() &- since }
            suspendedAt = nil
        }
        process.resume()
    }

    /// Waits until the demo ends, at most `timeout` seconds (nil: until its time limit).
    public func wait(timeout: Double? = nil) -> DemoOutcome? {
        let until = timeout.map { MonotonicClock.now() &+ UInt64(max(0, $0) * 1e9) }
        while true {
            if let outcome = poll() { return outcome }
            if let until, MonotonicClock.now() >= until { return nil }
            if let outcome = process.outcome(0.05) { return settle(outcome) }
        }
    }

    /// Ends the demo and everything it started, and returns its outcome: what it reported
    /// before it was stopped, marked as stopped for `reason`.
    @discardableResult
    public func stop(because reason: String) -> DemoOutcome {
        if let known = lock.withLock({ settled }) { return known }
        process.terminate()
        // A stopped process takes SIGTERM only once it runs again.
        process.resume()
        if process.outcome(1) == nil {
            process.kill()
            _ = process.outcome(nil)
        }
        return settle(DemoOutcome(results: resultsInTrace(), ending: .stopped(reason)))
    }

    private func settle(_ outcome: DemoOutcome) -> DemoOutcome {
        lock.withLock {
            if let known = settled { return known }
            let complete =
                outcome.results.isEmpty
                ? DemoOutcome(results: resultsInTrace(), ending: outcome.ending) : outcome
            settled = complete
            return complete
        }
    }

    /// Results the demo reported before it ended, read back from the trace.
    private func resultsInTrace() -> [DemoResult] {
        recorder.events.compactMap { event in
            if case .result(let name, let value) = event.kind { return DemoResult(name: name, value: value) }
            return nil
        }
    }
}

/// The demo's hosted process behind a non-generic face, so the execution needs no type parameter.
private struct RunningDemoProcess: @unchecked Sendable {
    let outcome: (Double?) -> DemoOutcome?
    let terminate: () -> Void
    let kill: () -> Void
    let suspend: () -> Void
    let resume: () -> Void

    init<D: Demo>(_ demo: D.Type, order: DemoLaunchOrder, recorder: TraceRecorder) throws {
        let hosted = try HostedProcess(
            DemoProgram<D>.self, arguments: order, name: D.descriptor.name, output: .capture,
            tracer: Tracer(recorder))
        outcome = { timeout in
            guard (try? hosted.join(timeout: timeout)) == true else { return nil }
            do {
                let report = try hosted.result(timeout: 0)
                return DemoOutcome(
                    results: report.results,
                    ending: report.stopReason.map(DemoOutcome.Ending.stoppedEarly) ?? .completed)
            } catch {
                return DemoOutcome(results: [], ending: .failed(Self.failure(error, output: hosted.output)))
            }
        }
        terminate = { hosted.terminate() }
        kill = { hosted.kill() }
        suspend = { hosted.suspend() }
        resume = { hosted.resume() }
    }

    /// The error, with the last line the demo printed when that says more.
    private static func failure(_ error: any Error, output: String) -> String {
        let message = String(describing: error)
        let lastLine = output.split(separator: "\n").last.map(String.init) ?? ""
        return lastLine.isEmpty || lastLine.contains(message) ? message : "\(message) (\(lastLine))"
    }
}
