import Threading
import Trace

/// Lesson 17: Scrapy's concurrency settings, for real over loopback. A local server answers for
/// several virtual domains (two per IP, each IP with its own latency); a crawler on the event
/// loop fetches every page honouring `CONCURRENT_REQUESTS`, `CONCURRENT_REQUESTS_PER_DOMAIN`,
/// `CONCURRENT_REQUESTS_PER_IP`, `DOWNLOAD_DELAY` and `RANDOMIZE_DOWNLOAD_DELAY`, and the demo
/// measures what the settings promise. `mode` swaps in a sequential or a thread-per-request
/// crawler with the same settings, for comparison.
public enum CrawlerDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "crawler",
        summary:
            "a Scrapy-style crawler over loopback: global, per-domain and per-IP limits and the download delay",
        parameters: [
            concurrentRequests,
            concurrentRequestsPerDomain,
            concurrentRequestsPerIP,
            downloadDelay,
            randomizeDownloadDelay,
            pages,
            domains,
            mode,
        ],
        results: [
            DemoResultSpec("pages", "pages fetched (answered 200)"),
            DemoResultSpec("elapsed_s", "seconds from the first request to the last answer"),
            DemoResultSpec("requests_per_s", "pages / elapsed_s"),
            DemoResultSpec("max_in_flight", "the most requests in flight at once"),
            DemoResultSpec("max_in_flight_per_slot", "the most requests of one slot in flight at once"),
            DemoResultSpec(
                "min_gap_s", "the shortest time between two requests of one slot (none if no slot sent two)"),
            DemoResultSpec(
                "min_gap_bound_s",
                "the shortest gap the delay allows: DOWNLOAD_DELAY, or half of it when randomized"),
            DemoResultSpec(
                "slots", "download slots used: domains, or IPs when CONCURRENT_REQUESTS_PER_IP is not 0"),
            DemoResultSpec("errors", "requests that failed"),
            DemoResultSpec("duplicate_fetches", "requests the server answered beyond one per page"),
            DemoResultSpec("sockets_left", "sockets still open after the server stopped (should be 0)"),
        ],
        // The lesson points at each slot's semaphore and the pending queue.
        emphasis: [.resources])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let concurrentRequests: DemoParameterKey<Int> = .integer(
        "concurrent_requests", 1...64, default: 16,
        "CONCURRENT_REQUESTS: requests in flight at once, all slots together")
    static let concurrentRequestsPerDomain: DemoParameterKey<Int> = .integer(
        "concurrent_requests_per_domain", 1...64, default: 8,
        "CONCURRENT_REQUESTS_PER_DOMAIN: requests in flight to one domain")
    static let concurrentRequestsPerIP: DemoParameterKey<Int> = .integer(
        "concurrent_requests_per_ip", 0...64, default: 0,
        "CONCURRENT_REQUESTS_PER_IP: when not 0, slots are per IP and the per-domain limit is ignored")
    static let downloadDelay: DemoParameterKey<Double> = .decimal(
        "download_delay", 0...5, default: 0.3,
        "DOWNLOAD_DELAY: seconds between two requests of one slot (Scrapy's default is 0)")
    static let randomizeDownloadDelay: DemoParameterKey<Bool> = .flag(
        "randomize_download_delay", default: true,
        "RANDOMIZE_DOWNLOAD_DELAY: draw each delay from 0.5x to 1.5x DOWNLOAD_DELAY")
    static let pages: DemoParameterKey<Int> = .integer(
        "pages", 1...100, default: 48,
        "pages to fetch, spread over the domains in turn")
    static let domains: DemoParameterKey<Int> = .integer(
        "domains", 1...12, default: 6,
        "virtual domains, two per IP address")
    static let mode: DemoParameterKey<Mode> = .choice(
        "mode", default: .eventLoop,
        "the crawler: one reactor thread, one page at a time, or one thread per page")

    /// The words of `mode`.
    enum Mode: String, DemoChoice {
        case eventLoop = "event-loop"
        case sequential
        case threadPerRequest = "thread-per-request"
    }

    public static func run(_ run: DemoRun) throws {
        let settings = CrawlSettings(
            concurrentRequests: run[Self.concurrentRequests],
            perDomain: run[Self.concurrentRequestsPerDomain],
            perIP: run[Self.concurrentRequestsPerIP],
            downloadDelay: run[Self.downloadDelay],
            randomizeDelay: run[Self.randomizeDownloadDelay])
        let mode = run[Self.mode]
        let map = CrawlSiteMap(domainCount: run[Self.domains], pageCount: run[Self.pages])
        let socketsBefore = OpenSockets.count()

        let site = try CrawlSite(map: map)
        try site.start(runFor: run.timeLimit + 15)
        run.note(
            "the site: a server on 127.0.0.1:\(site.port) answering for \(map.domains.count) domains by their Host header"
        )
        for ip in Set(map.ipOfDomain.values).sorted() {
            let names = map.domains.filter { map.ipOfDomain[$0] == ip }.joined(separator: ", ")
            run.note(
                "  \(ip) (\(names)) answers after \(Int((map.latencyOfIP[ip] ?? 0) * 1_000)) ms; the address is only a label"
            )
        }
        describe(settings, mode: mode, run: run)
        run.pause(1.5)

        let keys = BlockingCrawlers.uniqueSlotKeys(map.pages, settings)
        let trace = CrawlTrace(
            slotKeys: keys, capacity: settings.slotConcurrency, tracesSlots: mode != .threadPerRequest)
        for page in map.pages { trace.queued(page) }
        let stats = CrawlStats()
        let deadline = MonotonicClock.now() &+ UInt64(run.remaining * 1e9)
        let start = MonotonicClock.now()
        let finished: Bool
        switch mode {
        case .sequential:
            finished = BlockingCrawlers.sequential(
                map.pages, port: site.port, settings: settings, stats: stats, trace: trace, deadline: deadline
            )
        case .threadPerRequest:
            finished = try BlockingCrawlers.threadPerRequest(
                map.pages, port: site.port, settings: settings, stats: stats, trace: trace, deadline: deadline
            )
        case .eventLoop:
            let crawler = try EventLoopCrawler(
                port: site.port, settings: settings, stats: stats, trace: trace, deadline: deadline)
            finished = crawler.crawl(map.pages, timeout: max(0.1, run.remaining))
        }
        let elapsed = Double(MonotonicClock.now() &- start) / 1e9
        if !finished {
            run.stopEarly(
                because: "the time limit was reached after \(stats.fetched) of \(map.pages.count) pages")
        }
        guard try site.stop() else { throw RuntimeError("the site thread did not stop within 5 s") }
        let hits = site.hitCounts
        let socketsLeft = OpenSockets.count() - socketsBefore
        run.note("the server has stopped; sockets open now that were not before: \(socketsLeft)")

        let fetched = stats.fetched
        run.report("pages", fetched)
        run.report("elapsed_s", rounded(elapsed, 100))
        run.report("requests_per_s", rounded(elapsed > 0 ? Double(fetched) / elapsed : 0, 10))
        run.report("max_in_flight", stats.maxInFlight)
        run.report("max_in_flight_per_slot", stats.maxInFlightPerSlot)
        run.report("min_gap_s", stats.minGapSeconds.map { "\(rounded($0, 1_000))" } ?? "none")
        run.report("min_gap_bound_s", rounded(settings.gapLowerBound, 1_000))
        run.report("slots", keys.count)
        run.report("errors", stats.errors)
        run.report("duplicate_fetches", hits.values.reduce(0, +) - hits.count)
        run.report("sockets_left", socketsLeft)
    }

    private static func describe(_ settings: CrawlSettings, mode: Mode, run: DemoRun) {
        run.note(
            "settings: CONCURRENT_REQUESTS = \(settings.concurrentRequests), "
                + "CONCURRENT_REQUESTS_PER_DOMAIN = \(settings.perDomain), "
                + "CONCURRENT_REQUESTS_PER_IP = \(settings.perIP), DOWNLOAD_DELAY = \(DemoValue.decimal(settings.downloadDelay)), "
                + "RANDOMIZE_DOWNLOAD_DELAY = \(settings.randomizeDelay ? "True" : "False")")
        run.note(
            settings.perIP > 0
                ? "slots are per IP (PER_IP is not 0): at most \(settings.perIP) in flight per IP, the delay counted per IP"
                : "slots are per domain: at most \(settings.perDomain) in flight per domain, the delay counted per domain"
        )
        switch mode {
        case .sequential:
            run.note("sequential crawler: one page at a time on this thread, like a loop of requests.get")
        case .threadPerRequest:
            run.note("thread-per-request crawler: one thread per page, semaphores hold the limits")
        case .eventLoop: run.note("event-loop crawler: one thread, one reactor, as Scrapy runs on Twisted")
        }
    }

    private static func rounded(_ value: Double, _ scale: Double) -> Double {
        (value * scale).rounded() / scale
    }
}
