#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A listening TCP socket that hands each accepted connection to a callback: Twisted's
/// `reactor.listenTCP` port (asyncio's `start_server`).
///
/// Confined to the reactor thread. It keeps listening, and stays alive through the reactor's
/// reference, until ``close()``.
public final class TCPListener {
    /// The reactor that accepts connections.
    public let reactor: Reactor
    /// The port listened on; the one the kernel picked when created with port 0.
    public let port: Int
    private let fd: Int32
    private let onAccept: (TCPConnection) -> Void
    private var isListening = true
    /// Most connections accepted per reactor iteration, so a flood cannot starve other callbacks.
    private static let acceptBatch = 64

    /// Listens on `host:port` (port 0: any free port, see ``port``) and calls `onAccept` on the
    /// reactor thread with every new connection, already reading. Set its callbacks in `onAccept`.
    /// Throws ``SocketError`` if the address is invalid or taken. Reactor thread only.
    public init(
        reactor: Reactor, host: String = "127.0.0.1", port: Int = 0, backlog: Int = 128,
        onAccept: @escaping (TCPConnection) -> Void
    ) throws(SocketError) {
        let address = try TCPSocketCalls.address(host: host, port: port)
        let fd = try TCPSocketCalls.makeSocket()
        do throws(SocketError) {
            var one: Int32 = 1
            setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
            try TCPSocketCalls.bindSocket(fd, to: address)
            guard listen(fd, Int32(clamping: backlog)) == 0 else { throw SocketError.last("listen") }
            self.port = try TCPSocketCalls.localPort(of: fd)
        } catch {
            TCPSocketCalls.closeDescriptor(fd)
            throw error
        }
        self.reactor = reactor
        self.fd = fd
        self.onAccept = onAccept
        do {
            try reactor.addReader(fd) { [self] in acceptPending() }
        } catch {
            TCPSocketCalls.closeDescriptor(fd)
            throw error
        }
    }

    /// Only reached while listening if the reactor itself was released, taking its watch with it.
    deinit {
        if isListening { TCPSocketCalls.closeDescriptor(fd) }
    }

    /// Stops listening and closes the socket: Twisted's `stopListening`. Connections already
    /// accepted stay open. Calling it again does nothing.
    public func close() {
        guard isListening else { return }
        isListening = false
        reactor.removeReader(fd)
        TCPSocketCalls.closeDescriptor(fd)
    }

    private func acceptPending() {
        for _ in 0..<Self.acceptBatch {
            let client = accept(fd, nil, nil)
            guard client >= 0 else {
                if !TCPSocketCalls.wouldBlock(errno) && errno != ECONNABORTED { pause() }
                return
            }
            do {
                try TCPSocketCalls.configure(client)
            } catch {
                TCPSocketCalls.closeDescriptor(client)
                continue
            }
            let connection = TCPConnection(
                reactor: reactor, fd: client, peer: TCPSocketCalls.peerName(of: client), state: .connected)
            do {
                try connection.startReading()
            } catch {
                connection.abort()
                continue
            }
            onAccept(connection)
        }
    }

    /// Out of descriptors or memory: the listening socket stays readable, so with a level-triggered
    /// loop it would be retried in a busy spin. Stop watching it for a moment instead.
    private func pause() {
        reactor.removeReader(fd)
        reactor.callLater(0.1) { [self] in
            guard isListening else { return }
            try? reactor.addReader(fd) { [self] in acceptPending() }
        }
    }
}
