import Foundation

/// Finds and prepares the CPython script and the C program kept in `Benchmarks/`.
enum CounterpartFactory {
    /// The repository's `Benchmarks` folder: found from this source file's place when the
    /// benchmark runs from its checkout (as `swift run` does), else in the current directory.
    static func benchmarksFolder(option: String?) throws -> String {
        if let option { return option }
        let fromSource = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Benchmarks").path
        for candidate in [fromSource, FileManager.default.currentDirectoryPath + "/Benchmarks"]
        where FileManager.default.fileExists(atPath: candidate + "/python/prims.py") {
            return candidate
        }
        throw BenchFailure(
            "cannot find the Benchmarks folder; run from the repository or pass --benchmarks DIR")
    }

    static func python(folder: String) throws -> Counterpart {
        let version: String
        do {
            version = try ChildCommand.run(
                ["python3", "-c", "import platform; print(platform.python_version())"], timeout: 30)
        } catch {
            throw BenchFailure(
                "--compare python needs python3 on PATH (\(error)); install it or drop --compare python")
        }
        return try Counterpart(
            key: "python", label: "CPython \(version.trimmingCharacters(in: .whitespacesAndNewlines))",
            command: ["python3", folder + "/python/prims.py"])
    }

    /// Compiles `c/prims.c` with the system's C compiler into `buildFolder`.
    static func c(folder: String, buildFolder: String) throws -> Counterpart {
        let binary = buildFolder + "/prims-c"
        do {
            _ = try ChildCommand.run(
                ["cc", "-O2", "-pthread", "-o", binary, folder + "/c/prims.c"], timeout: 120)
        } catch {
            throw BenchFailure(
                "--compare c needs a C compiler as `cc` (\(error)); install one or drop --compare c")
        }
        return try Counterpart(key: "c", label: "C (cc -O2)", command: [binary])
    }
}
