import Messages
import TextRendering
import Trace

/// What a lane shows for a stretch of time: an ``ActorState`` without its details,
/// each with its own glyph so the timeline reads without colour.
public enum LaneState: Int, CaseIterable, Sendable, Hashable {
    /// Declared but not started.
    case new
    /// Runnable, waiting for a CPU (or the GIL).
    case ready
    /// On a CPU.
    case running
    /// Stuck behind a lock, semaphore or the GIL.
    case blocked
    /// Chose to wait: join, condition, queue, pipe, event or barrier.
    case waiting
    /// On a timer.
    case sleeping
    /// Finished with exit status 0.
    case succeeded
    /// Finished any other way: non-zero status, signal or error.
    case failed

    /// The category of `state`.
    public init(_ state: ActorState) {
        switch state {
        case .new: self = .new
        case .ready: self = .ready
        case .running: self = .running
        case .blocked: self = .blocked
        case .waiting: self = .waiting
        case .sleeping: self = .sleeping
        case .done(.exited(0)): self = .succeeded
        case .done: self = .failed
        }
    }

    /// The character drawn in each column the state fills; distinct for every state.
    public var glyph: Character {
        switch self {
        case .new: "·"
        case .ready: "░"
        case .running: "█"
        case .blocked: "▒"
        case .waiting: "┄"
        case .sleeping: "z"
        case .succeeded: "✓"
        case .failed: "✗"
        }
    }

    /// The colour that goes with the glyph when colour is on.
    public var style: TextStyle {
        switch self {
        case .new: TextStyle(foreground: .gray)
        case .ready: TextStyle(foreground: .cyan)
        case .running: TextStyle(foreground: .green)
        case .blocked: TextStyle(foreground: .red)
        case .waiting: TextStyle(foreground: .yellow)
        case .sleeping: TextStyle(foreground: .blue)
        case .succeeded: TextStyle(bold: true, foreground: .green)
        case .failed: TextStyle(bold: true, foreground: .red)
        }
    }

    /// The legend's word for the state, in English.
    public var label: String { label(in: .english) }

    /// The legend's word for the state in `language`.
    public func label(in language: Language) -> String {
        let key =
            switch self {
            case .new: "new"
            case .ready: "ready"
            case .running: "running"
            case .blocked: "blocked"
            case .waiting: "waiting"
            case .sleeping: "sleeping"
            case .succeeded: "done"
            case .failed: "failed"
            }
        return Messages.text("stage.legend." + key, in: language)
    }

    /// The cell each column of the state is drawn with, made once: a frame fills thousands.
    var cell: Cell { Self.cells[rawValue] }

    private static let cells = allCases.map { FrameBuffer.fillCell($0.glyph, style: $0.style) }

    /// `allCases` builds a new array on every access; sampling asks per column.
    static let all = allCases

    /// A finished actor draws its mark once and nothing after it.
    var isDone: Bool {
        self == .succeeded || self == .failed
    }

    /// Which state a column shows when two fill it equally: being stuck is what the learner is looking for.
    var salience: Int {
        switch self {
        case .blocked: 7
        case .waiting: 6
        case .failed: 5
        case .succeeded: 4
        case .running: 3
        case .ready: 2
        case .sleeping: 1
        case .new: 0
        }
    }
}
