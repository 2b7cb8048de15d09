import Foundation

/// The machine's processes as `/proc` lists them, for finding what a test's program left behind.
enum ProcessTable {
    /// One process: its ids, its state letter (`Z` zombie, `T` stopped) and its name.
    struct Entry: CustomStringConvertible {
        let pid: Int32
        let parent: Int32
        let group: Int32
        let session: Int32
        let state: Character
        let name: String

        var description: String { "\(pid) (\(name)) state \(state), parent \(parent), group \(group)" }
    }

    /// Every process whose session is `session`.
    static func members(ofSession session: Int32) -> [Entry] {
        all().filter { $0.session == session }
    }

    static func all() -> [Entry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap { name in
            guard Int32(name) != nil,
                let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8)
            else { return nil }
            return parse(stat)
        }
    }

    /// `pid (name) state parent group session ...`; the name may hold spaces and parentheses,
    /// so the fields after it are found from the last `)`.
    private static func parse(_ stat: String) -> Entry? {
        guard let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")"),
            let pid = Int32(stat[..<open].trimmingCharacters(in: .whitespaces))
        else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 3, let state = fields[0].first, let parent = Int32(fields[1]),
            let group = Int32(fields[2]), let session = Int32(fields[3])
        else { return nil }
        let name = String(stat[stat.index(after: open)..<close])
        return Entry(pid: pid, parent: parent, group: group, session: session, state: state, name: name)
    }
}
