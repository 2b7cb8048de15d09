/// A lab program compiled for the engine: immutable, and shared by every copy of an engine.
public struct LabProgram: Sendable {
    let file: String
    let functions: [CompiledFunction]
    let globals: [GlobalVariable]
    /// The function that runs `Condition.wait_for`, written in the subset itself so that its
    /// waits and predicate calls are ordinary steps.
    let waitForFunction: Int

    static let moduleFunction = 0

    /// Compiles `module`, or says where it leaves the subset.
    public init(_ module: PyModule) throws(LabSyntaxError) {
        let compiled = try Compiler.compile(module)
        file = module.file
        functions = compiled.functions
        globals = compiled.globals
        waitForFunction = compiled.waitForFunction
    }
}
