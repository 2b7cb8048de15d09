import Testing

@testable import spindle

/// Which command lines start the fork server before anything else runs.
@Suite("Demo commands")
struct DemoCommandsTests {
    @Test("the tutor and run may run demos, also behind global options")
    func demoCommands() {
        #expect(DemoCommands.mayRunDemo([]))
        #expect(DemoCommands.mayRunDemo(["--plain"]))
        #expect(DemoCommands.mayRunDemo(["tutor"]))
        #expect(DemoCommands.mayRunDemo(["run", "shared-counter", "--plain"]))
        #expect(DemoCommands.mayRunDemo(["--lessons", "run", "run", "lock-race"]))
        #expect(DemoCommands.mayRunDemo(["--only-lessons=dir", "--no-color", "tutor"]))
    }

    @Test("listing, checking, replaying, help and the version run no demo")
    func otherCommands() {
        for arguments in [
            ["lessons"], ["lint", "Lessons"], ["replay", "run.jsonl"], ["demos"], ["show", "3"],
            ["lab", "lost-update"], ["trace", "script.py"], ["explore", "lab.py"],
            ["--lessons", "dir", "lessons"],
            ["--help"], ["-h"], ["--version"], ["help", "run"], ["run", "--help"],
            ["run", "lock-race", "-h"],
        ] {
            #expect(!DemoCommands.mayRunDemo(arguments), "\(arguments)")
        }
    }
}
