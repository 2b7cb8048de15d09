#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The POSIX socket calls behind ``TCPListener`` and ``TCPConnection``, with the platform
/// differences (socket type constants, `sin_len`, SIGPIPE suppression) kept in one place.
enum TCPSocketCalls {
    /// A non-blocking, close-on-exec IPv4 stream socket that never raises SIGPIPE.
    static func makeSocket() throws(SocketError) -> Int32 {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw SocketError.last("socket") }
        do {
            try configure(fd)
        } catch {
            close(fd)
            throw error
        }
        return fd
    }

    /// Makes an accepted or created socket non-blocking and close-on-exec.
    static func configure(_ fd: Int32) throws(SocketError) {
        guard fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) == 0, fcntl(fd, F_SETFD, FD_CLOEXEC) == 0
        else {
            throw SocketError.last("fcntl")
        }
        #if canImport(Darwin)
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    /// An IPv4 address; `host` must be a dotted-quad literal or `localhost`, because name
    /// resolution (`getaddrinfo`) blocks and has no place on a reactor thread.
    static func address(host: String, port: Int) throws(SocketError) -> sockaddr_in {
        guard (0...65_535).contains(port) else { throw SocketError(operation: "port \(port)", code: EINVAL) }
        var address = sockaddr_in()
        #if canImport(Darwin)
        address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        let literal = host == "localhost" ? "127.0.0.1" : host
        guard inet_pton(AF_INET, literal, &address.sin_addr) == 1 else {
            throw SocketError(operation: "resolve \(host) (only IPv4 literals and localhost)", code: EINVAL)
        }
        return address
    }

    static func bindSocket(_ fd: Int32, to address: sockaddr_in) throws(SocketError) {
        var address = address
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard status == 0 else { throw SocketError.last("bind") }
    }

    /// Starts a connection; returns 0 or the errno value (EINPROGRESS while it completes).
    static func startConnect(_ fd: Int32, to address: sockaddr_in) -> Int32 {
        var address = address
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        return status == 0 ? 0 : errno
    }

    /// The port the kernel chose for a socket bound to port 0.
    static func localPort(of fd: Int32) throws(SocketError) -> Int {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let status = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard status == 0 else { throw SocketError.last("getsockname") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// `host:port` of the peer, for messages.
    static func peerName(of fd: Int32) -> String {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let status = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getpeername(fd, $0, &length) }
        }
        guard status == 0 else { return "unknown peer" }
        var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
        inet_ntop(AF_INET, &address.sin_addr, &text, socklen_t(text.count))
        let host = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return "\(host):\(UInt16(bigEndian: address.sin_port))"
    }

    /// The outcome of a non-blocking connect once the socket is writable: 0 or the errno value.
    static func pendingError(of fd: Int32) -> Int32 {
        var code: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(fd, SOL_SOCKET, SO_ERROR, &code, &length) == 0 else { return errno }
        return code
    }

    /// `send` without SIGPIPE: a peer that closed must become an error, not kill the process.
    static func send(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
        #if canImport(Glibc)
        Glibc.send(fd, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL))
        #else
        Darwin.send(fd, bytes.baseAddress, bytes.count, 0)
        #endif
    }

    /// Whether a failed call only means "not now" on a non-blocking socket.
    static func wouldBlock(_ code: Int32) -> Bool {
        code == EAGAIN || code == EWOULDBLOCK || code == EINTR
    }

    /// Closes a descriptor; named apart from `close` so types with their own `close()` can call it.
    static func closeDescriptor(_ fd: Int32) {
        _ = close(fd)
    }

    /// The error a connection ends with after a failed `recv` or `send`.
    static func lostError(_ code: Int32, operation: String) -> any Error {
        switch code {
        case ECONNRESET: ConnectionLostError(reason: "connection reset by peer")
        case EPIPE: ConnectionLostError(reason: "broken pipe: the peer closed the connection")
        default: SocketError(operation: operation, code: code)
        }
    }
}
