/// The words of a choice parameter, as an enum whose raw values are the words a student types,
/// in the order `--help` lists them.
public protocol DemoChoice: RawRepresentable, CaseIterable, Sendable where RawValue == String {}
