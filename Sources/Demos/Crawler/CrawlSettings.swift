/// The Scrapy settings the crawler honours, with Scrapy's rules for slots and delays.
///
/// Scrapy groups downloads in slots: one per domain, or one per IP address when
/// `CONCURRENT_REQUESTS_PER_IP` is non-zero (then `CONCURRENT_REQUESTS_PER_DOMAIN` is ignored).
/// `DOWNLOAD_DELAY` spaces the requests within one slot, drawn from 0.5x to 1.5x of itself when
/// `RANDOMIZE_DOWNLOAD_DELAY` is on; `CONCURRENT_REQUESTS` caps the requests of all slots together.
struct CrawlSettings: Sendable {
    /// `CONCURRENT_REQUESTS`.
    let concurrentRequests: Int
    /// `CONCURRENT_REQUESTS_PER_DOMAIN`.
    let perDomain: Int
    /// `CONCURRENT_REQUESTS_PER_IP`; 0 means slots are per domain.
    let perIP: Int
    /// `DOWNLOAD_DELAY`, in seconds.
    let downloadDelay: Double
    /// `RANDOMIZE_DOWNLOAD_DELAY`.
    let randomizeDelay: Bool

    /// How many requests one slot may have in flight.
    var slotConcurrency: Int { perIP > 0 ? perIP : perDomain }

    /// The slot a page's request goes to: its IP address when per-IP slots are on, else its domain.
    func slotKey(for page: CrawlPage) -> String {
        perIP > 0 ? page.ip : page.domain
    }

    /// The wait before the next request of a slot, as Scrapy's `Slot.download_delay()`.
    func sampleDelay() -> Double {
        guard downloadDelay > 0 else { return 0 }
        return randomizeDelay ? Double.random(in: 0.5 * downloadDelay...1.5 * downloadDelay) : downloadDelay
    }

    /// The shortest gap the delay allows between two requests of one slot.
    var gapLowerBound: Double {
        randomizeDelay ? 0.5 * downloadDelay : downloadDelay
    }
}
