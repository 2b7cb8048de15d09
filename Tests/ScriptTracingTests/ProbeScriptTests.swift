import Foundation
import ScriptTracing
import TestSupport
import Testing

@Suite("The embedded probe")
struct ProbeScriptTests {
    @Test("the binary carries the probe in Python/ unchanged (run Tools/embed-probe.py after editing it)")
    func matchesTheFile() throws {
        let file = Repository.root.appendingPathComponent("Python/spindle_probe.py")
        let source = try String(contentsOf: file, encoding: .utf8)
        #expect(ProbeScript.source == source)
    }
}

@Suite("The probe's Python", .enabled(if: Toolchain.hasPython3, "python3 is not installed"))
struct ProbeGrammarTests {
    @Test("the probe is written in Python 3.9's grammar, the oldest Python it supports")
    func oldestGrammar() throws {
        let probe = Repository.root.appendingPathComponent("Python/spindle_probe.py").path
        let check = "import ast, sys; ast.parse(open(sys.argv[1]).read(), feature_version=(3, 9))"
        let outcome = try ChildProcess.run(
            ["/usr/bin/env", "python3", "-c", check, probe], environment: ProcessInfo.processInfo.environment)
        #expect(outcome.status == 0, "\(outcome.errors)")
    }
}
