/// The version `--version` prints and the REPL greets with.
enum SpindleVersion {
    static let current = "0.1.0"
}
