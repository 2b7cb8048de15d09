/// One page of the local site: its virtual domain, the IP address that domain resolves to, and its path.
struct CrawlPage: Sendable, Hashable {
    /// The domain sent in the `Host` header, such as `site-a.test`.
    let domain: String
    /// The address the domain "resolves" to, a documentation address (192.0.2.x) that is only
    /// a label: every request really goes to the local server on 127.0.0.1.
    let ip: String
    /// The path, such as `/page-3`.
    let path: String

    /// `site-a.test/page-3`, as the stage labels the request.
    var label: String { domain + path }
}

/// The virtual site the crawler visits: domains, the IP each maps to (two domains per IP, as
/// shared hosting does), each IP's latency, and the pages in the order the spider yields them.
struct CrawlSiteMap: Sendable {
    /// Every domain, in order.
    let domains: [String]
    /// The IP of each domain.
    let ipOfDomain: [String: String]
    /// Seconds the server behind each IP takes to answer.
    let latencyOfIP: [String: Double]
    /// Every page, taking the domains in turn.
    let pages: [CrawlPage]

    /// A site of `domainCount` domains (at most 26) and `pageCount` pages spread over them in turn.
    init(domainCount: Int, pageCount: Int) {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        domains = (0..<max(1, min(domainCount, letters.count))).map { "site-\(letters[$0]).test" }
        var ipOfDomain: [String: String] = [:]
        var latencyOfIP: [String: Double] = [:]
        for (index, domain) in domains.enumerated() {
            let ip = "192.0.2.\(index / 2 + 1)"
            ipOfDomain[domain] = ip
            // 10 to 30 ms: far below the shortest randomized wait at the demo's
            // default delay (0.15 s), so "one request per slot in flight" holds
            // even when a busy machine makes answers arrive late.
            latencyOfIP[ip] = 0.01 + 0.01 * Double((index / 2) % 3)
        }
        self.ipOfDomain = ipOfDomain
        self.latencyOfIP = latencyOfIP
        let domains = domains
        pages = (0..<max(0, pageCount)).map { index in
            let domain = domains[index % domains.count]
            return CrawlPage(
                domain: domain, ip: ipOfDomain[domain] ?? "", path: "/page-\(index / domains.count + 1)")
        }
    }

    /// The latency of `domain`'s server, nil for a domain the site does not serve.
    func latency(of domain: String) -> Double? {
        ipOfDomain[domain].flatMap { latencyOfIP[$0] }
    }
}
