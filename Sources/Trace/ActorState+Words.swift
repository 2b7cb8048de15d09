import Messages

/// The one table of words for actor states. Narration, the stage and exports all read it, each
/// through its own column, so that a new state or a change of wording is made in one place.
///
/// Sentences and statuses are read by a person, in the reader's language (the `trace.state.`
/// messages); labels name slices in exported files, which stay English in every language.
extension ActorState {
    /// The table's columns: the same state said for three kinds of reader.
    package enum Wording: Sendable {
        /// Narration, after the actor's name: `exited with status 0`, `sleeping for 6.0 ms`.
        case sentence
        /// What a lane or a process-tree row says the actor is doing now: `done, exit 0`,
        /// `sleeping, wakes in 6.0 ms`.
        case status
        /// A few words for a slice on an exported timeline: `done (exit 0)`, `sleeping`.
        case label

        /// This column's entry; only that one is built. `sentence` and `status` are message keys,
        /// whole literals so that the stage's many lanes a frame build no key strings, filled
        /// with `arguments` in `language`.
        fileprivate func pick(
            sentence: String, status: String, label: @autoclosure () -> String,
            _ arguments: KeyValuePairs<String, String> = [:], in language: Language
        ) -> String {
            switch self {
            case .sentence: Messages.text(sentence, arguments, in: language)
            case .status: Messages.text(status, arguments, in: language)
            case .label: label()
            }
        }
    }

    /// `actor`'s state in `wording`'s words, as of `now` (``MonotonicClock`` nanoseconds, which
    /// a sleep's remaining time is counted from), naming things the way `naming` does.
    package func words(
        _ wording: Wording, of actor: ActorID, at now: UInt64, naming: some StateNaming
    ) -> String {
        let language = naming.language
        switch self {
        case .new:
            return wording.pick(
                sentence: "trace.state.sentence.new", status: "trace.state.status.new", label: "new",
                in: language)
        case .ready:
            return wording.pick(
                sentence: "trace.state.sentence.ready", status: "trace.state.status.ready", label: "ready",
                in: language)
        case .running:
            // Only a status names what the actor holds; the narrator says a sentence on every
            // transition to running, and that must not scan every resource for names it drops.
            guard wording == .status else {
                return wording.pick(
                    sentence: "trace.state.sentence.running", status: "trace.state.status.running",
                    label: "running", in: language)
            }
            let held = Self.holdings(of: actor, naming: naming)
            return Messages.text(
                held.isEmpty ? "trace.state.status.running" : "trace.state.status.running-holding",
                ["resources": held], in: language)
        case .blocked(let resource):
            let name = naming.name(of: resource)
            let (key, arguments) = Self.unavailability(of: resource, naming: naming)
            return wording.pick(
                sentence: key, status: key, label: "blocked on \(name)",
                ["resource": name, "owner": arguments.owner, "value": arguments.value], in: language)
        case .waiting(let wait):
            return wait.words(wording, naming: naming)
        case .sleeping(let until):
            guard let until, until > now else {
                return wording == .label
                    ? "sleeping" : Messages.text("trace.state.sleeping", in: language)
            }
            let left = DurationText.format(nanoseconds: until - now)
            return wording.pick(
                sentence: "trace.state.sentence.sleeping", status: "trace.state.status.sleeping",
                label: "sleeping",
                ["duration": left], in: language)
        case .done(.exited(let code)):
            return wording.pick(
                sentence: "trace.state.sentence.exited", status: "trace.state.status.exited",
                label: "done (exit \(code))",
                ["code": "\(code)"], in: language)
        case .done(.signalled(let signal)):
            return wording.pick(
                sentence: "trace.state.killed", status: "trace.state.killed",
                label: "done (signal \(signal))",
                ["signal": "\(signal)"], in: language)
        case .done(.failed(let message)):
            let text = naming.message(message)
            return wording.pick(
                sentence: "trace.state.failed", status: "trace.state.failed", label: "done (failed: \(text))",
                ["message": text],
                in: language)
        }
    }

    /// `lock#1, queue jobs`: the locks a running actor holds, which is what the others queue
    /// behind; empty when it holds none or the reader does not know.
    private static func holdings(of actor: ActorID, naming: some StateNaming) -> String {
        guard let world = naming.world else { return "" }
        let held = world.resourceIDs.filter { world.owner(of: $0) == actor }
        guard !held.isEmpty else { return "" }
        let separator = Messages.text("trace.list-separator", in: naming.language)
        return held.map { naming.name(of: $0) }.joined(separator: separator)
    }

    /// Why `resource` is unavailable, as the key of the whole `blocked` sentence: held by an
    /// owner, a semaphore at its value, or neither known.
    private static func unavailability(of resource: ResourceID, naming: some StateNaming)
        -> (key: String, arguments: (owner: String, value: String))
    {
        guard let world = naming.world else { return ("trace.state.blocked", ("", "")) }
        if let owner = world.owner(of: resource) {
            return ("trace.state.blocked-held", (naming.name(of: owner), ""))
        }
        if let value = world.semaphoreValue(of: resource) {
            return ("trace.state.blocked-value", ("", "\(value)"))
        }
        return ("trace.state.blocked", ("", ""))
    }
}

extension ActorState.Wait {
    /// The waiting row of the table, one entry per reason.
    fileprivate func words(_ wording: ActorState.Wording, naming: some StateNaming) -> String {
        let language = naming.language
        switch self {
        case .join(let actor) where actor == .unassigned:
            // A wait on no single actor (futures from a pool); the event's note says on what.
            return wording.pick(
                sentence: "trace.state.waiting", status: "trace.state.waiting",
                label: "waiting: join \(naming.name(of: actor))",
                in: language)
        case .join(let actor):
            let name = naming.name(of: actor)
            return wording.pick(
                sentence: "trace.state.waiting-join", status: "trace.state.waiting-join",
                label: "waiting: join \(name)",
                ["actor": name], in: language)
        case .condition(let resource), .pipe(let resource):
            let name = naming.name(of: resource)
            return wording.pick(
                sentence: "trace.state.waiting-on", status: "trace.state.waiting-on",
                label: "waiting: \(name)", ["resource": name],
                in: language)
        case .queue(let resource, let status):
            let name = naming.name(of: resource)
            let end = status.rawValue
            return wording.pick(
                sentence: "trace.state.sentence.waiting-queue-\(end)",
                status: "trace.state.status.waiting-queue-\(end)",
                label: "waiting: \(name) \(end)", ["resource": name], in: language)
        case .event(let resource):
            let name = naming.name(of: resource)
            return wording.pick(
                sentence: "trace.state.sentence.waiting-event", status: "trace.state.status.waiting-event",
                label: "waiting: \(name)",
                ["resource": name], in: language)
        case .barrier(let resource):
            let name = naming.name(of: resource)
            let arrivals = Self.arrivals(at: resource, naming: naming)
            let key = arrivals == nil ? "trace.state.waiting-barrier" : "trace.state.waiting-barrier-count"
            return wording.pick(
                sentence: key, status: key, label: "waiting: \(name)",
                ["resource": name, "arrived": arrivals?.arrived ?? "", "parties": arrivals?.parties ?? ""],
                in: language)
        }
    }

    /// How many parties have reached the barrier, of how many; `nil` when the reader does not know.
    private static func arrivals(at barrier: ResourceID, naming: some StateNaming)
        -> (arrived: String, parties: String)?
    {
        guard let world = naming.world, let parties = world.resource(barrier)?.capacity else { return nil }
        return ("\(world.waiters(of: barrier).count)", "\(parties)")
    }
}
