/// Every demo Spindle can run, in the order of the lessons that use them.
///
/// Adding a demo is one file with its type and one line in ``all``; CONTRIBUTING.md's "Add a
/// demo" is the whole checklist (typed parameters, results, tests, the lesson that uses it).
public enum DemoCatalog {
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
