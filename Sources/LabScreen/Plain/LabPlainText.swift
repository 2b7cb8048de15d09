import Messages
import TextRendering

/// A lab's state as lines of plain text, for `--plain` and for input that is not a terminal:
/// the same facts the full screen shows, wrapped at a width, with no escapes at all.
enum LabPlainText {
    /// Output lines kept in the plain state: the newest; the rest were printed before.
    static let outputLines = 5

    /// The state of `snapshot` in lines of at most `width` columns, its own words in `language`.
    static func state(
        of snapshot: LabSnapshot, width: Int, language: Language = CurrentLanguage.value
    ) -> [String] {
        let say = LabView.Say(language: language)
        var lines: [String] = []
        func add(_ prefix: String, _ text: String) {
            lines += wrapped(prefix: prefix, text: text, width: width)
        }
        add(say("plain.lab"), snapshot.title)
        add(say("plain.goal"), snapshot.goal ?? say("plain.goal-none"))
        let step = "\(snapshot.stepCount)"
        add(
            say("plain.step"),
            snapshot.seed.map { say("plain.step-seed", ["step": step, "seed": "\($0)"]) } ?? step)
        lines.append(say("plain.threads"))
        if snapshot.threads.isEmpty { lines.append("  " + say("plain.no-threads")) }
        for (index, thread) in snapshot.threads.enumerated() {
            add(
                "  \(index + 1) ",
                LabText.singleLine(thread.name) + ": "
                    + words(for: thread, in: snapshot.sourceLines, language: language))
        }
        let variables = snapshot.variables.map {
            LabText.singleLine($0.name) + " = " + LabText.singleLine($0.value)
        }
        add(say("plain.globals"), variables.isEmpty ? say("plain.none") : variables.joined(separator: ", "))
        if !snapshot.objects.isEmpty {
            lines.append(say("plain.objects"))
            for object in snapshot.objects {
                add("  ", LabText.singleLine(object.name) + ": " + LabText.singleLine(object.value))
            }
        }
        add(say("plain.last-step"), snapshot.recentSteps.last ?? say("plain.none-yet"))
        if !snapshot.output.isEmpty {
            let shown = snapshot.output.suffix(outputLines)
            lines.append(
                shown.count < snapshot.output.count
                    ? say("plain.output-last", ["count": "\(shown.count)"]) : say("plain.output"))
            for line in shown { add("  ", line) }
        }
        switch snapshot.phase {
        case .playing: add("", say("plain.your-move"))
        case .won(let how): add(say("plain.won"), how)
        case .ended(let why): add(say("plain.ended"), say("plain.ended-keys", ["why": why]))
        }
        if let message = snapshot.message { add("", message) }
        return lines
    }

    /// A thread's state in words, with the line of code its next step is on.
    static func words(
        for thread: LabThreadColumn, in source: [String], language: Language = CurrentLanguage.value
    ) -> String {
        let say = LabView.Say(language: language)
        let state =
            switch thread.state {
            case .runnable(let next): say("plain.next", ["step": next])
            case .blocked(let reason): say("plain.blocked", ["reason": reason])
            case .finished: say("plain.finished")
            }
        guard thread.state != .finished, let line = thread.line, source.indices.contains(line - 1) else {
            return state
        }
        let code = String(LabText.codeLine(source[line - 1]).drop { $0 == " " })
        return say("plain.at-line", ["state": state, "line": "\(line)", "code": code])
    }

    /// `text` sanitised and wrapped after `prefix`, continuation lines indented under the text;
    /// measured in display columns, as a wide label takes two a character.
    static func wrapped(prefix: String, text: String, width: Int) -> [String] {
        let prefixWidth = DisplayWidth.of(prefix)
        let indent = String(repeating: " ", count: prefixWidth)
        return LabText.wrap(text, width: width - prefixWidth).enumerated().map { index, line in
            (index == 0 ? prefix : indent) + line
        }
    }
}
