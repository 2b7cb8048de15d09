import EventLoop
import Trace

/// A crawler on one thread's ``Reactor``, scheduling requests as Scrapy's engine and downloader
/// do on Twisted's reactor.
///
/// The engine takes requests from the scheduler while fewer than `CONCURRENT_REQUESTS` are
/// active (queued in a slot or in flight) and hands each to its slot. A slot sends a request
/// when it has a free place (its concurrency) and its delay since the previous request has
/// passed; otherwise it asks the reactor to call it back when the delay is over. Nothing blocks:
/// every wait is a timer or a socket the reactor watches.
///
/// Confined to the thread that calls ``crawl(_:timeout:)``, like the reactor it runs.
final class EventLoopCrawler {
    private final class Slot {
        let key: String
        var queue: [CrawlPage] = []
        var transferring = 0
        var lastSent: UInt64?
        /// The delay drawn for the next request, kept while a timer waits for it.
        var nextDelay: Double?
        var laterCall: DelayedCall?

        init(key: String) {
            self.key = key
        }
    }

    private let reactor: Reactor
    private let client: HTTPClient
    private let port: Int
    private let settings: CrawlSettings
    private let stats: CrawlStats
    private let trace: CrawlTrace
    private let deadline: UInt64
    private var scheduler: [CrawlPage] = []
    private var slots: [String: Slot] = [:]
    private var active = 0
    private var unanswered = 0

    /// A crawler of the server on 127.0.0.1:`port` that stops sending at `deadline`.
    init(port: Int, settings: CrawlSettings, stats: CrawlStats, trace: CrawlTrace, deadline: UInt64) throws {
        reactor = try Reactor(tracer: .disabled)
        client = HTTPClient(reactor: reactor, timeout: 10)
        self.port = port
        self.settings = settings
        self.stats = stats
        self.trace = trace
        self.deadline = deadline
    }

    /// Fetches every page, running the reactor until all are answered or `timeout` seconds pass;
    /// returns false if the time ran out.
    func crawl(_ pages: [CrawlPage], timeout: Double) -> Bool {
        scheduler.append(contentsOf: pages)
        unanswered = pages.count
        guard unanswered > 0 else { return true }
        reactor.callSoon { [self] in pump() }
        let finished = reactor.run(timeout: timeout)
        for slot in slots.values { slot.laterCall?.cancel() }
        // The last connections close in later iterations; run them so no socket stays open.
        reactor.runUntilIdle(timeout: 3)
        return finished
    }

    private var isOverTime: Bool { MonotonicClock.now() >= deadline }

    /// The engine: moves requests from the scheduler to their slots while under the global limit.
    private func pump() {
        while !isOverTime && active < settings.concurrentRequests && !scheduler.isEmpty {
            let page = scheduler.removeFirst()
            active += 1
            let key = settings.slotKey(for: page)
            let slot = slots[key] ?? Slot(key: key)
            slots[key] = slot
            slot.queue.append(page)
            processQueue(slot)
        }
    }

    /// Scrapy's `Downloader._process_queue`: sends what the slot's concurrency and delay allow.
    private func processQueue(_ slot: Slot) {
        if let laterCall = slot.laterCall, laterCall.active { return }
        guard !slot.queue.isEmpty, !isOverTime else { return }
        let delay = slot.nextDelay ?? settings.sampleDelay()
        if delay > 0, let lastSent = slot.lastSent {
            let waited = Double(MonotonicClock.now() &- lastSent) / 1e9
            if waited < delay {
                slot.nextDelay = delay
                slot.laterCall = reactor.callLater(delay - waited) { [self] in processQueue(slot) }
                return
            }
        }
        slot.nextDelay = nil
        while slot.transferring < settings.slotConcurrency && !slot.queue.isEmpty {
            let page = slot.queue.removeFirst()
            send(page, in: slot)
            // With a delay, one request per turn: the next one waits for its own delay.
            if delay > 0 {
                processQueue(slot)
                break
            }
        }
    }

    private func send(_ page: CrawlPage, in slot: Slot) {
        let now = MonotonicClock.now()
        slot.lastSent = now
        slot.transferring += 1
        stats.started(slot: slot.key, at: now)
        trace.sent(page, slot: slot.key)
        client.get(host: "127.0.0.1", port: port, path: page.path, headers: ["Host": page.domain]).addBoth {
            [self] result in
            slot.transferring -= 1
            active -= 1
            unanswered -= 1
            trace.answered(slot: slot.key)
            stats.finished(slot: slot.key, ok: (try? result.get().status) == 200)
            if unanswered == 0 {
                reactor.stop()
                return
            }
            processQueue(slot)
            pump()
        }
    }
}
