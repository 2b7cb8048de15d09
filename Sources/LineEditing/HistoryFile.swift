import CLineEdit
import Foundation

/// libedit's history, loaded from a file and saved back after every entry so
/// that nothing is lost if the process dies.
///
/// Keeps the newest ``capacity`` entries and skips blank lines and
/// consecutive duplicates.
final class HistoryFile {
    static let capacity = 1000

    /// The underlying `cle_history`, which an editor reads through EL_HIST.
    let handle: OpaquePointer
    private let path: String?

    /// Returns nil when libedit cannot be loaded. A missing or unreadable
    /// file starts an empty history; `url == nil` keeps history in memory.
    init?(url: URL?) {
        guard let handle = cle_history_create(Int32(Self.capacity)) else { return nil }
        self.handle = handle
        self.path = url?.path
        if let url, let path {
            // History may record what the user typed: keep it private.
            try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700]
            )
            _ = cle_history_load(handle, path)
        }
    }

    deinit {
        cle_history_destroy(handle)
    }

    /// Adds `line` (unless blank or equal to the previous entry) and saves.
    func record(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace) else { return }
        _ = cle_history_enter(handle, line)
        if let path {
            _ = cle_history_save(handle, path)
        }
    }

    /// All entries, oldest first.
    var entries: [String] {
        var result: [String] = []
        var entry = cle_history_oldest(handle)
        while let text = entry {
            result.append(String(cString: text))
            entry = cle_history_newer(handle)
        }
        return result
    }
}
