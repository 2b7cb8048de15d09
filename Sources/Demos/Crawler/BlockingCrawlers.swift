import Synchronization
import Threading
import Trace

/// The crawlers the event loop is compared with, both built on ``BlockingFetch`` and honouring
/// the same settings: one thread fetching one page after another, and one thread per page.
enum BlockingCrawlers {
    /// Seconds a single fetch may take.
    static let fetchTimeout = 10.0

    /// One page after another on the calling thread, as `for url in urls: requests.get(url)`,
    /// waiting out each slot's delay since its previous request. Returns false if `deadline` cut it short.
    static func sequential(
        _ pages: [CrawlPage], port: Int, settings: CrawlSettings, stats: CrawlStats, trace: CrawlTrace,
        deadline: UInt64
    ) -> Bool {
        var lastSent: [String: UInt64] = [:]
        for page in pages {
            let slot = settings.slotKey(for: page)
            if let last = lastSent[slot] {
                let ready = last &+ UInt64(settings.sampleDelay() * 1e9)
                let now = MonotonicClock.now()
                if ready > now {
                    guard ready < deadline else { return false }
                    Time.sleep(Double(ready - now) / 1e9)
                }
            }
            guard MonotonicClock.now() < deadline else { return false }
            let now = MonotonicClock.now()
            lastSent[slot] = now
            stats.started(slot: slot, at: now)
            trace.sent(page, slot: slot)
            let ok = BlockingFetch.get(page, port: port, timeout: fetchTimeout)
            trace.answered(slot: slot)
            stats.finished(slot: slot, ok: ok)
        }
        return true
    }

    /// One thread per page, all started at once, as `threading.Thread(target=fetch, args=(url,))`
    /// for every URL. Real semaphores hold the limits: one per slot (its concurrency) and one for
    /// `CONCURRENT_REQUESTS`; a lock per slot spaces the requests by the delay. Returns false if
    /// `deadline` cut the crawl short.
    static func threadPerRequest(
        _ pages: [CrawlPage], port: Int, settings: CrawlSettings, stats: CrawlStats, trace: CrawlTrace,
        deadline: UInt64
    ) throws -> Bool {
        let keys = uniqueSlotKeys(pages, settings)
        let global = try Semaphore(value: settings.concurrentRequests, name: "CONCURRENT_REQUESTS")
        var places: [String: Semaphore] = [:]
        var turns: [String: Lock] = [:]
        for key in keys {
            places[key] = try Semaphore(value: settings.slotConcurrency, name: key)
            turns[key] = Lock(name: "delay \(key)")
        }
        let lastSent = LastSent()
        let cutShort = Flag()
        let threads = pages.enumerated().compactMap { index, page -> Thread? in
            let slot = settings.slotKey(for: page)
            guard let place = places[slot], let turn = turns[slot] else { return nil }
            return Thread(name: "request-\(index + 1)") {
                let ok = fetchInTurn(
                    page, slot: slot, port: port, place: place, global: global, turn: turn,
                    settings: settings,
                    lastSent: lastSent, stats: stats, trace: trace, deadline: deadline)
                if !ok { cutShort.value.store(true, ordering: .relaxed) }
            }
        }
        for thread in threads { try thread.start() }
        let left = Double(deadline &- min(deadline, MonotonicClock.now())) / 1e9
        for thread in threads { try thread.join(timeout: left + fetchTimeout + 5) }
        if threads.contains(where: \.isAlive) {
            throw RuntimeError(CrawlerDemo.descriptor.text("error.request-late"))
        }
        return !cutShort.value.load(ordering: .relaxed)
    }

    /// One request thread's work; false if the deadline passed before it could send.
    private static func fetchInTurn(
        _ page: CrawlPage, slot: String, port: Int, place: Semaphore, global: Semaphore, turn: Lock,
        settings: CrawlSettings, lastSent: LastSent, stats: CrawlStats, trace: CrawlTrace, deadline: UInt64
    ) -> Bool {
        let secondsLeft = { Double(deadline &- min(deadline, MonotonicClock.now())) / 1e9 }
        guard place.acquire(timeout: secondsLeft()) else { return false }
        defer { try? place.release() }
        guard global.acquire(timeout: secondsLeft()) else { return false }
        defer { try? global.release() }
        guard turn.acquire(timeout: secondsLeft()) else { return false }
        // The lock is held through the delay, so the slot's requests leave one at a time.
        if let last = lastSent.get(slot) {
            let ready = last &+ UInt64(settings.sampleDelay() * 1e9)
            let now = MonotonicClock.now()
            if ready > now {
                guard ready < deadline else {
                    try? turn.release()
                    return false
                }
                Time.sleep(Double(ready - now) / 1e9)
            }
        }
        let now = MonotonicClock.now()
        lastSent.set(slot, now)
        stats.started(slot: slot, at: now)
        trace.sent(page, slot: slot)
        try? turn.release()
        let ok = BlockingFetch.get(page, port: port, timeout: fetchTimeout)
        trace.answered(slot: slot)
        stats.finished(slot: slot, ok: ok)
        return true
    }

    /// The slots of `pages`, in order of first appearance.
    static func uniqueSlotKeys(_ pages: [CrawlPage], _ settings: CrawlSettings) -> [String] {
        var seen: Set<String> = []
        return pages.map { settings.slotKey(for: $0) }.filter { seen.insert($0).inserted }
    }

    /// When each slot last sent a request, shared by the request threads.
    private final class LastSent: Sendable {
        private let times = PthreadLocked<[String: UInt64]>([:])

        func get(_ slot: String) -> UInt64? { times.withLock { $0[slot] } }

        func set(_ slot: String, _ time: UInt64) { times.withLock { $0[slot] = time } }
    }

    /// Set by a request thread the deadline stopped; a class because an atomic cannot be captured.
    private final class Flag: Sendable {
        let value = Atomic<Bool>(false)
    }
}
