#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One non-blocking TCP stream driven by a ``Reactor``: Twisted's TCP transport and protocol
/// callbacks in one object (asyncio's `Transport`/`Protocol` pair).
///
/// Data arrives through ``onDataReceived`` in whatever pieces the network delivers; `write`
/// only buffers, and the reactor sends when the socket is writable, so writing never blocks.
/// The end of the connection, clean or not, is reported once through ``onConnectionLost``, in a
/// later reactor iteration than the call that caused it.
///
/// Confined to the reactor thread. A connection stays alive while the reactor watches it, that is
/// until it is lost or closed; the callbacks are dropped then, which breaks reference cycles.
public final class TCPConnection {
    enum State {
        case connecting, connected, closing, closed
    }

    /// The reactor that drives the connection.
    public let reactor: Reactor
    /// The other end, as `host:port`.
    public let peer: String
    /// Called with each chunk of received bytes: Twisted's `dataReceived`.
    public var onDataReceived: (([UInt8]) -> Void)?
    /// Called once when the connection ends: Twisted's `connectionLost`. The error is nil for a
    /// clean end (the peer closed, or ``close()`` finished; Twisted's `ConnectionDone`).
    public var onConnectionLost: (((any Error)?) -> Void)?

    private let fd: Int32
    private var state: State
    private var outgoing: [UInt8] = []
    private var sentCount = 0
    private var isWatchingWrites = false

    init(reactor: Reactor, fd: Int32, peer: String, state: State) {
        self.reactor = reactor
        self.fd = fd
        self.peer = peer
        self.state = state
    }

    /// Only reached while open if the reactor itself was released, taking its watch with it.
    deinit {
        if state != .closed { TCPSocketCalls.closeDescriptor(fd) }
    }

    /// Whether data can still be written: connected and not closing.
    public var isConnected: Bool { state == .connected }

    /// Connects to `host:port` without blocking: Twisted's `connectTCP`, asyncio's `open_connection`.
    ///
    /// Fires with the connection once established, or fails with ``ConnectionRefusedError``,
    /// ``ReactorTimeoutError`` (after `timeout` seconds; nil waits as long as the kernel does) or
    /// ``SocketError``. `host` must be an IPv4 literal or `localhost`: resolving names would block.
    /// Always fires in a later iteration, never inside this call. Reactor thread only.
    public static func connect(
        reactor: Reactor, host: String, port: Int, timeout: Double? = 30
    ) -> Deferred<TCPConnection> {
        let deferred = Deferred<TCPConnection>()
        let target = "\(host):\(port)"
        do {
            let address = try TCPSocketCalls.address(host: host, port: port)
            let fd = try TCPSocketCalls.makeSocket()
            let code = TCPSocketCalls.startConnect(fd, to: address)
            guard code == 0 || code == EINPROGRESS else {
                TCPSocketCalls.closeDescriptor(fd)
                throw connectError(code, target: target)
            }
            let connection = TCPConnection(reactor: reactor, fd: fd, peer: target, state: .connecting)
            try connection.completeConnect(deferred, timeout: timeout)
        } catch {
            reactor.callSoon { try? deferred.errback(error) }
        }
        return deferred
    }

    /// Queues `bytes` for sending: Twisted's `transport.write`. Ignored once the connection is
    /// closing or closed, as in Twisted.
    public func write(_ bytes: [UInt8]) {
        guard state == .connected, !bytes.isEmpty else { return }
        outgoing.append(contentsOf: bytes)
        watchWrites()
    }

    /// Queues the UTF-8 bytes of `text` for sending.
    public func write(_ text: String) {
        write(Array(text.utf8))
    }

    /// Closes once everything written has been sent: Twisted's `loseConnection`.
    /// ``onConnectionLost`` then reports a clean end.
    public func close() {
        switch state {
        case .connected:
            state = .closing
            watchWrites()
        case .connecting:
            finish(nil)
        case .closing, .closed:
            return
        }
    }

    /// Closes now, dropping unsent data: Twisted's `abortConnection`. ``onConnectionLost``
    /// reports a ``ConnectionLostError``.
    public func abort() {
        finish(ConnectionLostError(reason: "connection aborted"))
    }

    /// Starts delivering received data; called once the connection is established.
    func startReading() throws(SocketError) {
        try reactor.addReader(fd) { [self] in receive() }
    }

    private func completeConnect(_ deferred: Deferred<TCPConnection>, timeout: Double?) throws(SocketError) {
        let timer = timeout.map { seconds in
            reactor.callLater(seconds) { [self] in
                guard state == .connecting else { return }
                finish(nil)
                try? deferred.errback(ReactorTimeoutError(operation: "connect to \(peer)", seconds: seconds))
            }
        }
        do {
            // Writable means the handshake ended, either way; SO_ERROR tells which.
            try reactor.addWriter(fd) { [self] in
                reactor.removeWriter(fd)
                timer?.cancel()
                let code = TCPSocketCalls.pendingError(of: fd)
                guard code == 0 else {
                    finish(nil)
                    try? deferred.errback(Self.connectError(code, target: peer))
                    return
                }
                do {
                    try startReading()
                } catch {
                    finish(nil)
                    try? deferred.errback(error)
                    return
                }
                state = .connected
                try? deferred.callback(self)
            }
        } catch {
            timer?.cancel()
            TCPSocketCalls.closeDescriptor(fd)
            state = .closed
            throw error
        }
    }

    private static func connectError(_ code: Int32, target: String) -> any Error {
        code == ECONNREFUSED
            ? ConnectionRefusedError(address: target)
            : SocketError(operation: "connect to \(target)", code: code)
    }

    private func receive() {
        let buffer = reactor.receiveBuffer
        let count = read(fd, buffer.baseAddress, buffer.count)
        if count > 0 {
            onDataReceived?(Array(UnsafeRawBufferPointer(rebasing: buffer[..<count])))
        } else if count == 0 {
            finish(nil)
        } else if !TCPSocketCalls.wouldBlock(errno) {
            finish(TCPSocketCalls.lostError(errno, operation: "recv"))
        }
    }

    private func watchWrites() {
        guard !isWatchingWrites else { return }
        do {
            try reactor.addWriter(fd) { [self] in flush() }
            isWatchingWrites = true
        } catch {
            finish(error)
        }
    }

    private func flush() {
        while sentCount < outgoing.count {
            let count = outgoing.withUnsafeBytes {
                TCPSocketCalls.send(fd, UnsafeRawBufferPointer(rebasing: $0[sentCount...]))
            }
            guard count >= 0 else {
                if !TCPSocketCalls.wouldBlock(errno) {
                    finish(TCPSocketCalls.lostError(errno, operation: "send"))
                }
                return
            }
            sentCount += count
        }
        outgoing.removeAll(keepingCapacity: true)
        sentCount = 0
        reactor.removeWriter(fd)
        isWatchingWrites = false
        if state == .closing { finish(nil) }
    }

    /// Releases the descriptor and reports the end once, in the next iteration.
    private func finish(_ reason: (any Error)?) {
        guard state != .closed else { return }
        let wasOpen = state != .connecting
        reactor.removeReader(fd)
        reactor.removeWriter(fd)
        TCPSocketCalls.closeDescriptor(fd)
        state = .closed
        outgoing = []
        let lost = onConnectionLost
        onDataReceived = nil
        onConnectionLost = nil
        if wasOpen, let lost { reactor.callSoon { lost(reason) } }
    }
}
