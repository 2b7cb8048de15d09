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
            DemoResultSpec("pages"),
            DemoResultSpec("elapsed_s"),
            DemoResultSpec("requests_per_s"),
            DemoResultSpec("max_in_flight"),
            DemoResultSpec("max_in_flight_per_slot"),
            DemoResultSpec("min_gap_s"),
            DemoResultSpec("min_gap_bound_s"),
            DemoResultSpec("slots"),
            DemoResultSpec("errors"),
            DemoResultSpec("duplicate_fetches"),
            DemoResultSpec("sockets_left"),
        ],
        // The lesson points at each slot's semaphore and the pending queue.
        emphasis: [.resources])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let concurrentRequests: DemoParameterKey<Int> = .integer(
        "concurrent_requests", 1...64, default: 16)
    static let concurrentRequestsPerDomain: DemoParameterKey<Int> = .integer(
        "concurrent_requests_per_domain", 1...64, default: 8)
    static let concurrentRequestsPerIP: DemoParameterKey<Int> = .integer(
        "concurrent_requests_per_ip", 0...64, default: 0)
    static let downloadDelay: DemoParameterKey<Double> = .decimal(
        "download_delay", 0...5, default: 0.3)
    static let randomizeDownloadDelay: DemoParameterKey<Bool> = .flag(
        "randomize_download_delay", default: true)
    static let pages: DemoParameterKey<Int> = .integer(
        "pages", 1...100, default: 48)
    static let domains: DemoParameterKey<Int> = .integer(
        "domains", 1...12, default: 6)
    static let mode: DemoParameterKey<Mode> = .choice(
        "mode", default: .eventLoop)

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
        run.note(descriptor.text("note.site", ["port": "\(site.port)", "domains": "\(map.domains.count)"]))
        for ip in Set(map.ipOfDomain.values).sorted() {
            let names = map.domains.filter { map.ipOfDomain[$0] == ip }.joined(separator: ", ")
            run.note(
                descriptor.text(
                    "note.ip",
                    [
                        "ip": ip, "domains": names,
                        "milliseconds": "\(Int((map.latencyOfIP[ip] ?? 0) * 1_000))",
                    ]))
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
                because: descriptor.text(
                    "stop.pages", ["done": "\(stats.fetched)", "all": "\(map.pages.count)"]))
        }
        guard try site.stop() else { throw RuntimeError(descriptor.text("error.site-late")) }
        let hits = site.hitCounts
        let socketsLeft = OpenSockets.count() - socketsBefore
        run.note(descriptor.text("note.sockets-left", ["sockets": "\(socketsLeft)"]))

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
            descriptor.text(
                "note.settings",
                [
                    "requests": "\(settings.concurrentRequests)", "per-domain": "\(settings.perDomain)",
                    "per-ip": "\(settings.perIP)", "delay": "\(DemoValue.decimal(settings.downloadDelay))",
                    "randomize": settings.randomizeDelay ? "True" : "False",
                ]))
        run.note(
            settings.perIP > 0
                ? descriptor.text("note.slots-per-ip", ["limit": "\(settings.perIP)"])
                : descriptor.text("note.slots-per-domain", ["limit": "\(settings.perDomain)"]))
        run.note(descriptor.text("note.mode.\(mode.rawValue)"))
    }

    private static func rounded(_ value: Double, _ scale: Double) -> Double {
        (value * scale).rounded() / scale
    }
}
