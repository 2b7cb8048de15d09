import Synchronization

/// The names pipes go by in error messages: the given name (or `pipe`) and a number unique in
/// the process, such as `pipe#2`, so two pipes with one name can still be told apart.
enum PipeNaming {
    private static let lastNumber = Atomic<Int>(0)

    /// A fresh title for a pipe called `name`.
    static func title(_ name: String?) -> String {
        "\(name ?? "pipe")#\(lastNumber.wrappingAdd(1, ordering: .relaxed).newValue)"
    }
}
