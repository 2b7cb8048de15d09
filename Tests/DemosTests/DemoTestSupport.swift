import Demos
import Foundation
import TestSupport
import Testing
import Trace

/// A finished demo run: its outcome and its trace.
struct FinishedRun {
    let outcome: DemoOutcome
    let events: [TraceEvent]

    /// The value of a result, failing the test when the demo did not report it.
    func value(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(outcome.value(of: name), "no result `\(name)`", sourceLocation: sourceLocation)
    }

    /// The value of a numeric result.
    func number(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Double {
        let text = try value(name, sourceLocation: sourceLocation)
        return try #require(
            Double(text), "result `\(name)=\(text)` is not a number", sourceLocation: sourceLocation)
    }

    /// Every actor the trace declared.
    var actors: [TraceActor] {
        events.compactMap { event in
            if case .declareActor(let actor) = event.kind { return actor }
            return nil
        }
    }

    /// Every note the trace carries.
    var notes: [String] {
        events.compactMap { event in
            if case .note(let text) = event.kind { return text }
            return nil
        }
    }
}

/// How many demos the tests run at once. Each waits off the cooperative pool, so without a cap
/// every demo test would start its demo together. ThreadSanitizer slows each demo several times
/// over, and on 2 cores a crowd of them only stretches every one towards its time limit.
private let demoSlots = DispatchSemaphore(value: ThreadSanitizer.isActive ? 2 : 16)

/// Runs the demo named `name` with `words` (at full speed unless they say otherwise), waits for
/// it, and checks that it completed and reported every result it declares.
func runDemo(
    _ name: String, _ words: [String] = [], expectCompleted: Bool = true,
    sourceLocation: SourceLocation = #_sourceLocation
) async throws -> FinishedRun {
    let demo = try #require(
        DemoCatalog.demo(named: name), "no demo `\(name)`", sourceLocation: sourceLocation)
    var paced = words.contains { $0.hasPrefix("speed=") } ? words : ["speed=0"] + words
    // ThreadSanitizer slows every memory access several times over, so a paced demo would reach
    // its default time limit; under it the limit is the longest a demo allows, and the checks
    // that follow stay the same.
    if ThreadSanitizer.isActive && !words.contains(where: { $0.hasPrefix("time_limit=") }) {
        paced.append("time_limit=300")
    }
    let arguments = try DemoArguments(parsing: paced, for: demo.descriptor)
    let recorder = TraceRecorder()
    await offThePool { demoSlots.wait() }
    defer { demoSlots.signal() }
    let execution = try DemoExecution(demo, arguments: arguments, recorder: recorder)
    // The execution stops an overrunning demo from outside once its limit and grace are over;
    // waiting longer than that (plus time to stop it) only fails when stopping itself is broken.
    let stoppedBy = arguments[DemoDescriptor.timeLimit] + DemoExecution.graceSeconds + 30
    let outcome = try #require(
        await offThePool { execution.wait(timeout: stoppedBy) }, "demo `\(name)` did not end",
        sourceLocation: sourceLocation)
    if expectCompleted {
        #expect(
            outcome.ending == .completed, "demo `\(name)` ended: \(outcome.ending)",
            sourceLocation: sourceLocation)
        let missing = demo.descriptor.results.map(\.name).filter { outcome.value(of: $0) == nil }
        #expect(missing.isEmpty, "demo `\(name)` did not report \(missing)", sourceLocation: sourceLocation)
    }
    // The trace as `--trace` would save it must match the published schema.
    let events = recorder.events
    let run = TraceRun(demo: demo.descriptor.name, parameters: paced, emphasis: demo.descriptor.emphasis)
    let problems = TraceSchemaConformance.problems(events: events, run: run)
    #expect(
        problems.isEmpty, "demo `\(name)`'s trace does not match docs/trace.schema.json: \(problems)",
        sourceLocation: sourceLocation)
    return FinishedRun(outcome: outcome, events: events)
}

extension FinishedRun {
    /// Checks that the result `ratio`, reported to `places` decimals, is the result `numerator`
    /// over the result `denominator`, both reported to `operandPlaces` decimals.
    func expectRatio(
        _ ratio: String, is numerator: String, over denominator: String, places: Int, operandPlaces: Int,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let (reported, top, bottom) = (try number(ratio), try number(numerator), try number(denominator))
        #expect(
            isRatio(reported, of: top, over: bottom, places: places, operandPlaces: operandPlaces),
            "\(ratio)=\(reported) is not \(numerator) / \(denominator) = \(top) / \(bottom)",
            sourceLocation: sourceLocation)
    }
}

/// Whether `ratio`, shown to `places` decimals, is `numerator / denominator`, both shown to
/// `operandPlaces` decimals: a demo divides the unrounded values, so the ratio may be off by
/// what the rounding of each figure hid.
func isRatio(
    _ ratio: Double, of numerator: Double, over denominator: Double, places: Int, operandPlaces: Int
) -> Bool {
    let operandHalf = 0.5 / pow(10, Double(operandPlaces))
    let ratioHalf = 0.5 / pow(10, Double(places))
    let lowest = (numerator - operandHalf) / (denominator + operandHalf) - ratioHalf
    let highest = (numerator + operandHalf) / (denominator - operandHalf) + ratioHalf
    return ratio >= lowest && ratio <= highest
}
