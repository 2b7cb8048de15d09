/// A minimal non-blocking HTTP/1.1 client on a ``Reactor``: Twisted's `Agent` reduced to `GET`
/// (the asynchronous counterpart of Python's `urllib.request.urlopen`).
///
/// Every request uses its own connection with `Connection: close`. Bodies framed by
/// `Content-Length` or by the server closing the connection are supported; chunked bodies are
/// rejected with ``HTTPProtocolError``. Confined to the reactor thread, like its Deferreds.
public final class HTTPClient {
    /// The reactor the requests run on.
    public let reactor: Reactor
    /// Seconds a whole request (connect, send, receive) may take before it fails with ``ReactorTimeoutError``.
    public let timeout: Double
    /// The largest response body accepted; a larger one fails with ``HTTPProtocolError``.
    public let maxResponseBytes: Int

    /// Creates a client; `timeout` and `maxResponseBytes` bound every request it makes.
    public init(reactor: Reactor, timeout: Double = 10, maxResponseBytes: Int = 8 << 20) {
        self.reactor = reactor
        self.timeout = timeout
        self.maxResponseBytes = maxResponseBytes
    }

    /// Fetches `path` from `host:port`: Twisted's `agent.request(b"GET", url)` with the body read
    /// (`treq.get(url)`). Fires with the response whatever its status; fails with
    /// ``ConnectionRefusedError``, ``ReactorTimeoutError``, ``ConnectionLostError``,
    /// ``HTTPProtocolError`` or ``SocketError``. `host` must be an IPv4 literal or `localhost`.
    /// `headers` are sent as given and replace the defaults (`Host`, `User-Agent`, `Accept`) of the same name.
    public func get(
        host: String, port: Int, path: String, headers: [String: String] = [:]
    ) -> Deferred<HTTPResponse> {
        let target = "GET http://\(host):\(port)\(path)"
        guard path.hasPrefix("/"), !path.contains(" "), HTTPWire.isSafe(path),
            headers.allSatisfy({
                HTTPWire.isSafe($0.key) && HTTPWire.isSafe($0.value) && !$0.key.contains(":")
            })
        else {
            let failed = Deferred<HTTPResponse>()
            reactor.callSoon { try? failed.errback(HTTPProtocolError("invalid path or header in \(target)")) }
            return failed
        }
        var fields = ["Host": "\(host):\(port)", "User-Agent": "spindle-httpclient", "Accept": "*/*"]
        for (name, value) in headers {
            if let existing = fields.keys.first(where: { $0.lowercased() == name.lowercased() }) {
                fields[existing] = nil
            }
            fields[name] = value
        }
        let request = HTTPWire.serialize(startLine: "GET \(path) HTTP/1.1", headers: fields, body: nil)
        let exchange = HTTPClientExchange(description: target, maxResponseBytes: maxResponseBytes)
        exchange.start(reactor: reactor, host: host, port: port, request: request, timeout: timeout)
        return exchange.deferred
    }
}

/// One request in flight: connects, sends, reads the response and fires the Deferred exactly once.
/// Kept alive by the reactor's references to its timer and connection until it finishes.
final class HTTPClientExchange {
    let deferred = Deferred<HTTPResponse>()
    private let description: String
    private let maxResponseBytes: Int
    private var connection: TCPConnection?
    private var timer: DelayedCall?
    private var buffer: [UInt8] = []
    private var scanned = 0
    private var head: HTTPWire.Head?
    private var contentLength: Int?
    private var isFinished = false

    init(description: String, maxResponseBytes: Int) {
        self.description = description
        self.maxResponseBytes = maxResponseBytes
    }

    func start(reactor: Reactor, host: String, port: Int, request: [UInt8], timeout: Double) {
        timer = reactor.callLater(timeout) { [self] in
            fail(ReactorTimeoutError(operation: description, seconds: timeout))
        }
        TCPConnection.connect(reactor: reactor, host: host, port: port, timeout: nil).addBoth {
            [self] result in
            switch result {
            case .failure(let error):
                fail(error)
            case .success(let connection):
                guard !isFinished else {
                    connection.abort()
                    return
                }
                self.connection = connection
                connection.onDataReceived = { [self] bytes in receive(bytes) }
                connection.onConnectionLost = { [self] reason in connectionLost(reason) }
                connection.write(request)
            }
        }
    }

    private func receive(_ bytes: [UInt8]) {
        guard !isFinished else { return }
        buffer.append(contentsOf: bytes)
        do {
            if head == nil { try parseHead() }
            guard let head else { return }
            let received = buffer.count - head.bodyStart
            if let contentLength, received >= contentLength {
                succeed(body: Array(buffer[head.bodyStart..<(head.bodyStart + contentLength)]))
            } else if received > maxResponseBytes {
                throw HTTPProtocolError("response body exceeds the limit of \(maxResponseBytes) bytes")
            }
        } catch {
            fail(error)
        }
    }

    private func parseHead() throws(HTTPProtocolError) {
        guard let parsed = try HTTPWire.parseHead(buffer, scanned: &scanned) else { return }
        let startLine = parsed.startLine
        guard startLine[0].hasPrefix("HTTP/1."), startLine[1].count == 3, let status = Int(startLine[1])
        else {
            throw HTTPProtocolError(
                "malformed status line \"\(startLine.joined(separator: " ").prefix(40))\"")
        }
        // These statuses never carry a body, whatever the headers say.
        let bodiless = (100..<200).contains(status) || status == 204 || status == 304
        contentLength = bodiless ? 0 : try HTTPWire.contentLength(in: parsed.headers, limit: maxResponseBytes)
        head = parsed
    }

    private func connectionLost(_ reason: (any Error)?) {
        connection = nil
        guard !isFinished else { return }
        // Without a Content-Length the body is everything up to a clean close.
        if reason == nil, let head, contentLength == nil {
            succeed(body: Array(buffer[head.bodyStart...]))
        } else {
            fail(
                reason
                    ?? ConnectionLostError(
                        reason: "the server closed the connection before the response was complete"))
        }
    }

    private func succeed(body: [UInt8]) {
        guard let head, finish() else { return }
        connection?.close()
        let startLine = head.startLine
        let response = HTTPResponse(
            status: Int(startLine[1]) ?? 0, reason: startLine.count > 2 ? startLine[2] : "",
            headers: head.headers, body: body)
        try? deferred.callback(response)
    }

    private func fail(_ error: any Error) {
        guard finish() else { return }
        connection?.abort()
        try? deferred.errback(error)
    }

    /// Marks the exchange finished; false if it already was.
    private func finish() -> Bool {
        guard !isFinished else { return false }
        isFinished = true
        timer?.cancel()
        timer = nil
        return true
    }
}
