/// Where a lab run stands.
public enum LabPhase: Sendable, Equatable {
    /// Threads can still run and the goal is not met.
    case playing
    /// The goal is met; the words say how ("counter ended at 1").
    case won(String)
    /// The run is over without meeting the goal; the words say why ("every thread finished
    /// with counter == 2").
    case ended(String)
}
