import Demos
import Testing

@testable import spindle

/// A run that is not animated goes at full speed unless the student gives a speed.
@Suite("Demo launch pace")
struct DemoLaunchPaceTests {
    @Test("without a speed an unanimated run goes at full speed, keeping the words as typed")
    func fullSpeedByDefault() throws {
        let launch = try DemoLaunch.make(name: "lock-race", words: ["threads=3"], listing: "")
        #expect(launch.arguments[DemoDescriptor.speed] == 1)
        let unanimated = launch.unanimated
        #expect(unanimated.arguments[DemoDescriptor.speed] == 0)
        #expect(unanimated.words == ["threads=3"])
        #expect(unanimated.title == launch.title)
        let others = unanimated.arguments.values.filter { $0.key != DemoDescriptor.speed.name }
        #expect(others == launch.arguments.values.filter { $0.key != DemoDescriptor.speed.name })
    }

    @Test("a speed the student gives is kept, whatever its value")
    func givenSpeedKept() throws {
        for speed in ["1", "0.5", "2"] {
            let launch = try DemoLaunch.make(name: "lock-race", words: ["speed=" + speed], listing: "")
            #expect(launch.unanimated == launch)
        }
    }
}
