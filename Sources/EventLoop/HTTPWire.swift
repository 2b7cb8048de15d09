/// The HTTP/1.1 framing shared by ``HTTPClient`` and ``HTTPServer``: finding the end of the head,
/// parsing start lines and header fields, and writing messages with a `Content-Length`.
enum HTTPWire {
    /// The largest head (start line and headers) either side accepts, as most servers do.
    static let maxHeadBytes = 16_384

    /// A parsed head: the three parts of the start line, the headers, and where the body starts.
    struct Head {
        let startLine: [String]
        let headers: [String: String]
        let bodyStart: Int
    }

    /// Parses the head once `buffer` holds all of it; nil while it is still incomplete.
    /// `scanned` remembers how far earlier calls looked, so a head arriving byte by byte costs
    /// linear, not quadratic, time.
    static func parseHead(_ buffer: [UInt8], scanned: inout Int) throws(HTTPProtocolError) -> Head? {
        guard let end = headEnd(in: buffer, from: max(0, scanned - 3)) else {
            scanned = buffer.count
            guard buffer.count <= maxHeadBytes else {
                throw HTTPProtocolError("header section longer than \(maxHeadBytes) bytes")
            }
            return nil
        }
        guard end <= maxHeadBytes else {
            throw HTTPProtocolError("header section longer than \(maxHeadBytes) bytes")
        }
        let text = String(decoding: buffer[..<(end - 4)], as: UTF8.self)
        var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
        let startLine = lines.removeFirst().split(separator: " ", maxSplits: 2).map(String.init)
        guard startLine.count >= 2 else { throw HTTPProtocolError("malformed start line") }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex else {
                throw HTTPProtocolError("malformed header line \"\(line.prefix(40))\"")
            }
            let name = String(line[..<colon])
            let value = line[line.index(after: colon)...].trimmingSpaces()
            // Repeated fields combine into one comma-separated value, as RFC 9110 allows.
            headers[name] = headers[name].map { "\($0), \(value)" } ?? value
        }
        return Head(startLine: startLine, headers: headers, bodyStart: end)
    }

    /// The declared body length, rejecting chunked bodies (not supported) and lengths over `limit`.
    static func contentLength(in headers: [String: String], limit: Int) throws(HTTPProtocolError) -> Int? {
        if let encoding = value(of: "Transfer-Encoding", in: headers), encoding.lowercased() != "identity" {
            throw HTTPProtocolError("Transfer-Encoding \(encoding) is not supported")
        }
        guard let text = value(of: "Content-Length", in: headers) else { return nil }
        guard let length = Int(text), length >= 0 else {
            throw HTTPProtocolError("invalid Content-Length \(text)")
        }
        guard length <= limit else {
            throw HTTPProtocolError("body of \(length) bytes exceeds the limit of \(limit)")
        }
        return length
    }

    /// A message with its start line, `headers` (minus the framing fields, which are written here)
    /// and `body`, always closing the connection afterwards.
    static func serialize(startLine: String, headers: [String: String], body: [UInt8]?) -> [UInt8] {
        var text = startLine + "\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) where !isFramingField(name) {
            text += "\(name): \(value)\r\n"
        }
        if let body { text += "Content-Length: \(body.count)\r\n" }
        text += "Connection: close\r\n\r\n"
        return Array(text.utf8) + (body ?? [])
    }

    /// Whether `text` can go into a start line or header without splitting it (no CR or LF).
    static func isSafe(_ text: String) -> Bool {
        !text.utf8.contains { $0 == 13 || $0 == 10 }
    }

    static func value(of name: String, in headers: [String: String]) -> String? {
        if let exact = headers[name] { return exact }
        let lowered = name.lowercased()
        return headers.first { $0.key.lowercased() == lowered }?.value
    }

    static func reasonPhrase(for status: Int) -> String {
        switch status {
        case 200: "OK"
        case 201: "Created"
        case 204: "No Content"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 304: "Not Modified"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 413: "Content Too Large"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status \(status)"
        }
    }

    private static func isFramingField(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered == "content-length" || lowered == "connection" || lowered == "transfer-encoding"
    }

    private static func headEnd(in buffer: [UInt8], from start: Int) -> Int? {
        guard buffer.count >= 4 else { return nil }
        var index = start
        while index + 3 < buffer.count {
            if buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13
                && buffer[index + 3] == 10
            {
                return index + 4
            }
            index += 1
        }
        return nil
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs (header values allow both); no Foundation needed.
    fileprivate func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
        else {
            return ""
        }
        return String(self[first...last])
    }
}
