import Messages

/// What a thread's next step does, kept as its kind and subject rather than as words, so the
/// step taken can be completed by kind and the words chosen in any language.
enum StepWords: Hashable, Sendable {
    case waitOn(String)
    case reacquire(String)
    case leave(String)
    case finished
    case begin(String)
    case run(String)
    case read(String)
    case write(String)
    case readNext(String)
    case acquireWith(String)
    case releaseWith(String)
    case call(String)
    /// `lock.acquire()`: the method's name, then what it is called on.
    case method(String, receiver: String)

    /// "read counter", "acquire lock".
    func text(in language: Language) -> String {
        func text(_ key: String, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
            Messages.text(key, arguments, in: language)
        }
        switch self {
        case .waitOn(let condition): return text("lab.step.wait-on", ["condition": condition])
        case .reacquire(let condition): return text("lab.step.reacquire", ["condition": condition])
        case .leave(let barrier): return text("lab.step.leave", ["barrier": barrier])
        case .finished: return text("lab.step.finished")
        case .begin(let function): return text("lab.step.begin", ["function": function])
        case .run(let function): return text("lab.step.run", ["function": function])
        case .read(let subject): return text("lab.step.read", ["subject": subject])
        case .write(let subject): return text("lab.step.write", ["subject": subject])
        case .readNext(let subject): return text("lab.step.read-next", ["subject": subject])
        case .acquireWith(let subject): return text("lab.step.acquire-with", ["subject": subject])
        case .releaseWith(let subject): return text("lab.step.release-with", ["subject": subject])
        case .call(let subject): return text("lab.step.call", ["subject": subject])
        case .method(let method, let receiver):
            return text("lab.step.method", ["method": method, "receiver": receiver])
        }
    }
}
