import Demos
import Testing

@Suite("Demo catalogue")
struct DemoCatalogTests {
    @Test("every demo has a name of its own")
    func namesAreUnique() {
        let names = DemoCatalog.descriptors.map(\.name)
        #expect(repeated(names).isEmpty, "demo names used twice: \(repeated(names))")
    }

    @Test(
        "each demo's parameters, its own and the common ones, have names of their own",
        arguments: DemoCatalog.descriptors.map(\.name))
    func parameterNamesAreUnique(demo: String) throws {
        let names = try #require(DemoCatalog.demo(named: demo)).descriptor.parameters.map(\.name)
        #expect(repeated(names).isEmpty, "parameters of `\(demo)` declared twice: \(repeated(names))")
    }

    /// The names that occur more than once, in sorted order.
    private func repeated(_ names: [String]) -> [String] {
        Dictionary(grouping: names) { $0 }.filter { $0.value.count > 1 }.keys.sorted()
    }
}
