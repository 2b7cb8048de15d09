import Foundation
import TestSupport
import Testing

/// `spindle demos` and `spindle run` as a script or a student at a plain terminal uses them.
@Suite("Run command")
struct RunCommandTests {
    let state: TemporaryFolder

    init() throws {
        state = try TemporaryFolder()
    }

    private func spindle(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let outcome = try SpindleBinary.run(arguments, stateFolder: state.path)
        return (outcome.status, outcome.output, outcome.errors)
    }

    @Test("`demos` lists every demo with its summary")
    func demos() throws {
        let listed = try spindle(["demos"])
        #expect(listed.status == 0)
        #expect(listed.output.contains("shared-counter"))
        #expect(listed.output.contains("processes add 1 to a shared Value"))
    }

    @Test("`run DEMO --help` lists its parameters with ranges and defaults, and its results")
    func demoHelp() throws {
        let help = try spindle(["run", "shared-counter", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("workers=1..8  (default 2)"))
        #expect(help.output.contains("lock=on|off  (default off)"))
        #expect(help.output.contains("speed=0|0.01..100  (default 1 on the stage, 0 when not animated)"))
        #expect(help.output.contains("lost "))
        let general = try spindle(["run", "--help"])
        #expect(general.status == 0)
        #expect(general.output.contains("USAGE: spindle run"))
        #expect(general.output.contains("shared-counter"))
    }

    @Test(
        "bad demo names and parameters get one line naming the demo, the parameter and what is allowed",
        arguments: [
            (["nosuch"], "unknown demo `nosuch`"),
            (["shared-counte"], "did you mean `shared-counter`?"),
            (
                ["shared-counter", "workers=0"],
                "`workers=0` for demo `shared-counter`: expected a whole number from 1 to 8"
            ),
            (["shared-counter", "workers=two"], "expected a whole number from 1 to 8"),
            (["shared-counter", "lock=maybe"], "expected on or off"),
            (["shared-counter", "speed=1e9"], "expected 0 (full speed) or a number from 0.01 to 100"),
            (["shared-counter", "speed=1e-308"], "expected 0 (full speed) or a number from 0.01 to 100"),
            (
                ["shared-counter", "workers=2", "workers=3"],
                "`workers` is given twice for demo `shared-counter` (`workers=2` and `workers=3`); keep one"
            ),
            (
                ["lock-race", "threds=2"],
                "has no parameter `threds` (it takes threads, increments, lock, cpython, speed, time_limit); did you mean `threads`?"
            ),
            (["lock-race", "lok=on"], "did you mean `lock`?"),
            (["crawler", "download_dely=1"], "did you mean `download_delay`?"),
            (["shared-counter", "worker=2"], "demo `shared-counter` has no parameter `worker`"),
            (["shared-counter", "workers"], "is not name=value"),
        ])
    func badArguments(words: [String], message: String) throws {
        let failed = try spindle(["run"] + words + ["--plain"])
        #expect(failed.status == 1)
        #expect(failed.errors.contains(message))
        #expect(failed.errors.split(separator: "\n").count == 1)
        #expect(!failed.output.contains("result "))
    }

    @Test("the run command and lint say the same about a value out of range")
    func sameWordsAsLint() throws {
        let lessons = try TemporaryFolder()
        try lessons.write(
            "01-x.md",
            """
            ---
            id: x
            title: X
            summary: A lesson with a bad demo parameter.
            order: 1
            ---

            ## Page

            Some text.

            ```demo shared-counter workers=0
            Caption.
            ```
            """)
        let lint = try spindle(["lint", lessons.path + "/01-x.md"])
        let run = try spindle(["run", "shared-counter", "workers=0"])
        let allowed = "expected a whole number from 1 to 8"
        #expect(lint.output.contains(allowed) || lint.errors.contains(allowed))
        #expect(run.errors.contains(allowed))
    }

    @Test("--plain narrates the run with timestamps and ends with one result line per declared result")
    func plain() throws {
        let run = try spindle([
            "run", "shared-counter", "workers=2", "increments=2000", "lock=on", "speed=0", "--plain",
        ])
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(
            Array(lines.suffix(5)) == [
                "result expected=4000", "result actual=4000", "result lost=0", "result lost_watched=0",
                "result lost_full_speed=0",
            ])
        #expect(lines.contains { $0.contains(" ms  worker-1") })
        #expect(!run.output.contains("\u{1B}"))
    }

    @Test("--json prints only the results, as one JSON object")
    func json() throws {
        let run = try spindle(["run", "shared-counter", "increments=500", "lock=on", "speed=0", "--json"])
        #expect(run.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["demo"] as? String == "shared-counter")
        #expect(object["completed"] as? Bool == true)
        let results = try #require(object["results"] as? [String: Any])
        #expect(results["expected"] as? Int == 1000)
        #expect(results["lost"] as? Int == 0)
        let parameters = try #require(object["parameters"] as? [String: Any])
        #expect(parameters["lock"] as? Bool == true)
        #expect(parameters["increments"] as? Int == 500)
        #expect(parameters["speed"] as? Int == 0)
        #expect(run.output.contains("\"increments\":500"), "numbers are numbers, not strings")
    }

    @Test("--trace saves a trace that `replay --plain` narrates to the same results")
    func traceAndReplay() throws {
        let trace = state.path + "/run.jsonl"
        let chrome = state.path + "/run.json"
        let run = try spindle([
            "run", "shared-counter", "increments=300", "lock=on", "speed=0", "--plain",
            "--trace", trace, "--chrome-trace", chrome,
        ])
        #expect(run.status == 0)
        #expect(TraceSchemaConformance.problems(inFile: trace).isEmpty)
        let replay = try spindle(["replay", trace, "--plain"])
        #expect(replay.status == 0)
        #expect(
            replay.output.hasSuffix(
                "result expected=600\nresult actual=600\nresult lost=0\nresult lost_watched=0\nresult lost_full_speed=0\n"
            ))
        let chromeTrace = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: chrome)))
        #expect(((chromeTrace as? [String: Any])?["traceEvents"] as? [Any])?.isEmpty == false)
    }

    @Test("a run that reaches its time limit stops cleanly and says so before its results")
    func timeLimit() throws {
        let run = try spindle(["run", "shared-counter", "speed=0.01", "time_limit=1", "--plain"])
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n").map(String.init)
        let stop = try #require(lines.firstIndex { $0.hasPrefix("stopped early:") })
        #expect(lines[stop].contains("time limit"))
        #expect(lines[(stop + 1)...].allSatisfy { $0.hasPrefix("result ") })
        #expect(lines.suffix(1).first?.hasPrefix("result lost_full_speed=") == true)
    }

    @Test("--record without the animation is refused with the fix")
    func recordNeedsAnimation() throws {
        let run = try spindle(["run", "shared-counter", "--plain", "--record", state.path + "/x.cast"])
        #expect(run.status == 1)
        #expect(run.errors.contains("--record needs the animation"))
    }
}
