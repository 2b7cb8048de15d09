import Multiprocessing
import Synchronization
import Testing
import Threading

#if canImport(Glibc)
import Glibc
#endif

/// Returns its argument: the smallest possible round trip through the fork server.
struct EchoProgram: HostedProgram {
    static func main(_ arguments: [String]) throws -> [String] {
        arguments.reversed()
    }
}

@Suite("Processes: fork server")
struct ProcessesForkServerTests {
    @Test("500 start/exit/wait cycles while this process runs 4 busy threads never hang")
    func cyclesUnderThreads() throws {
        let stop = Atomic<Bool>(false)
        let spinning = (0..<4).map { index in
            Threading.Thread(name: "busy-\(index)") {
                var counter = 0
                while !stop.load(ordering: .relaxed) {
                    counter &+= 1
                    if counter % 1024 == 0 { free(malloc(64 + counter % 512)) }
                }
            }
        }
        for thread in spinning { try thread.start() }
        defer {
            stop.store(true, ordering: .relaxed)
            for thread in spinning { try? thread.join(timeout: 60) }
        }
        var finished = 0
        for cycle in 0..<500 {
            let process = try HostedProcess(EchoProgram.self, arguments: ["a", "\(cycle)"])
            guard try process.join(timeout: 60) else {
                process.kill()
                Issue.record("cycle \(cycle) hung")
                break
            }
            if try process.result() == ["\(cycle)", "a"] { finished += 1 }
        }
        #expect(finished == 500)
    }

    @Test("the fork server is a child of this process with its own process group")
    func serverIsChild() throws {
        _ = try runHosted(EchoProgram.self, ["x"])
        let children = childProcesses(of: getpid())
        let server = children.first { $0.command.hasPrefix("spindle-forksrv") }
        #expect(server != nil)
        if let server { #expect(getpgid(server.pid) == server.pid) }
    }

    @Test("a generic program type is found by its mangled name in the child")
    func genericProgram() throws {
        #expect(try runHosted(Wrapper<Int>.self, 41) == 41)
    }
}

struct Wrapper<T: Codable & Sendable>: HostedProgram {
    static func main(_ arguments: T) throws -> T { arguments }
}

/// The children of `pid` as /proc lists them: pid and command line.
func childProcesses(of pid: Int32) -> [(pid: Int32, command: String)] {
    guard let directory = opendir("/proc") else { return [] }
    defer { closedir(directory) }
    var children: [(Int32, String)] = []
    while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) {
            String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
        }
        guard let candidate = Int32(name) else { continue }
        guard let stat = readSmallFile("/proc/\(candidate)/stat"),
            let close = stat.lastIndex(of: ")")
        else { continue }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 2, Int32(fields[1]) == pid else { continue }
        let command =
            readSmallFile("/proc/\(candidate)/cmdline")?.replacingOccurrences(of: "\0", with: " ") ?? ""
        children.append((candidate, command))
    }
    return children
}

private func readSmallFile(_ path: String) -> String? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = read(fd, &buffer, buffer.count)
    guard count > 0 else { return nil }
    return String(decoding: buffer[0..<count], as: UTF8.self)
}
