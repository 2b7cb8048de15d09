import Foundation

/// Writing finished exports to disk, shared by every format.
enum ExportFile {
    /// Replaces `path` atomically, so an interrupted export never leaves half a file
    /// that a viewer would reject with a confusing parse error.
    static func write(_ data: Data, to path: String) throws(TraceExportError) {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .cannotWrite(path: path, reason: reason(for: error))
        }
    }

    /// Foundation's own message is generic ("The file doesn’t exist."); the POSIX
    /// error underneath says what actually went wrong.
    private static func reason(for error: any Error) -> String {
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? any Error {
            let posix = underlying as NSError
            if posix.domain == NSPOSIXErrorDomain {
                return String(cString: strerror(Int32(posix.code)))
            }
        }
        return error.localizedDescription
    }
}
