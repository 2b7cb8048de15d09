import Foundation
import Messages

/// A warning of the probe in the student's language. The probe, being Python, writes its
/// warnings in English, and the trace and `--json` keep them so; the ones it is known to write
/// are recognised here by their English words and said again from the catalogue, and any other
/// (a newer probe's) is shown as it came.
public enum ProbeWarning {
    private static let internalError =
        "Spindle's probe hit an internal error; part of the trace may be missing"
    private static let startMethodMiddle = " started a process with the "
    private static let startMethodEnd =
        " start method; Spindle follows only forked processes, so it is not shown"
    private static let replacedMiddle = " replaced "
    private static let replacedEnd = " are not traced"
    /// What the probe writes for the place when it could not tell the line.
    private static let unknownPlace = "the program"
    /// What the probe calls a replaced primitive's objects (its `_NOUNS`), by key suffix.
    private static let things = [
        "locks": "locks", "re-entrant locks": "re-entrant-locks", "conditions": "conditions",
        "semaphores": "semaphores", "events": "events", "barriers": "barriers", "threads": "threads",
        "timers": "timers", "queues": "queues", "sleeps": "sleeps", "pipes": "pipes",
        "shared values": "shared-values", "objects": "objects",
    ]

    /// `warning` in `language`.
    public static func text(_ warning: String, in language: Language) -> String {
        if language == .english { return warning }
        if warning == internalError { return Messages.text("script.warning.internal-error", in: language) }
        if let words = startMethod(warning, in: language) ?? replaced(warning, in: language) { return words }
        return warning
    }

    /// `x.py:9 started a process with the spawn start method; Spindle follows only ...`.
    private static func startMethod(_ warning: String, in language: Language) -> String? {
        guard warning.hasSuffix(startMethodEnd), let middle = warning.range(of: startMethodMiddle) else {
            return nil
        }
        let method = String(warning[middle.upperBound...].dropLast(startMethodEnd.count))
        let place = warning[..<middle.lowerBound]
        return place == unknownPlace
            ? Messages.text("script.warning.start-method-somewhere", ["method": method], in: language)
            : Messages.text(
                "script.warning.start-method", ["place": String(place), "method": method], in: language)
    }

    /// `x.py:28 replaced threading.Lock; those locks are not traced`.
    private static func replaced(_ warning: String, in language: Language) -> String? {
        guard warning.hasSuffix(replacedEnd),
            let middle = warning.range(of: replacedMiddle, options: .backwards),
            let those = warning[middle.upperBound...].range(of: "; those ")
        else { return nil }
        let noun = String(warning[those.upperBound...].dropLast(replacedEnd.count))
        guard let thing = things[noun] else { return nil }
        let name = String(warning[middle.upperBound..<those.lowerBound])
        let things = Messages.text("script.warning.things.\(thing)", in: language)
        let place = warning[..<middle.lowerBound]
        return place == unknownPlace
            ? Messages.text(
                "script.warning.replaced-somewhere", ["name": name, "things": things], in: language)
            : Messages.text(
                "script.warning.replaced", ["place": String(place), "name": name, "things": things],
                in: language)
    }
}
