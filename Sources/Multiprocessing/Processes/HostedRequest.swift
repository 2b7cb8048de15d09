/// What the tutor asks the fork server to run: the payload of one spawn request.
struct HostedRequest: Codable, Sendable {
    /// Where the requester's trace stands, so the new process tree numbers on from there.
    struct TraceSetup: Codable, Sendable {
        var lastActorID: Int
        var lastResourceID: Int
        var parentActor: Int
    }

    /// The program type's mangled name.
    var program: String
    /// The arguments, encoded with ``BinaryCoding``.
    var arguments: [UInt8]
    /// The process's name in `ps` and in the trace.
    var name: String
    /// Present when the requester records a trace; events then arrive on the trace descriptor.
    var trace: TraceSetup?
    /// The most processes the program's tree may run at once.
    var processLimit: Int
}

/// The descriptors a hosted process receives, in the order they are attached to the request.
enum HostedDescriptor: Int {
    case output = 0
    case errors = 1
    case outcome = 2
    case trace = 3
}

/// How a hosted program ended, sent back on the outcome pipe.
enum HostedOutcome: Codable, Sendable {
    /// The program returned this encoded output.
    case returned([UInt8])
    /// The program threw an error with this description.
    case threw(String)
}
