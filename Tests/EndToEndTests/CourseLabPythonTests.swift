import Foundation
import TestSupport
import Testing

/// Every lab program of the course is plain Python: python3 runs each unchanged, and each ends,
/// however CPython happens to schedule its threads on a few runs.
@Suite("Course lab programs under CPython", .serialized)
struct CourseLabPythonTests {
    static let folder = Repository.lessons + "/labs"

    static var programs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".py") }.sorted()
    }

    @Test("the course has its lab programs, and every `program:` of a lesson is one of them")
    func programsAreThere() throws {
        #expect(Self.programs.count >= 10, "\(Self.programs)")
        let lessons = try FileManager.default.contentsOfDirectory(atPath: Repository.lessons)
            .filter { $0.hasSuffix(".md") }
        var named: Set<String> = []
        for lesson in lessons {
            let text = try String(contentsOfFile: Repository.lessons + "/" + lesson, encoding: .utf8)
            for match in text.matches(of: /(?m)^program: labs\/(\S+\.py)$/) {
                named.insert(String(match.output.1))
            }
        }
        #expect(!named.isEmpty)
        #expect(named.subtracting(Self.programs).isEmpty, "\(named.subtracting(Self.programs))")
    }

    @Test(
        "python3 runs the lab program unchanged, and it ends",
        .enabled(if: Toolchain.hasPython3, "python3 is not installed"),
        arguments: programs)
    func runsUnderPython(program: String) throws {
        for run in 1...3 {
            // `timeout` ends a program that deadlocks, even if this test process dies first; a
            // session of its own lets the test see that nothing it started is left.
            let started = try ChildProcess.start(
                ["timeout", "--kill-after=5", "120", "python3", Self.folder + "/" + program],
                environment: ProcessInfo.processInfo.environment, newSession: true)
            let outcome = try started.wait()
            #expect(outcome.status != 124, "run \(run) of \(program) never ended")
            #expect(outcome.status == 0, "run \(run) of \(program): \(outcome.errors)")
            let left = ProcessTable.members(ofSession: started.pid)
            #expect(left.isEmpty, "run \(run) of \(program) left behind: \(left)")
        }
    }
}
