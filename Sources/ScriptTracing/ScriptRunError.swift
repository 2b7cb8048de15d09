/// Why a program could not be started: each is one line naming the thing and the fix.
public struct ScriptRunError: Error, CustomStringConvertible, Sendable, Equatable {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
