import Testing

@testable import EventLoop

@Suite struct EventLoopTCPTests {
    @Test(arguments: eventLoopBackends)
    func echoOverLoopback(backend: Reactor.Backend) throws {
        let reactor = try Reactor(backend: backend)
        var serverLog: [String] = []
        let listener = try TCPListener(reactor: reactor) { connection in
            connection.onDataReceived = { bytes in
                serverLog.append("got \(String(decoding: bytes, as: UTF8.self))")
                connection.write(bytes)
                connection.close()
            }
            connection.onConnectionLost = { reason in serverLog.append(reason == nil ? "closed" : "lost") }
        }
        defer { listener.close() }
        var echoed: [UInt8] = []
        var clientEnd: String?
        TCPConnection.connect(reactor: reactor, host: "127.0.0.1", port: listener.port).addCallback {
            connection in
            #expect(connection.isConnected)
            connection.onDataReceived = { echoed += $0 }
            connection.onConnectionLost = { reason in
                clientEnd = reason == nil ? "clean" : "\(reason!)"
                reactor.stop()
            }
            connection.write("hello")
        }
        #expect(reactor.run(timeout: 10))
        #expect(String(decoding: echoed, as: UTF8.self) == "hello")
        #expect(clientEnd == "clean")
        #expect(serverLog.first == "got hello")
    }

    @Test func connectingToAClosedPortIsRefused() throws {
        let reactor = try Reactor()
        let listener = try TCPListener(reactor: reactor) { _ in }
        let port = listener.port
        listener.close()
        var failure: (any Error)?
        TCPConnection.connect(reactor: reactor, host: "127.0.0.1", port: port).addErrback { error in
            failure = error
            reactor.stop()
            throw error
        }
        #expect(reactor.run(timeout: 10))
        let refused = try #require(failure as? ConnectionRefusedError)
        #expect(refused.address == "127.0.0.1:\(port)")
    }

    @Test func hostNamesOtherThanLocalhostAreRejected() throws {
        let reactor = try Reactor()
        var failure: (any Error)?
        TCPConnection.connect(reactor: reactor, host: "example.com", port: 80).addErrback { error in
            failure = error
            throw error
        }
        #expect(reactor.runUntilIdle(timeout: 10))
        #expect(failure is SocketError)
    }

    @Test func largeWritesAreBufferedAndDelivered() throws {
        let reactor = try Reactor()
        let payload = (0..<2_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var received: [UInt8] = []
        let listener = try TCPListener(reactor: reactor) { connection in
            connection.onDataReceived = { received += $0 }
            connection.onConnectionLost = { _ in reactor.stop() }
        }
        defer { listener.close() }
        TCPConnection.connect(reactor: reactor, host: "localhost", port: listener.port).addCallback {
            connection in
            connection.write(payload)
            connection.close()
        }
        #expect(reactor.run(timeout: 30))
        #expect(received == payload)
    }
}
