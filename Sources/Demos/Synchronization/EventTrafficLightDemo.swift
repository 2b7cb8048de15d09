import Synchronization
import Threading

/// Lesson 12: an `Event` as a traffic light. The controller turns it green with `set()` and red
/// with `clear()`; cars wait with `light.wait(timeout=...)`, which returns False while the light
/// stays red. `wait()` returning True means only that the light was set at some moment during
/// the wait: it may be red again already. So a car crosses holding the `junction` lock, under
/// which the controller changes the light, after looking again with `is_set()`, as the lesson's
/// Python does; that, not the event, keeps cars from crossing on red, however busy the machine.
public enum EventTrafficLightDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "event-traffic-light",
        parameters: [cars, green, red],
        results: [
            DemoResultSpec("cars"),
            DemoResultSpec("passed_on_green"),
            DemoResultSpec("passed_on_red"),
            DemoResultSpec("light_changes"),
            DemoResultSpec("red_timeouts"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let cars: DemoParameterKey<Int> = .integer(
        "cars", 1...10, default: 5)
    static let green: DemoParameterKey<Double> = .decimal(
        "green", 0.5...10, default: 2)
    static let red: DemoParameterKey<Double> = .decimal(
        "red", 0.5...10, default: 2.5)

    /// Light changes after which the controller gives up even if cars are still waiting.
    static let maximumChanges = 2_000

    public static func run(_ run: DemoRun) throws {
        let cars = run[Self.cars]
        let greenSeconds = run[Self.green]
        let redSeconds = run[Self.red]
        let pace = run.pace
        let light = Event(name: "light")
        // Makes "look at the light and cross" one step with respect to the light changing.
        let junction = Lock(name: "junction")
        let tally = Tally()
        // How long a car waits before looking up again: a second at the pace of the stage, a
        // moment at full speed.
        let patience = pace.isFullSpeed ? 0.005 : 1 / pace.speed
        run.note(descriptor.text("note.plan"))

        let threads = (1...cars).map { number in
            Thread(name: "car-\(number)") {
                pace.pause(0.7 * Double(number - 1))
                while !pace.isOverTime {
                    guard light.wait(timeout: min(patience, max(pace.remaining, 0.001))) else {
                        tally.redTimeouts.add(1, ordering: .relaxed)
                        continue
                    }
                    let crossed = junction.withLock { () -> Bool in
                        // The light may have turned red since wait() returned; a careful car
                        // looks again before it moves.
                        guard light.isSet else { return false }
                        // Counted by what the controller last showed, not by the event, so a
                        // car moving on a stale or wrong flag would show up as crossing on red.
                        if tally.showsGreen.load(ordering: .relaxed) {
                            tally.passedOnGreen.add(1, ordering: .relaxed)
                        } else {
                            tally.passedOnRed.add(1, ordering: .relaxed)
                        }
                        return true
                    }
                    if crossed { return }
                }
            }
        }
        for thread in threads { try thread.start() }
        var changes = 0
        while tally.passed < cars, changes < maximumChanges, !run.stopIfOverTime() {
            let showingRed = changes % 2 == 0
            phase(red: showingRed, seconds: showingRed ? redSeconds : greenSeconds, pace: pace)
            junction.withLock {
                let green = changes % 2 == 0
                if green { light.set() } else { light.clear() }
                tally.showsGreen.store(green, ordering: .relaxed)
            }
            changes += 1
        }
        for thread in threads { try thread.join(timeout: pace.remaining(plus: 1)) }
        if tally.passed < cars && changes >= maximumChanges {
            run.stopEarly(because: descriptor.text("stop.never-crossed", ["changes": "\(changes)"]))
        }

        run.report("cars", cars)
        run.report("passed_on_green", tally.passedOnGreen.load(ordering: .relaxed))
        run.report("passed_on_red", tally.passedOnRed.load(ordering: .relaxed))
        run.report("light_changes", changes)
        run.report("red_timeouts", tally.redTimeouts.load(ordering: .relaxed))
    }

    /// Keeps the light as it is for `seconds` at the stage's pace; at full speed for a moment
    /// only, long enough for waiting cars to notice a green light.
    private static func phase(red: Bool, seconds: Double, pace: ThreadPace) {
        if pace.isFullSpeed {
            Time.sleep(red ? 0.001 : 0.002)
        } else {
            pace.pause(seconds)
        }
    }
}

/// What the cars did, counted as they do it.
private final class Tally: Sendable {
    /// The colour the controller last switched the light to.
    let showsGreen = Atomic<Bool>(false)
    let passedOnGreen = Atomic<Int>(0)
    let passedOnRed = Atomic<Int>(0)
    let redTimeouts = Atomic<Int>(0)

    var passed: Int {
        passedOnGreen.load(ordering: .relaxed) + passedOnRed.load(ordering: .relaxed)
    }
}
