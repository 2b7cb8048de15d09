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
