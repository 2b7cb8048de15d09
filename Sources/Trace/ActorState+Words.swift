/// The one table of words for actor states. Narration, the stage and exports all read it, each
/// through its own column, so that a new state or a change of wording is made in one place.
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

        /// This column's entry; only that one is built.
        fileprivate func pick(
            sentence: @autoclosure () -> String, status: @autoclosure () -> String,
            label: @autoclosure () -> String
        ) -> String {
            switch self {
            case .sentence: sentence()
            case .status: status()
            case .label: label()
            }
        }
    }

    /// `actor`'s state in `wording`'s words, as of `now` (``MonotonicClock`` nanoseconds, which
    /// a sleep's remaining time is counted from), naming things the way `naming` does.
    package func words(
        _ wording: Wording, of actor: ActorID, at now: UInt64, naming: some StateNaming
    ) -> String {
        switch self {
        case .new:
            return wording.pick(sentence: "was created", status: "not started", label: "new")
        case .ready:
            return wording.pick(
                sentence: "is ready to run", status: "ready, waiting for a CPU",
                label: "ready")
        case .running:
            return wording.pick(
                sentence: "is running", status: "running" + Self.holdings(of: actor, naming: naming),
                label: "running")
        case .blocked(let resource):
            let blocked = "blocked on \(naming.name(of: resource))"
            let why = Self.unavailability(of: resource, naming: naming)
            return wording.pick(sentence: blocked + why, status: blocked + why, label: blocked)
        case .waiting(let wait):
            return wait.words(wording, naming: naming)
        case .sleeping(let until):
            guard let until, until > now else { return "sleeping" }
            let left = DurationText.format(nanoseconds: until - now)
            return wording.pick(
                sentence: "sleeping for \(left)", status: "sleeping, wakes in \(left)",
                label: "sleeping")
        case .done(.exited(let code)):
            return wording.pick(
                sentence: "exited with status \(code)", status: "done, exit \(code)",
                label: "done (exit \(code))")
        case .done(.signalled(let signal)):
            let killed = "killed by signal \(signal)"
            return wording.pick(sentence: killed, status: killed, label: "done (signal \(signal))")
        case .done(.failed(let message)):
            let failed = "failed: \(naming.message(message))"
            return wording.pick(sentence: failed, status: failed, label: "done (\(failed))")
        }
    }

    /// `, holds lock#1, queue jobs`: the locks a running actor holds, which is what the others
    /// queue behind.
    private static func holdings(of actor: ActorID, naming: some StateNaming) -> String {
        guard let world = naming.world else { return "" }
        let held = world.resourceIDs.filter { world.owner(of: $0) == actor }
        return held.isEmpty ? "" : ", holds " + held.map { naming.name(of: $0) }.joined(separator: ", ")
    }

    /// Why `resource` is unavailable: ` (held by worker-1)`, or a semaphore's ` (value 0)`.
    private static func unavailability(of resource: ResourceID, naming: some StateNaming) -> String {
        guard let world = naming.world else { return "" }
        if let owner = world.owner(of: resource) {
            return " (held by \(naming.name(of: owner)))"
        }
        if let value = world.semaphoreValue(of: resource) {
            return " (value \(value))"
        }
        return ""
    }
}

extension ActorState.Wait {
    /// The waiting row of the table, one entry per reason.
    fileprivate func words(_ wording: ActorState.Wording, naming: some StateNaming) -> String {
        switch self {
        case .join(let actor) where actor == .unassigned:
            // A wait on no single actor (futures from a pool); the event's note says on what.
            return wording.pick(
                sentence: "waiting", status: "waiting",
                label: "waiting: join \(naming.name(of: actor))")
        case .join(let actor):
            let name = naming.name(of: actor)
            return wording.pick(
                sentence: "waiting to join \(name)", status: "waiting to join \(name)",
                label: "waiting: join \(name)")
        case .condition(let resource), .pipe(let resource):
            let name = naming.name(of: resource)
            return wording.pick(
                sentence: "waiting on \(name)", status: "waiting on \(name)",
                label: "waiting: \(name)")
        case .queue(let resource, let status):
            let name = naming.name(of: resource)
            return wording.pick(
                sentence: "waiting on \(name) (\(status.rawValue))",
                status: "waiting: \(name) \(status.rawValue)",
                label: "waiting: \(name) \(status.rawValue)")
        case .event(let resource):
            let name = naming.name(of: resource)
            return wording.pick(
                sentence: "waiting for \(name)", status: "waiting for \(name) to be set",
                label: "waiting: \(name)")
        case .barrier(let resource):
            let name = naming.name(of: resource)
            let arrived = "waiting at \(name)" + Self.arrivals(at: resource, naming: naming)
            return wording.pick(sentence: arrived, status: arrived, label: "waiting: \(name)")
        }
    }

    /// ` (2 of 3)`: how many parties have reached the barrier.
    private static func arrivals(at barrier: ResourceID, naming: some StateNaming) -> String {
        guard let world = naming.world, let parties = world.resource(barrier)?.capacity else { return "" }
        return " (\(world.waiters(of: barrier).count) of \(parties))"
    }
}
