/// An HTTP response, as the client receives it and as a server handler builds it:
/// Python's `http.client.HTTPResponse` (status, reason, headers, body) as a plain value.
public struct HTTPResponse: Sendable, Hashable {
    /// The status code, such as 200 or 404.
    public var status: Int
    /// The reason phrase, such as `OK`.
    public var reason: String
    /// Header fields as received or to be sent; look them up with ``header(_:)``, which ignores case.
    /// `Content-Length` and `Connection` are set by the server, whatever this holds.
    public var headers: [String: String]
    /// The body bytes.
    public var body: [UInt8]

    /// A response with a byte body; the reason phrase defaults to the standard one for `status`.
    public init(status: Int = 200, reason: String? = nil, headers: [String: String] = [:], body: [UInt8] = [])
    {
        self.status = status
        self.reason = reason ?? HTTPWire.reasonPhrase(for: status)
        self.headers = headers
        self.body = body
    }

    /// A response with a UTF-8 text body, marked `text/plain` unless `headers` says otherwise.
    public init(status: Int = 200, reason: String? = nil, headers: [String: String] = [:], body: String) {
        var headers = headers
        if HTTPWire.value(of: "Content-Type", in: headers) == nil {
            headers["Content-Type"] = "text/plain; charset=utf-8"
        }
        self.init(status: status, reason: reason, headers: headers, body: Array(body.utf8))
    }

    /// The body decoded as UTF-8, with invalid bytes replaced: Python's `body.decode(errors="replace")`.
    public var text: String {
        String(decoding: body, as: UTF8.self)
    }

    /// The value of header `name`, ignoring case as HTTP does: Python's `response.getheader(name)`.
    public func header(_ name: String) -> String? {
        HTTPWire.value(of: name, in: headers)
    }
}

/// A request as ``HTTPServer`` hands it to its handler: the parts of Python's
/// `http.server.BaseHTTPRequestHandler` a handler reads (`command`, `path`, `headers`).
public struct HTTPRequest: Sendable, Hashable {
    /// The method, such as `GET`.
    public var method: String
    /// The request target, such as `/pages/1?full=yes`.
    public var path: String
    /// Header fields as received; look them up with ``header(_:)``.
    public var headers: [String: String]
    /// The body (for requests with a `Content-Length`), empty otherwise.
    public var body: [UInt8]

    /// Creates a request; normally only the server does this.
    public init(method: String, path: String, headers: [String: String] = [:], body: [UInt8] = []) {
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body
    }

    /// The value of header `name`, ignoring case.
    public func header(_ name: String) -> String? {
        HTTPWire.value(of: name, in: headers)
    }
}
