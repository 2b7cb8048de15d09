import Foundation
import Testing

@testable import LineEditing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the dynamic linker can find libedit here, checked independently of LineEditing.
private let libeditInstalled: Bool = {
    for name in ["libedit.so.2", "libedit.so", "libedit.3.dylib", "libedit.dylib"] {
        if let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) {
            dlclose(handle)
            return true
        }
    }
    return false
}()

@Suite(
    .enabled(
        if: libeditInstalled,
        "libedit is not installed on this machine (dlopen found none of libedit.so.2, libedit.so, libedit.3.dylib, libedit.dylib)"
    ))
struct LibeditTests {
    @Test func loadsWhenTheLibraryIsPresent() {
        #expect(LibeditLineReader.isAvailable)
        #expect(LibeditLineReader(historyFile: nil, completer: { _ in [] }) != nil)
    }

    private func temporaryHistoryURL() -> URL {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("spindle-history-\(UUID().uuidString)")
            .appendingPathComponent("state/spindle/history")
    }

    @Test func historyIsSavedAndReloaded() throws {
        let url = temporaryHistoryURL()
        defer {
            try? FileManager.default.removeItem(
                at: url.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
        }

        do {
            let history = try #require(HistoryFile(url: url))
            for line in ["lessons", "", "   ", "run 1", "run 1", "学习 线程", "run 1"] {
                history.record(line)
            }
        }
        let reloaded = try #require(HistoryFile(url: url))
        #expect(reloaded.entries == ["lessons", "run 1", "学习 线程", "run 1"])

        let directory = url.deletingLastPathComponent()
        let permissions =
            try FileManager.default.attributesOfItem(atPath: directory.path)[.posixPermissions] as? Int
        #expect(permissions == 0o700)
    }

    @Test func historyKeepsTheNewestEntries() throws {
        let url = temporaryHistoryURL()
        defer {
            try? FileManager.default.removeItem(
                at: url.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
        }

        do {
            let history = try #require(HistoryFile(url: url))
            for index in 1...(HistoryFile.capacity + 5) {
                history.record("line \(index)")
            }
        }
        let entries = try #require(HistoryFile(url: url)).entries
        #expect(entries.count == HistoryFile.capacity)
        #expect(entries.first == "line 6")
        #expect(entries.last == "line \(HistoryFile.capacity + 5)")
    }

    @Test func aMissingHistoryFileStartsEmpty() throws {
        let url = temporaryHistoryURL()
        defer {
            try? FileManager.default.removeItem(
                at: url.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
        }
        #expect(try #require(HistoryFile(url: url)).entries.isEmpty)
    }
}
