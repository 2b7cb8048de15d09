import CLineEdit
import Terminal

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One libedit editor. This file fences the unsafe plumbing between Swift and
/// the C callbacks: an opaque C handle, and a raw pointer back to Swift.
final class LibeditEditor {
    private let handle: OpaquePointer
    /// Kept alive here because C holds it only as an unretained pointer.
    private let completion: CompletionContext?
    /// The editor's EL_HIST points into this history, so it must outlive `handle`.
    private let history: HistoryFile?

    init?(programName: String, history: HistoryFile?, completer: LineCompleter?) {
        let completion = completer.map(CompletionContext.init)
        // UNSAFE: C receives this object unretained through EL_CLIENTDATA; it
        // stays valid because `self.completion` owns it and deinit destroys
        // the editor (the only caller) before the object is released.
        let contextPointer = completion.map { Unmanaged.passUnretained($0).toOpaque() }
        guard
            let handle = cle_editor_create(
                programName,
                history?.handle,
                completion == nil ? nil : completeWord,
                contextPointer
            )
        else { return nil }
        self.handle = handle
        self.completion = completion
        self.history = history
    }

    deinit {
        cle_editor_destroy(handle)
    }

    /// Reads one line with `prompt`, whose escape sequences are already marked. The signals are
    /// caught only while the line is read; without a window (no pipe to be had) they keep their
    /// usual actions and the line is still read.
    func read(markedPrompt: String) -> LineReadResult {
        let window = try? SignalWindow.open()
        var endedBy: Int32 = 0
        let line = cle_editor_read(handle, markedPrompt, &endedBy)
        window?.close()
        guard let line else {
            let signals = TerminalSignals(rawValue: endedBy)
            if let ending = signals.endingSignal { return .terminated(signal: ending) }
            return signals.contains(.interrupt) ? .interrupted : .end
        }
        // UNSAFE: `line` points into libedit's buffer, valid until the next read; copied here.
        var text = String(cString: line)
        while let last = text.unicodeScalars.last, last == "\n" || last == "\r" {
            text.unicodeScalars.removeLast()
        }
        return .line(text)
    }
}

/// The Swift completer, reachable from C through an opaque pointer.
final class CompletionContext {
    let completer: LineCompleter

    init(completer: @escaping LineCompleter) {
        self.completer = completer
    }
}

/// The C completion callback (`cle_complete_fn`), called by libedit on Tab.
private func completeWord(
    context: UnsafeMutableRawPointer?,
    editor: OpaquePointer?,
    textBeforeCursor: UnsafePointer<CChar>?
) -> cle_complete_result {
    guard let context, let editor, let textBeforeCursor else { return CLE_COMPLETE_BEEP }
    // UNSAFE: `context` is the unretained CompletionContext passed at creation,
    // kept alive by the LibeditEditor that owns this C editor.
    let completion = Unmanaged<CompletionContext>.fromOpaque(context).takeUnretainedValue()
    let before = String(cString: textBeforeCursor)
    let plan = CompletionPlan(
        partialWord: CompletionPlan.partialWord(in: before),
        candidates: completion.completer(before)
    )
    switch plan {
    case .beep:
        return CLE_COMPLETE_BEEP
    case .edit(let deleting, let inserting):
        cle_editor_delete_backward(editor, Int32(deleting))
        return cle_editor_insert(editor, inserting) == 0 ? CLE_COMPLETE_REFRESH : CLE_COMPLETE_BEEP
    case .list(let candidates):
        let width = TerminalSize.of(STDOUT_FILENO)?.columns ?? 80
        cle_editor_write(editor, "\n" + CompletionListing.render(candidates, width: width))
        return CLE_COMPLETE_REDISPLAY
    }
}
