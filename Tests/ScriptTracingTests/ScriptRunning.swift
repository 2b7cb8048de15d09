import Foundation
import ScriptTracing
import TestSupport
import Testing

@testable import Trace

#if canImport(Glibc)
import Glibc
#endif

/// Runs the scripts of `Scripts/` under the embedded probe, as `spindle trace` does.
enum ScriptRunning {
    static let folder = Repository.root.appendingPathComponent("Tests/ScriptTracingTests/Scripts")

    static func path(_ script: String) -> String {
        folder.appendingPathComponent(script).path
    }

    struct Finished {
        let outcome: ScriptOutcome
        let events: [TraceEvent]

        var state: TraceState {
            var state = TraceState()
            for event in events { state.apply(event) }
            return state
        }

        /// The actors of `kind` the trace declared, by name.
        func names(of kind: TraceActor.Kind) -> [String] {
            events.compactMap {
                if case .declareActor(let actor) = $0.kind, actor.kind == kind { actor.name } else { nil }
            }
        }

        /// The resources the trace declared.
        var resources: [TraceResource] {
            events.compactMap { if case .declareResource(let resource) = $0.kind { resource } else { nil } }
        }

        /// How many operations of each name (`acquire`, `put`, ...) the trace holds.
        func operations(on kind: ResourceKind) -> [String] {
            let ids = Set(resources.filter { $0.kind == kind }.map(\.id))
            return events.compactMap {
                guard case .operation(let resource, let operation) = $0.kind, ids.contains(resource) else {
                    return nil
                }
                return String(describing: operation).split(separator: "(").first.map(String.init)
            }
        }

        var printed: String {
            outcome.output.map(\.text).joined(separator: "\n")
        }

        /// The pids of the program's processes that are still there; empty when the run
        /// left nothing behind.
        var leftovers: [Int32] {
            let pids = Set(
                events.compactMap { if case .declareActor(let actor) = $0.kind { actor.pid } else { nil } })
            return pids.filter { kill($0, 0) == 0 || errno != ESRCH }.sorted()
        }

        /// Every run: a valid trace, the schema's approval, every probe line read, and no
        /// process left behind.
        func expectWhole(_ script: String) {
            #expect(problems.isEmpty, "\(script): \(problems)")
            #expect(TraceSchemaConformance.problems(events: events, run: nil).isEmpty, "\(script)")
            #expect(leftovers.isEmpty, "\(script) left \(leftovers)")
            #expect(outcome.unreadableLines == 0, "\(script)")
        }

        /// What the trace validator and the state model find wrong with the trace.
        var problems: [String] {
            var validator = TraceValidator()
            return events.compactMap { validator.problem(with: $0) }
        }
    }

    /// Runs `script` to its end (stopping it after `timeLimit`).
    static func run(
        _ script: String, _ arguments: [String] = [], timeLimit: Double = 30, keepRunning: Bool = false,
        stopAfter: Double? = nil
    ) throws -> Finished {
        let invocation = ScriptInvocation(
            script: path(script), arguments: arguments, timeLimit: timeLimit, keepRunning: keepRunning)
        let run = try ScriptRun(invocation, probe: ProbeScript.source)
        if let stopAfter {
            if run.wait(timeout: stopAfter) == nil { run.stop(because: ScriptRun.interruptReason) }
        }
        let outcome = try #require(run.wait(timeout: timeLimit + 30), "\(script) did not end")
        return Finished(outcome: outcome, events: run.recorder.events)
    }
}
