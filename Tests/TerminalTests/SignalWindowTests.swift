import Terminal
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One window at a time exists in the process, so these run one after another. `raise` sends the
/// signal to the calling thread, which the open window has unblocked it in: the handler has run
/// before `raise` returns.
@Suite(.serialized) struct SignalWindowTests {
    @Test("a signal is taken once: the second take finds none")
    func takeReportsASignalOnce() throws {
        let window = try SignalWindow.open()
        defer { window.close() }
        raise(SIGINT)
        #expect(window.takeSignals() == .interrupt)
        #expect(window.takeSignals() == [])
    }

    @Test("signals that arrive between two takes are all reported by the second")
    func takeGathersEverySignalSinceTheLast() throws {
        let window = try SignalWindow.open()
        defer { window.close() }
        raise(SIGWINCH)
        raise(SIGTERM)
        raise(SIGWINCH)
        let signals = window.takeSignals()
        #expect(signals == [.resize, .terminate])
        #expect(signals.endingSignal == SIGTERM)
    }

    @Test("a pending signal wakes the wait at once; after the take, the wait runs out")
    func pendingSignalWakesTheWait() throws {
        let window = try SignalWindow.open()
        defer { window.close() }
        raise(SIGHUP)
        #expect(window.wait(for: nil, milliseconds: 0) == .signal)
        #expect(window.takeSignals() == .hangup)
        #expect(window.wait(for: nil, milliseconds: 0) == [])
    }

    @Test("a second window cannot open while one is open, and can once it is closed")
    func oneWindowAtATime() throws {
        let first = try SignalWindow.open()
        #expect(throws: TerminalError(code: EBUSY)) { try SignalWindow.open() }
        first.close()
        let second = try SignalWindow.open()
        second.close()
    }

    @Test("after close, a take reports nothing")
    func closedWindowTakesNothing() throws {
        let window = try SignalWindow.open()
        raise(SIGWINCH)
        window.close()
        #expect(window.takeSignals() == [])
    }
}
