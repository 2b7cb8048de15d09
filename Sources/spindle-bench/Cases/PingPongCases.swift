import Threading

/// Two threads handing a turn back and forth through a Condition, two Events or two
/// Semaphores, in each placement; each times its round trips (see ``RoundTripTimer``).
enum PingPongCases {
    static let targets: [BenchTarget] = [.python(atLeast: 1.5), .c(atLeast: 0.7)]

    /// Each primitive: its name in the case, what the turn goes through, and the case itself.
    private static let kinds:
        [(name: String, through: String, run: @Sendable (Int, Placement) throws -> CaseRun)] = [
            ("condition", "one Condition", conditionPingPong),
            ("event", "two Events", eventPingPong),
            ("semaphore", "two Semaphore(0)s", semaphorePingPong),
        ]

    static var all: [BenchCase] {
        Placement.available.flatMap { placement in
            kinds.map { kind in
                BenchCase.roundTrips(
                    "\(kind.name)_pingpong_2t" + placement.suffix, work: 30_000,
                    notes: "round trips between 2 threads through \(kind.through)"
                        + ThreadingCases.placementNote(placement),
                    targets: targets
                ) { n in
                    try kind.run(n, placement)
                }
            }
        }
    }

    private static func conditionPingPong(_ n: Int, _ placement: Placement) throws -> CaseRun {
        let condition = Condition(tracer: .disabled)
        let turn = PthreadLocked(0)
        let timer = RoundTripTimer()
        let figure = try rate(n) {
            try ThreadingCases.onTwoThreads(placement) { side in
                for index in 0..<n {
                    _ = condition.acquire()
                    _ = try condition.waitFor({ turn.withLock { $0 } == side }, timeout: 60)
                    // Side 0 has the turn from the start: the first time it gets it back ends
                    // round trip 0.
                    if side == 0, index > 0 { timer.ended(roundTrip: index - 1) }
                    turn.withLock { $0 = 1 - side }
                    try condition.notify()
                    try condition.release()
                }
            }
        }
        return CaseRun(figure, latency: timer.latency)
    }

    private static func eventPingPong(_ n: Int, _ placement: Placement) throws -> CaseRun {
        let events = [Event(tracer: .disabled), Event(tracer: .disabled)]
        let timer = RoundTripTimer()
        let figure = try rate(n) {
            try ThreadingCases.onTwoThreads(placement) { side in
                for index in 0..<n {
                    if side == 0 {
                        events[1].set()
                        _ = events[0].wait(timeout: 60)
                        events[0].clear()
                        timer.ended(roundTrip: index)
                    } else {
                        _ = events[1].wait(timeout: 60)
                        events[1].clear()
                        events[0].set()
                    }
                }
            }
        }
        return CaseRun(figure, latency: timer.latency)
    }

    private static func semaphorePingPong(_ n: Int, _ placement: Placement) throws -> CaseRun {
        let semaphores = [
            try Semaphore(value: 0, tracer: .disabled), try Semaphore(value: 0, tracer: .disabled),
        ]
        let timer = RoundTripTimer()
        let figure = try rate(n) {
            try ThreadingCases.onTwoThreads(placement) { side in
                for index in 0..<n {
                    if side == 0 {
                        try semaphores[1].release()
                        _ = semaphores[0].acquire(timeout: 60)
                        timer.ended(roundTrip: index)
                    } else {
                        _ = semaphores[1].acquire(timeout: 60)
                        try semaphores[0].release()
                    }
                }
            }
        }
        return CaseRun(figure, latency: timer.latency)
    }
}
