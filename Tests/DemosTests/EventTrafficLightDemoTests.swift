import Testing
import Trace

@Suite("Demo: event-traffic-light")
struct EventTrafficLightDemoTests {
    @Test("every car crosses, and only on green")
    func allCrossOnGreen() async throws {
        let run = try await runDemo("event-traffic-light", ["cars=8"])
        #expect(try run.number("cars") == 8)
        #expect(try run.number("passed_on_green") == 8)
        #expect(try run.number("passed_on_red") == 0)
        #expect(try run.number("light_changes") >= 1)
    }

    @Test("the junction lock that makes looking and crossing one step is on the stage: nothing is hidden")
    func junctionIsTraced() async throws {
        let run = try await runDemo("event-traffic-light", ["cars=3"])
        let junction = run.events.compactMap { event -> ResourceID? in
            if case .declareResource(let resource) = event.kind, resource.name == "junction" {
                return resource.id
            }
            return nil
        }
        #expect(junction.count == 1)
        let takers = Set(
            run.events.compactMap { event -> ActorID? in
                if case .operation(let id, .acquire) = event.kind, junction.contains(id) {
                    return event.actor
                }
                return nil
            })
        // The controller and every car take it.
        #expect(takers.count == 4)
    }

    @Test("paced, cars arriving on red see wait(timeout) return False before the light turns green")
    func redTimeouts() async throws {
        let run = try await runDemo("event-traffic-light", ["speed=10", "cars=3", "red=3", "green=1"])
        #expect(try run.number("passed_on_green") == 3)
        #expect(try run.number("red_timeouts") > 0)
    }
}
