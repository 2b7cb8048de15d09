import Demos
import Lessons
import TestSupport
import Testing

@testable import spindle

/// Every demo the course names runs, in plain mode, with the lesson's own parameters at full
/// speed, and ends with a result line for each result it declares.
@Suite("Course demos")
struct CourseDemoTests {
    static let blocks: [DemoBlock] = {
        let library = LessonLibrary.load(paths: [Repository.lessons], catalog: CatalogDemoSignatures.current)
        return library.lessons.flatMap { lesson in
            lesson.pages.flatMap { page in
                page.elements.compactMap { element -> DemoBlock? in
                    if case .demo(let block) = element { return block }
                    return nil
                }
            }
        }
    }()

    @Test("the course has demos and every catalogue demo is used by a lesson")
    func everyDemoTaught() {
        let used = Set(Self.blocks.map(\.name))
        #expect(!used.isEmpty)
        #expect(DemoCatalog.descriptors.map(\.name).filter { !used.contains($0) } == [])
    }

    @Test(
        "each lesson demo runs in plain mode and reports every declared result",
        arguments: blocks.map { block in
            ([block.name] + block.arguments.map { "\($0.name)=\($0.value)" }).joined(separator: " ")
        })
    func runs(call: String) throws {
        let state = try TemporaryFolder()
        let words = call.split(separator: " ").map(String.init)
        let outcome = try SpindleBinary.run(
            ["run"] + words + ["speed=0", "--plain"], stateFolder: state.path)
        #expect(outcome.status == 0, "\(call): \(outcome.errors)")
        let descriptor = try #require(DemoCatalog.demo(named: words[0])?.descriptor)
        let lines = outcome.output.split(separator: "\n").map(String.init)
        let resultLines = Array(lines.suffix(descriptor.results.count))
        #expect(
            resultLines.map { $0.split(separator: "=").first.map(String.init) }
                == descriptor.results.map { "result \($0.name)" })
        #expect(!outcome.output.contains("\u{1B}"))
    }
}
