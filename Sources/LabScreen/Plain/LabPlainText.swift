/// A lab's state as lines of plain text, for `--plain` and for input that is not a terminal:
/// the same facts the full screen shows, wrapped at a width, with no escapes at all.
enum LabPlainText {
    /// Output lines kept in the plain state: the newest; the rest were printed before.
    static let outputLines = 5

    /// The state of `snapshot` in lines of at most `width` columns.
    static func state(of snapshot: LabSnapshot, width: Int) -> [String] {
        var lines: [String] = []
        func add(_ prefix: String, _ text: String) {
            lines += wrapped(prefix: prefix, text: text, width: width)
        }
        add("Lab: ", snapshot.title)
        add("Goal: ", snapshot.goal ?? "none (free play)")
        add("Step: ", "\(snapshot.stepCount)" + (snapshot.seed.map { " (seed \($0))" } ?? ""))
        lines.append("Threads:")
        if snapshot.threads.isEmpty { lines.append("  none has started") }
        for (index, thread) in snapshot.threads.enumerated() {
            add(
                "  \(index + 1) ",
                LabText.singleLine(thread.name) + ": " + words(for: thread, in: snapshot.sourceLines))
        }
        let variables = snapshot.variables.map {
            LabText.singleLine($0.name) + " = " + LabText.singleLine($0.value)
        }
        add("Globals: ", variables.isEmpty ? "none" : variables.joined(separator: ", "))
        if !snapshot.objects.isEmpty {
            lines.append("Objects:")
            for object in snapshot.objects {
                add("  ", LabText.singleLine(object.name) + ": " + LabText.singleLine(object.value))
            }
        }
        add("Last step: ", snapshot.recentSteps.last ?? "none yet")
        if !snapshot.output.isEmpty {
            let shown = snapshot.output.suffix(outputLines)
            lines.append(
                shown.count < snapshot.output.count ? "Output (last \(shown.count) lines):" : "Output:")
            for line in shown { add("  ", line) }
        }
        switch snapshot.phase {
        case .playing: add("", "Your move: type a thread's number to run its next step.")
        case .won(let how): add("WIN: ", how)
        case .ended(let why): add("Run ended: ", why + " (u undo, r restart, e explore)")
        }
        if let message = snapshot.message { add("", message) }
        return lines
    }

    /// A thread's state in words, with the line of code its next step is on.
    static func words(for thread: LabThreadColumn, in source: [String]) -> String {
        let state =
            switch thread.state {
            case .runnable(let next): "next " + next
            case .blocked(let reason): "blocked, " + reason
            case .finished: "finished"
            }
        guard thread.state != .finished, let line = thread.line, source.indices.contains(line - 1) else {
            return state
        }
        let code = LabText.codeLine(source[line - 1]).drop { $0 == " " }
        return state + " (line \(line): \(code))"
    }

    /// `text` sanitised and wrapped after `prefix`, continuation lines indented under the text.
    static func wrapped(prefix: String, text: String, width: Int) -> [String] {
        let indent = String(repeating: " ", count: prefix.count)
        return LabText.wrap(text, width: width - prefix.count).enumerated().map { index, line in
            (index == 0 ? prefix : indent) + line
        }
    }
}
