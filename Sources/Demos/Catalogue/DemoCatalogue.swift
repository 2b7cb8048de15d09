/// Every demo Spindle can run.
///
/// To add a demo:
/// 1. Write one type conforming to ``Demo`` in a file of its own, `Sources/Demos/<Topic>/<Name>Demo.swift`.
///    Its ``DemoDescriptor`` gives the name typed after `run` (kebab-case), a one-line summary, its own
///    parameters with their ranges and defaults (`speed` and `time_limit` are added for it), every
///    result it reports (snake_case, with the values it takes where it can say) and the stage views
///    it is about. Its `run(_:)` reports each declared result with ``DemoRun/report(_:_:)`` and
///    stops early when ``DemoRun/isOverTime``.
/// 2. A result a prediction grades must not depend on the machine, or the demo reports it with
///    ``DemoRun/reportNotMeasured(_:because:)`` when it would: see "A graded result must not depend
///    on the machine" in docs/lesson-format.md.
/// 3. Add `<Name>Demo.self` to ``all`` below, where the lessons that use it come.
/// 4. Use it in a lesson with a `demo NAME key=value ...` block (docs/lesson-format.md), and run
///    `spindle lint`: a demo no lesson uses fails `CourseDemoTests`.
/// 5. Test what it reports in `Tests/DemosTests/<Name>DemoTests.swift` with `runDemo`.
/// 6. Run `swift test --filter DemosTests` and `swift test --filter CourseDemoTests`.
public enum DemoCatalogue {
    /// The demos, in the order of the lessons that use them.
    public static var all: [any Demo.Type] {
        [
            ForkBasicsDemo.self,
            ForkTreeDemo.self,
            ForkIsolationDemo.self,
            ProcessStartJoinDemo.self,
            TargetCallPitfallDemo.self,
            ProcessQueueDemo.self,
            PipePingpongDemo.self,
            PipeCorruptionDemo.self,
            SharedMemoryDemo.self,
            SharedCounterDemo.self,
            PoolApplyDemo.self,
            PoolMapImapDemo.self,
            PoolWithTerminateDemo.self,
            ThreadsVsProcessesDemo.self,
            ThreadStylesDemo.self,
            DaemonThreadsDemo.self,
            BlockingVsAsyncDemo.self,
            ConcurrencyVsParallelismDemo.self,
            CoroutinesVsThreadsDemo.self,
            LockRaceDemo.self,
            RLockReentryDemo.self,
            ConditionWaitForDemo.self,
            SemaphorePoolDemo.self,
            EventTrafficLightDemo.self,
            TimerDemo.self,
            ProducerConsumerDemo.self,
            PriorityQueueDemo.self,
            ThreadPoolSubmitMapDemo.self,
            GILDemo.self,
            EventLoopDemo.self,
            CrawlerDemo.self,
        ]
    }

    /// The demo with this name.
    public static func demo(named name: String) -> (any Demo.Type)? {
        all.first { $0.descriptor.name == name }
    }

    /// Every demo's descriptor, in catalogue order.
    public static var descriptors: [DemoDescriptor] {
        all.map { $0.descriptor }
    }
}
