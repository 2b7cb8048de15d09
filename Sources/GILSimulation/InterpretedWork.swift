/// Stand-ins for the two kinds of work a Python thread does, for GIL demos: CPU-bound
/// bytecode that needs the GIL throughout, and blocking I/O that releases it.
public enum InterpretedWork {
    /// How many iterations ``spin(iterations:gil:checkpointEvery:)`` runs between checkpoints
    /// by default: about as much work as one pass of a small Python loop, where CPython
    /// checks its eval breaker.
    public static let defaultCheckpointInterval = 64

    /// CPU-bound "interpreted" work, like a pure-Python loop: real arithmetic (a xorshift
    /// generator, which the optimiser cannot shortcut) run holding the GIL, with a
    /// ``GIL/checkpoint()`` every `checkpointEvery` iterations so that waiting threads get
    /// their turn after the switch interval.
    ///
    /// Takes the GIL for the duration unless the calling thread already holds it.
    /// - Returns: The generator's final state, so the work cannot be optimised away.
    @discardableResult
    public static func spin(iterations: Int, gil: GIL, checkpointEvery: Int = defaultCheckpointInterval)
        -> UInt64
    {
        let stride = max(1, checkpointEvery)
        return gil.withInterpreter {
            var state: UInt64 = 0x9E37_79B9_7F4A_7C15
            var remaining = iterations
            while remaining > 0 {
                let chunk = min(remaining, stride)
                for _ in 0..<chunk {
                    state ^= state << 13
                    state ^= state >> 7
                    state ^= state << 17
                }
                remaining -= chunk
                gil.checkpoint()
            }
            return state
        }
    }

    /// I/O-bound work, like a blocking socket read: a real `nanosleep` of `seconds` with the
    /// GIL released, so other threads run meanwhile; traced as sleeping. Same as
    /// ``GIL/sleep(_:)``, named for what it stands for in a demo.
    public static func simulatedIO(seconds: Double, gil: GIL) {
        gil.sleep(seconds)
    }
}
