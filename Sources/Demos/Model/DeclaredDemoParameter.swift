/// A parameter whatever the type of its value, so a descriptor can list a demo's keys together.
public protocol DeclaredDemoParameter: Sendable {
    /// The name, kind, default and help the student sees.
    var spec: DemoParameterSpec { get }
}
