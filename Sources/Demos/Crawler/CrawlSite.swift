import EventLoop
import Threading
import Trace

/// The local web site the crawler visits: one ``HTTPServer`` on an ephemeral 127.0.0.1 port,
/// on its own reactor in its own thread, serving every domain of a ``CrawlSiteMap`` by its
/// `Host` header, each answer delayed by the latency of the domain's IP.
///
/// `@unchecked Sendable` because the reactor and server are touched only on the site thread
/// once it runs (the stop request travels through `callFromThread`); the hit counts are
/// guarded by a mutex.
final class CrawlSite: @unchecked Sendable {
    /// The port the server listens on.
    let port: Int
    private let reactor: Reactor
    private let server: HTTPServer
    private let hits = HitCounter()
    private var thread: Thread?

    /// Creates the server; it answers once ``start(runFor:)`` runs its reactor.
    init(map: CrawlSiteMap) throws {
        let reactor = try Reactor(tracer: .disabled)
        self.reactor = reactor
        let hits = self.hits
        server = try HTTPServer(
            reactor: reactor, host: "127.0.0.1", port: 0,
            deferredHandler: { request in
                let domain = (request.header("Host") ?? "").split(separator: ":").first.map(String.init) ?? ""
                guard let latency = map.latency(of: domain) else {
                    return Deferred.succeed(HTTPResponse(status: 404, body: "no such site: \(domain)\n"))
                }
                hits.counts.withLock { $0[domain + request.path, default: 0] += 1 }
                let answer = Deferred<HTTPResponse>()
                reactor.callLater(latency) {
                    try? answer.callback(
                        HTTPResponse(body: "\(domain)\(request.path): a page of the local site\n"))
                }
                return answer
            })
        port = server.port
    }

    /// Starts the site thread, which serves for at most `seconds`.
    func start(runFor seconds: Double) throws {
        let thread = Thread(name: "site") { [self] in
            reactor.run(timeout: seconds)
            // Let the closes and aborts of the last connections finish, so no socket stays open.
            reactor.runUntilIdle(timeout: 2)
        }
        try thread.start()
        self.thread = thread
    }

    /// Closes the server, stops the reactor and joins the site thread; true if it ended in time.
    func stop(timeout: Double = 5) throws -> Bool {
        reactor.callFromThread { [self] in
            server.close()
            reactor.stop()
        }
        guard let thread else { return true }
        try thread.join(timeout: timeout)
        return !thread.isAlive
    }

    /// How many requests the server answered for each `domain/path`.
    var hitCounts: [String: Int] { hits.counts.withLock { $0 } }

    /// The server's tally, in a class so the handler can capture it.
    private final class HitCounter: Sendable {
        let counts = PthreadLocked<[String: Int]>([:])
    }
}
