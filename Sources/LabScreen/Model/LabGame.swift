/// A lab the screen can play: it shows ``snapshot`` and hands each of the student's actions to
/// ``perform(_:)``. The executable implements it with the Lab engine, so this module never
/// needs the engine and the screen can be tested with a scripted game.
public protocol LabGame {
    /// Everything the screen shows, as it is now.
    var snapshot: LabSnapshot { get }
    /// Does what the student asked and updates ``snapshot`` (its message, phase, threads...).
    mutating func perform(_ action: LabAction)
}
