import Multiprocessing
import Threading
import Trace

/// Lesson 04: two processes talk over the two ends of one duplex `mp.Pipe()`. The main process
/// sends a ping, the other answers with a pong, and each `recv` waits for the other side: the
/// round trip is what a pipe costs.
public enum PipePingpongDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "pipe-pingpong",
        parameters: [rounds],
        results: [
            DemoResultSpec("round_trips"),
            DemoResultSpec("messages"),
            DemoResultSpec("round_trips_per_s"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let rounds: DemoParameterKey<Int> = .integer(
        "rounds", 1...500_000, default: 2_000)

    /// Rounds shown slowly and traced before the rest run at full speed.
    static let watchedRounds = 3
    /// Seconds a `recv` may wait beyond the time limit before the demo gives up on it.
    static let grace = 2.0

    public static func run(_ run: DemoRun) throws {
        let rounds = run[Self.rounds]
        let (parentEnd, childEnd) = try Pipe(name: "pipe", tracer: run.detailTracer)
        run.note(descriptor.text("note.pipe"))
        let ponger = Process(name: "ponger") {
            parentEnd.close()
            try answer(on: childEnd, run: run)
        }
        try ponger.start()
        // Closed here so the ponger's end is the only one left: if it dies, main's recv sees EOF.
        childEnd.close()
        // Reaped even when an exchange fails, so no ponger outlives the demo.
        defer { reap(ponger, run: run) }

        var answered = 0
        var fullSpeedStart: UInt64?
        for round in 1...rounds {
            if round == watchedRounds + 1 {
                run.detail?.close()
                run.note(descriptor.text("note.full-speed", ["rounds": "\(rounds - watchedRounds)"]))
                fullSpeedStart = MonotonicClock.now()
            }
            if run.stopIfOverTime() { break }
            try parentEnd.send(Message.ping(round))
            let reply = try parentEnd.recv(Message.self, timeout: run.remaining(plus: grace))
            guard reply == .pong(round) else {
                run.note(descriptor.text("note.wrong-reply", ["round": "\(round)", "reply": "\(reply)"]))
                break
            }
            answered = round
            if round <= watchedRounds { run.pause(0.8) }
        }
        let rate = fullSpeedStart.map { start in
            roundTripsPerSecond(answered - watchedRounds, since: start)
        }

        try parentEnd.send(Message.stop)
        let last = try parentEnd.recv(Message.self, timeout: run.remaining(plus: grace))
        guard case .received(let pings) = last else {
            throw ValueError(descriptor.text("error.ponger-answer", ["answer": "\(last)"]))
        }
        reap(ponger, run: run)
        run.report("round_trips", answered)
        run.report("messages", answered + pings)
        if rounds <= watchedRounds {
            run.note(descriptor.text("note.no-full-speed", ["rounds": "\(watchedRounds)"]))
        }
        run.report("round_trips_per_s", rate ?? 0)
    }

    /// The rate of `count` round trips made since `start`, rounded to a whole number.
    private static func roundTripsPerSecond(_ count: Int, since start: UInt64) -> Int {
        let seconds = Double(MonotonicClock.now() &- start) / 1e9
        guard count > 0, seconds > 0 else { return 0 }
        return Int((Double(count) / seconds).rounded())
    }

    /// The ponger: answers each ping with its pong until the stop, then says how many pings it got.
    private static func answer(on end: Connection, run: DemoRun) throws {
        var received = 0
        while true {
            let message = try end.recv(Message.self, timeout: run.remaining(plus: grace))
            guard case .ping(let round) = message else { break }
            received += 1
            if received <= watchedRounds { run.pause(0.4) }
            try end.send(Message.pong(round))
            if received == watchedRounds { run.detail?.close() }
        }
        try end.send(Message.received(received))
    }

    /// Waits for the ponger, terminating it if it is still running after the grace.
    private static func reap(_ process: Process, run: DemoRun) {
        guard (try? process.join(timeout: run.remaining(plus: grace))) != true else { return }
        process.terminate()
        _ = try? process.join(timeout: grace)
    }
}

extension PipePingpongDemo {
    /// What travels on the pipe, labelled as the stage shows it.
    enum Message: Codable, Equatable, CustomStringConvertible {
        /// Main's `round`-th message.
        case ping(Int)
        /// The ponger's answer to ping `round`.
        case pong(Int)
        /// Main has no more pings (Python's `None`).
        case stop
        /// The ponger's last word: how many pings it received.
        case received(Int)

        /// `ping 3`, `pong 3`, `None`, `received 2000`.
        var description: String {
            switch self {
            case .ping(let round): "ping \(round)"
            case .pong(let round): "pong \(round)"
            case .stop: "None"
            case .received(let count): "received \(count)"
            }
        }
    }
}
