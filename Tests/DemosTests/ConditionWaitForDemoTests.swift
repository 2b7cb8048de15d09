import Testing

@Suite("Demo: condition-wait-for")
struct ConditionWaitForDemoTests {
    @Test("with notify, every item is consumed exactly once", arguments: ["one", "all"])
    func everyItemOnce(wake: String) async throws {
        let run = try await runDemo("condition-wait-for", ["consumers=4", "items=20", "wake=\(wake)"])
        #expect(try run.number("items_consumed") == 20)
        #expect(try run.value("each_once") == "yes")
        #expect(try run.number("spurious_checks") <= run.number("woken"))
    }

    @Test("notify_all wakes consumers for nothing; notify wakes no more consumers than there are items")
    func notifyAllCostsChecks() async throws {
        let all = try await runDemo("condition-wait-for", ["speed=20", "consumers=3", "items=4", "wake=all"])
        #expect(try all.number("spurious_checks") > 0)
        let one = try await runDemo("condition-wait-for", ["speed=20", "consumers=3", "items=4", "wake=one"])
        #expect(try one.number("items_consumed") == 4)
        #expect(try one.number("woken") < all.number("woken"))
    }

    @Test("at full speed too, each item finds every consumer waiting: notify_all wakes two for nothing")
    func fullSpeedWakesForNothing() async throws {
        let all = try await runDemo("condition-wait-for", ["consumers=3", "items=6", "wake=all"])
        #expect(try all.number("items_consumed") == 6)
        #expect(try all.number("spurious_checks") >= 12)
    }
}
