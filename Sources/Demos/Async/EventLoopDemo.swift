import EventLoop
import Threading
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lesson 16: Twisted's mental model. One reactor thread runs a loopback echo server, its
/// clients (each a chain of Deferreds) and a row of `callLater` timers, switching between them
/// only when a callback returns. With `block` > 0, one callback calls `time.sleep` and everything
/// else waits for it: timers fire late and echoes stall.
public enum EventLoopDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "event-loop",
        parameters: [clients, messages, timers, block],
        results: [
            DemoResultSpec("timers_fired"),
            DemoResultSpec("connections_served"),
            DemoResultSpec("messages_echoed"),
            DemoResultSpec("threads_used"),
            DemoResultSpec("max_timer_lateness_ms"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let clients: DemoParameterKey<Int> = .integer(
        "clients", 1...50, default: 4)
    static let messages: DemoParameterKey<Int> = .integer(
        "messages", 1...20, default: 3)
    static let timers: DemoParameterKey<Int> = .integer(
        "timers", 1...100, default: 8)
    static let block: DemoParameterKey<Double> = .decimal(
        "block", 0...5, default: 0)

    /// Callbacks narrated before the rest run without narration.
    static let narratedCallbacks = 60

    public static func run(_ run: DemoRun) throws {
        let loop = try EventLoopRun(run)
        try loop.start()
        let finished = loop.reactor.run(timeout: max(0.1, run.remaining))
        loop.closeEverything()
        if !finished {
            run.stopEarly(because: descriptor.text("stop.unfinished"))
        }
        run.report("timers_fired", loop.timersFired)
        run.report("connections_served", loop.served)
        run.report("messages_echoed", loop.echoed)
        run.report("threads_used", loop.threadsSeen.count)
        run.report("max_timer_lateness_ms", (loop.maxLateness * 10_000).rounded() / 10)
    }
}

/// The state of one run, confined to the reactor thread like everything the reactor touches.
private final class EventLoopRun {
    let run: DemoRun
    let reactor: Reactor
    let clients: Int
    let messages: Int
    let timers: Int
    let block: Double
    /// Seconds between a client's lines and between timers: slow enough to watch at speed 1.
    let spacing: Double
    private(set) var timersFired = 0
    private(set) var served = 0
    private(set) var echoed = 0
    private(set) var clientsDone = 0
    private(set) var maxLateness = 0.0
    private(set) var threadsSeen = Set<UInt>()
    private var listener: TCPListener?
    private var connections: [TCPConnection] = []
    private var narrated = 0

    init(_ run: DemoRun) throws {
        self.run = run
        clients = run[EventLoopDemo.clients]
        messages = run[EventLoopDemo.messages]
        timers = run[EventLoopDemo.timers]
        block = run[EventLoopDemo.block]
        spacing = run.isFullSpeed ? 0.002 : 0.4 / run.speed
        reactor = try Reactor(tracer: run.detailTracer)
    }

    /// Sets up the server, the timers and the clients; nothing runs until the reactor does.
    func start() throws {
        let listener = try TCPListener(reactor: reactor) { [self] connection in
            callback()
            connections.append(connection)
            narrate("note.accepted", ["peer": "\(connection.peer)"])
            connection.onDataReceived = { [self] bytes in
                callback()
                connection.write(bytes)
            }
            connection.onConnectionLost = { [self] reason in
                callback()
                if reason == nil { served += 1 }
                finishIfDone()
            }
        }
        self.listener = listener
        run.note(
            text(
                "note.listening",
                ["port": "\(listener.port)", "clients": "\(clients)", "timers": "\(timers)"]))
        scheduleTimers()
        for number in 1...clients {
            reactor.callLater(Double(number - 1) * spacing / 2) { [self] in
                connectClient(number, port: listener.port)
            }
        }
    }

    /// Stops listening and closes every connection still open (after a time-limit stop).
    func closeEverything() {
        listener?.close()
        for connection in connections { connection.abort() }
        connections = []
    }

    private func scheduleTimers() {
        var deadlines = [Double](repeating: 0, count: timers)
        for index in 0..<timers {
            let delay = Double(index + 1) * spacing
            if block > 0 && index == timers / 2 {
                // Scheduled first for the same moment, so it runs just before this timer.
                reactor.callLater(delay) { [self] in
                    callback()
                    run.note(text("note.sleeping-callback", ["seconds": "\(DemoValue.decimal(block))"]))
                    Time.sleep(min(block, run.remaining))
                }
            }
            let call = reactor.callLater(delay) { [self] in
                callback()
                let lateness = reactor.now - deadlines[index]
                maxLateness = max(maxLateness, lateness)
                timersFired += 1
                narrate(
                    "note.timer-fired",
                    [
                        "number": "\(index + 1)",
                        "lateness": DurationText.format(nanoseconds: UInt64(lateness * 1e9)),
                    ])
                finishIfDone()
            }
            deadlines[index] = call.time
        }
    }

    /// One client as a Twisted-style chain: connect, then talk, then log; errors skip to the errback.
    private func connectClient(_ number: Int, port: Int) {
        callback()
        TCPConnection.connect(reactor: reactor, host: "127.0.0.1", port: port, timeout: 10)
            .addCallback { [self] (connection: TCPConnection) -> Deferred<Void> in
                connections.append(connection)
                narrate("note.client-connected", ["number": "\(number)"])
                return converse(connection, client: number)
            }
            .addCallback { [self] in
                narrate("note.client-done", ["number": "\(number)", "messages": "\(messages)"])
            }
            .addErrback { [self] error in
                run.note(text("note.client-failed", ["number": "\(number)", "error": "\(error)"]))
            }
            .addBoth { [self] _ in
                clientsDone += 1
                finishIfDone()
            }
    }

    /// Sends the client's lines one at a time, each after the echo of the one before; fires once
    /// the last echo is back and the connection is closing.
    private func converse(_ connection: TCPConnection, client: Int) -> Deferred<Void> {
        let done = Deferred<Void>()
        var expected: [UInt8] = []
        var received: [UInt8] = []
        var sent = 0
        func sendNext() {
            guard sent < messages else {
                connection.close()
                try? done.callback(())
                return
            }
            sent += 1
            expected = Array("client-\(client) line \(sent)\n".utf8)
            received = []
            connection.write(expected)
        }
        connection.onDataReceived = { [self] bytes in
            callback()
            received += bytes
            guard received.count >= expected.count else { return }
            if received == expected {
                echoed += 1
                narrate("note.line-back", ["number": "\(client)", "line": "\(sent)"])
            }
            reactor.callLater(spacing) { sendNext() }
        }
        connection.onConnectionLost = { [self] reason in
            try? done.errback(reason ?? ConnectionLostError(reason: text("error.server-closed")))
        }
        sendNext()
        return done.addTimeout(10 + Double(messages) * spacing, reactor: reactor)
    }

    private func finishIfDone() {
        if timersFired == timers && clientsDone == clients && served == clients { reactor.stop() }
    }

    /// Notes which thread runs the callback: the lesson's claim is that it is always the same one.
    private func callback() {
        threadsSeen.insert(Self.currentThread)
    }

    /// Narrates a callback with the demo's message `what`, the first
    /// ``EventLoopDemo/narratedCallbacks`` only.
    private func narrate(_ what: String, _ arguments: KeyValuePairs<String, String>) {
        narrated += 1
        if narrated <= EventLoopDemo.narratedCallbacks {
            run.detailTracer.record(actor: TraceContext.currentActor, .note(text(what, arguments)))
        }
        if narrated == EventLoopDemo.narratedCallbacks {
            run.note(text("note.unnarrated"))
            run.detail?.close()
        }
    }

    /// The demo's message `what` in the language it was started in.
    private func text(_ what: String, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        EventLoopDemo.descriptor.text(what, arguments)
    }

    private static var currentThread: UInt {
        #if canImport(Glibc)
        UInt(pthread_self())
        #else
        UInt(bitPattern: pthread_self())
        #endif
    }
}
