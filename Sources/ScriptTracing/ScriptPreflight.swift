import Foundation

/// The checks made before anything is started, so that a typo or a missing interpreter gets
/// one clear line instead of a Python traceback.
enum ScriptPreflight {
    static func check(_ invocation: ScriptInvocation) throws(ScriptRunError) {
        try checkScript(invocation.script)
        guard interpreterPath(invocation.python) != nil else {
            throw ScriptRunError(.text("script.error.python-not-found", ["python": invocation.python]))
        }
    }

    private static func checkScript(_ path: String) throws(ScriptRunError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ScriptRunError(.text("script.error.no-such-file", ["path": path]))
        }
        if isFolder.boolValue {
            throw ScriptRunError(.text("script.error.folder", ["path": path]))
        }
        guard access(path, R_OK) == 0 else {
            throw ScriptRunError(
                .text("script.error.cannot-read", ["path": path, "reason": String(cString: strerror(errno))]))
        }
    }

    /// The interpreter's full path: `name` itself when it has a slash, else the first
    /// executable of that name on PATH.
    static func interpreterPath(_ name: String) -> String? {
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue,
                access(candidate, X_OK) == 0
            {
                return candidate
            }
        }
        return nil
    }
}
