import Testing

@testable import EventLoop

@Suite struct EventLoopHTTPTests {
    /// Runs `get` on a fresh reactor with a server built by `makeServer`, returning the outcome.
    private func fetch(
        path: String = "/", headers: [String: String] = [:], clientTimeout: Double = 10,
        maxResponseBytes: Int = 1 << 20,
        makeServer: (Reactor) throws -> HTTPServer
    ) throws -> Result<HTTPResponse, any Error> {
        let reactor = try Reactor()
        let server = try makeServer(reactor)
        defer { server.close() }
        let client = HTTPClient(reactor: reactor, timeout: clientTimeout, maxResponseBytes: maxResponseBytes)
        var outcome: Result<HTTPResponse, any Error>?
        client.get(host: "127.0.0.1", port: server.port, path: path, headers: headers).addBoth { result in
            outcome = result
            reactor.stop()
        }
        #expect(reactor.run(timeout: 20))
        return try #require(outcome)
    }

    @Test func getReturnsTheBodyWithServerAndClientOnOneThread() throws {
        var handlerOnReactor = false
        let response = try fetch(path: "/pages/1", headers: ["X-Probe": "yes"]) { reactor in
            try HTTPServer(reactor: reactor) { request in
                handlerOnReactor = reactor.isReactorThread
                return HTTPResponse(
                    headers: ["X-Echo": request.header("x-probe") ?? "missing"],
                    body: "\(request.method) \(request.path)")
            }
        }.get()
        #expect(handlerOnReactor)
        #expect(response.status == 200)
        #expect(response.reason == "OK")
        #expect(response.text == "GET /pages/1")
        #expect(response.header("x-echo") == "yes")
        #expect(response.header("content-length") == "12")
    }

    @Test func delayedResponsesArriveAfterTheDelay() throws {
        var sent = 0.0
        var received = 0.0
        let response = try fetch { reactor in
            try HTTPServer(
                reactor: reactor,
                deferredHandler: { _ in
                    let later = Deferred<HTTPResponse>()
                    sent = reactor.now
                    reactor.callLater(0.02) { try? later.callback(HTTPResponse(status: 404, body: "gone")) }
                    return later.addCallback { response in
                        received = reactor.now
                        return response
                    }
                })
        }.get()
        #expect(response.status == 404)
        #expect(response.text == "gone")
        #expect(received - sent >= 0.02)
    }

    @Test func concurrentGetsGatherInOrder() throws {
        let reactor = try Reactor()
        let server = try HTTPServer(
            reactor: reactor,
            deferredHandler: { request in
                let page = Int(request.path.dropFirst()) ?? 0
                let response = Deferred<HTTPResponse>()
                // Later pages answer first, so the gathered order must come from the request order.
                reactor.callLater(Double(5 - page) * 0.002) {
                    try? response.callback(HTTPResponse(body: "page \(page)"))
                }
                return response
            })
        defer { server.close() }
        let client = HTTPClient(reactor: reactor)
        var bodies: [String] = []
        gatherResults((0..<5).map { client.get(host: "127.0.0.1", port: server.port, path: "/\($0)") })
            .addBoth { result in
                bodies = (try? result.get().map(\.text)) ?? ["failed"]
                reactor.stop()
            }
        #expect(reactor.run(timeout: 20))
        #expect(bodies == (0..<5).map { "page \($0)" })
    }

    @Test func aRefusedConnectionFailsTheRequest() throws {
        let reactor = try Reactor()
        let listener = try TCPListener(reactor: reactor) { _ in }
        let port = listener.port
        listener.close()
        var failure: (any Error)?
        HTTPClient(reactor: reactor).get(host: "127.0.0.1", port: port, path: "/").addErrback { error in
            failure = error
            reactor.stop()
            throw error
        }
        #expect(reactor.run(timeout: 10))
        #expect(failure is ConnectionRefusedError)
    }

    @Test func aSilentServerTimesTheClientOut() throws {
        let outcome = try fetch(clientTimeout: 0.05) { reactor in
            try HTTPServer(reactor: reactor, deferredHandler: { _ in Deferred<HTTPResponse>() })
        }
        #expect(throws: ReactorTimeoutError.self) { try outcome.get() }
    }

    @Test func oversizedRequestsGet413() throws {
        let response = try fetch(headers: ["X-Padding": String(repeating: "x", count: 2_000)]) { reactor in
            try HTTPServer(reactor: reactor, maxRequestBytes: 1_024) { _ in HTTPResponse(body: "unexpected") }
        }.get()
        #expect(response.status == 413)
    }

    @Test func oversizedResponsesAreRejected() throws {
        let outcome = try fetch(maxResponseBytes: 10) { reactor in
            try HTTPServer(reactor: reactor) { _ in HTTPResponse(body: String(repeating: "y", count: 100)) }
        }
        #expect(throws: HTTPProtocolError.self) { try outcome.get() }
    }

    @Test func aFailingHandlerGives500() throws {
        struct Broken: Error {}
        let response = try fetch { reactor in
            try HTTPServer(reactor: reactor, deferredHandler: { _ in Deferred.fail(Broken()) })
        }.get()
        #expect(response.status == 500)
    }

    @Test func invalidPathsFailWithoutConnecting() throws {
        let reactor = try Reactor()
        var failure: (any Error)?
        HTTPClient(reactor: reactor).get(host: "127.0.0.1", port: 1, path: "/a b\r\nX: y").addErrback {
            error in
            failure = error
            throw error
        }
        #expect(reactor.runUntilIdle(timeout: 10))
        #expect(failure is HTTPProtocolError)
    }

    @Test func aClientThatNeverFinishesItsRequestGets408() throws {
        let reactor = try Reactor()
        let server = try HTTPServer(reactor: reactor, requestTimeout: 0.02) { _ in
            HTTPResponse(body: "unexpected")
        }
        defer { server.close() }
        var reply: [UInt8] = []
        TCPConnection.connect(reactor: reactor, host: "127.0.0.1", port: server.port).addCallback {
            connection in
            connection.onDataReceived = { reply += $0 }
            connection.onConnectionLost = { _ in reactor.stop() }
            connection.write("GET / HTTP/1.1\r\n")
        }
        #expect(reactor.run(timeout: 10))
        #expect(String(decoding: reply, as: UTF8.self).hasPrefix("HTTP/1.1 408 Request Timeout\r\n"))
    }
}
