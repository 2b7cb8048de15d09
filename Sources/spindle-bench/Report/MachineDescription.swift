import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The machine a run happened on, printed above the table so figures are never read without it.
struct MachineDescription {
    let fields: [String: String]

    static func current() -> MachineDescription {
        var fields: [String: String] = [:]
        fields["cores"] = String(ProcessInfo.processInfo.activeProcessorCount)
        if let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
            let line = info.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
            let name = line.split(separator: ":", maxSplits: 1).last
        {
            fields["cpu"] = name.trimmingCharacters(in: .whitespaces)
        }
        fields["system"] = ProcessInfo.processInfo.operatingSystemVersionString
        var names = utsname()
        if uname(&names) == 0 {
            fields["kernel"] = withUnsafeBytes(of: &names.release) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
        }
        #if DEBUG
        fields["build"] = "debug"
        #else
        fields["build"] = "release"
        #endif
        return MachineDescription(fields: fields)
    }

    var summary: String {
        fields.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: " · ")
    }
}
