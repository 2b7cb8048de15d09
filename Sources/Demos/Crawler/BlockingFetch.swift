import EventLoop

/// A blocking page fetch, as `requests.get(url, timeout=...)` is: the calling thread waits until
/// the answer is in. Built from a private ``Reactor`` and ``HTTPClient`` that live for one request.
enum BlockingFetch {
    /// Fetches `page` from the local server on `port`; true if it answered 200 within `timeout` seconds.
    static func get(_ page: CrawlPage, port: Int, timeout: Double) -> Bool {
        guard let reactor = try? Reactor(tracer: .disabled) else { return false }
        let client = HTTPClient(reactor: reactor, timeout: timeout)
        var status: Int?
        client.get(host: "127.0.0.1", port: port, path: page.path, headers: ["Host": page.domain]).addBoth {
            result in
            status = try? result.get().status
            reactor.stop()
        }
        reactor.run(timeout: timeout + 1)
        // The connection closes in a later iteration; finish it so the socket does not outlive the call.
        reactor.runUntilIdle(timeout: 2)
        return status == 200
    }
}
