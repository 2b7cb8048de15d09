import Foundation

/// Runs a program to completion with a time limit and returns what it printed.
enum ChildCommand {
    static func run(_ arguments: [String], timeout: Double) throws -> String {
        let child = Foundation.Process()
        child.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        child.arguments = arguments
        let output = Foundation.Pipe()
        let errors = Foundation.Pipe()
        child.standardOutput = output
        child.standardError = errors
        do {
            try child.run()
        } catch {
            throw BenchFailure("cannot start \(arguments[0]): \(error.localizedDescription)")
        }
        // Read while it runs, so a chatty child never blocks on a full pipe.
        let collected = OutputCollector(output.fileHandleForReading, errors.fileHandleForReading)
        let deadline = Date().addingTimeInterval(timeout)
        while child.isRunning {
            if Date() > deadline {
                child.terminate()
                child.waitUntilExit()
                throw BenchFailure(
                    "\(arguments.joined(separator: " ")) did not finish within \(Int(timeout)) s")
            }
            usleep(2_000)
        }
        child.waitUntilExit()
        let (text, problems) = collected.finish()
        guard child.terminationStatus == 0 else {
            let detail =
                problems.split(separator: "\n").last.map(String.init)
                ?? "exit status \(child.terminationStatus)"
            throw BenchFailure("\(arguments.joined(separator: " ")) failed: \(detail)")
        }
        return text
    }
}

/// Drains a child's output and error pipes on background threads.
private final class OutputCollector: @unchecked Sendable {
    // Each buffer is written by its own thread and read only after `group` is done.
    private var output = Data()
    private var errors = Data()
    private let group = DispatchGroup()

    init(_ outputHandle: FileHandle, _ errorHandle: FileHandle) {
        DispatchQueue.global().async(group: group) { self.output = outputHandle.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { self.errors = errorHandle.readDataToEndOfFile() }
    }

    func finish() -> (String, String) {
        group.wait()
        return (String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }
}
