/// A tiny HTTP/1.1 server on a ``Reactor``, for tests and the crawler demo: Twisted's `twisted.web`
/// site reduced to one handler (Python's `http.server.HTTPServer`, but non-blocking).
///
/// Each connection carries one request and is closed after the response. Requests larger than
/// `maxRequestBytes` get 413, malformed ones 400, and a client that does not finish sending within
/// `requestTimeout` seconds gets 408. A handler error becomes a 500. Confined to the reactor thread;
/// it serves until ``close()``.
public final class HTTPServer {
    /// The reactor that serves the requests.
    public let reactor: Reactor
    /// The port listened on (the one the kernel picked when created with port 0).
    public private(set) var port = 0
    /// The largest request (head and body) accepted.
    public let maxRequestBytes: Int
    /// Seconds a client has to send its whole request.
    public let requestTimeout: Double

    private let handler: (HTTPRequest) -> Deferred<HTTPResponse>
    private var listener: TCPListener?
    private var exchanges: [ObjectIdentifier: HTTPServerExchange] = [:]

    /// Serves responses that are ready at once: `handler` returns the response for each request.
    /// Throws ``SocketError`` if `host:port` cannot be listened on. Reactor thread only.
    public convenience init(
        reactor: Reactor, host: String = "127.0.0.1", port: Int = 0,
        maxRequestBytes: Int = 65_536, requestTimeout: Double = 10,
        handler: @escaping (HTTPRequest) -> HTTPResponse
    ) throws(SocketError) {
        try self.init(
            reactor: reactor, host: host, port: port, maxRequestBytes: maxRequestBytes,
            requestTimeout: requestTimeout, deferredHandler: { Deferred.succeed(handler($0)) })
    }

    /// Serves responses that may come later: `deferredHandler` returns a ``Deferred`` that fires with
    /// the response, for example from a ``Reactor/callLater(_:_:)`` to simulate a slow page.
    public init(
        reactor: Reactor, host: String = "127.0.0.1", port: Int = 0,
        maxRequestBytes: Int = 65_536, requestTimeout: Double = 10,
        deferredHandler: @escaping (HTTPRequest) -> Deferred<HTTPResponse>
    ) throws(SocketError) {
        self.reactor = reactor
        self.maxRequestBytes = maxRequestBytes
        self.requestTimeout = requestTimeout
        self.handler = deferredHandler
        listener = try TCPListener(reactor: reactor, host: host, port: port) { [self] connection in
            accept(connection)
        }
        self.port = listener?.port ?? 0
    }

    /// Stops listening and drops the connections still open. Calling it again does nothing.
    public func close() {
        listener?.close()
        listener = nil
        let open = exchanges.values
        exchanges.removeAll()
        for exchange in open { exchange.abort() }
    }

    private func accept(_ connection: TCPConnection) {
        let exchange = HTTPServerExchange(
            connection: connection, maxRequestBytes: maxRequestBytes, handler: handler)
        let key = ObjectIdentifier(exchange)
        exchanges[key] = exchange
        exchange.start(timeout: requestTimeout) { [weak self] in
            self?.exchanges[key] = nil
        }
    }
}

/// One connection of an ``HTTPServer``: reads a request, asks the handler, writes the response.
final class HTTPServerExchange {
    private let connection: TCPConnection
    private let maxRequestBytes: Int
    private let handler: (HTTPRequest) -> Deferred<HTTPResponse>
    private var buffer: [UInt8] = []
    private var scanned = 0
    private var head: HTTPWire.Head?
    private var contentLength = 0
    private var timer: DelayedCall?
    private var isDispatched = false

    init(
        connection: TCPConnection, maxRequestBytes: Int,
        handler: @escaping (HTTPRequest) -> Deferred<HTTPResponse>
    ) {
        self.connection = connection
        self.maxRequestBytes = maxRequestBytes
        self.handler = handler
    }

    func start(timeout: Double, onEnd: @escaping () -> Void) {
        timer = connection.reactor.callLater(timeout) { [self] in
            respond(HTTPResponse(status: 408, body: "request not received within \(timeout) s\n"))
        }
        connection.onDataReceived = { [self] bytes in receive(bytes) }
        connection.onConnectionLost = { [self] _ in
            timer?.cancel()
            onEnd()
        }
    }

    func abort() {
        timer?.cancel()
        connection.abort()
    }

    private func receive(_ bytes: [UInt8]) {
        guard !isDispatched else { return }
        buffer.append(contentsOf: bytes)
        guard buffer.count <= maxRequestBytes else {
            respond(HTTPResponse(status: 413, body: "request larger than \(maxRequestBytes) bytes\n"))
            return
        }
        do {
            if head == nil { try parseHead() }
        } catch {
            respond(HTTPResponse(status: 400, body: "\(error.message)\n"))
            return
        }
        guard let head, buffer.count - head.bodyStart >= contentLength else { return }
        dispatch(head)
    }

    private func parseHead() throws(HTTPProtocolError) {
        guard let parsed = try HTTPWire.parseHead(buffer, scanned: &scanned) else { return }
        let startLine = parsed.startLine
        guard startLine.count == 3, startLine[2].hasPrefix("HTTP/1."), startLine[1].hasPrefix("/") else {
            throw HTTPProtocolError(
                "malformed request line \"\(startLine.joined(separator: " ").prefix(40))\"")
        }
        contentLength = try HTTPWire.contentLength(in: parsed.headers, limit: maxRequestBytes) ?? 0
        head = parsed
    }

    private func dispatch(_ head: HTTPWire.Head) {
        isDispatched = true
        timer?.cancel()
        let request = HTTPRequest(
            method: head.startLine[0], path: head.startLine[1], headers: head.headers,
            body: Array(buffer[head.bodyStart..<(head.bodyStart + contentLength)]))
        handler(request).addBoth { [self] result in
            switch result {
            case .success(let response): respond(response)
            case .failure(let error): respond(HTTPResponse(status: 500, body: "\(error)\n"))
            }
        }
    }

    private func respond(_ response: HTTPResponse) {
        isDispatched = true
        timer?.cancel()
        connection.write(
            HTTPWire.serialize(
                startLine: "HTTP/1.1 \(response.status) \(response.reason)", headers: response.headers,
                body: response.body))
        connection.close()
    }
}
