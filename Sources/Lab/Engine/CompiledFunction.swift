/// A `def`, a `lambda` or the module's own code, compiled.
struct CompiledFunction: Hashable, Sendable {
    var name: String
    var parameters: [String]
    /// The default of each parameter, `nil` for a required one.
    var defaults: [LabValue?]
    /// Parameters first, then the other locals.
    var localNames: [String]
    var code: [Instruction]
    var sources: [InstructionSource]
}

/// A module-level name.
struct GlobalVariable: Hashable, Sendable {
    var name: String
    /// Whether reading or writing it is a step. A name bound once at the top level (a `def`,
    /// an import, `lock = Lock()`) and never declared `global` in a function is as good as a
    /// constant, and treating it as one keeps `lock.acquire()` from costing two steps.
    var isShared: Bool
    /// Whether the program assigns it (`counter = 0`, `global counter`), as opposed to binding
    /// it only with `def` or `import`: the names a lab goal may speak of.
    var isAssigned: Bool
}
