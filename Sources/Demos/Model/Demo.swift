/// A live demo: a small program on Spindle's primitives that a lesson runs while the stage
/// watches. Each demo is one type in one file, listed in ``DemoCatalogue``.
///
/// The body runs in its own process, started by the fork server, so it may fork, and stopping
/// it stops everything it started. It reports what it measured with ``DemoRun/report(_:_:)``.
public protocol Demo {
    /// Its name, parameters and results.
    static var descriptor: DemoDescriptor { get }

    /// The demo's body. `run` carries the parameters, the pace and the time limit; a demo that
    /// sees ``DemoRun/isOverTime`` stops early and reports what it has.
    static func run(_ run: DemoRun) throws
}
