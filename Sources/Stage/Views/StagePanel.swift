import Messages
import Trace

/// One section of the stage, such as the lanes or the narration. The layout asks every panel
/// for the rows it would like, shares the frame's rows out (``StageLayout``), then has each draw
/// in its share. A panel is made afresh for every frame from the ``StageScene``.
protocol StagePanel {
    /// The rows this panel asks for when it is `width` columns wide.
    func rows(width: Int) -> RowRequest

    /// Draws into `region`, which may hold fewer rows than asked for, or none.
    ///
    /// - Parameter geometry: measures kept from frame to frame, for a panel that must not jump
    ///   while it changes (the lanes' time axis); the others leave it alone.
    func draw(in region: Region, on canvas: inout Canvas, geometry: inout StageGeometry)
}

/// What one frame of the stage is drawn from; every panel is made from the same scene.
struct StageScene {
    let timeline: Timeline
    /// The world after every event so far, computed once for all panels.
    let state: TraceState
    /// The instant drawn (``MonotonicClock`` nanoseconds).
    let now: UInt64
    /// How much time one timeline column stands for.
    let scale: TimeScale
    /// The frame's height, title row included.
    let height: Int
    /// The views the demo is about; each panel decides what emphasis means for it.
    let emphasis: Set<TraceView>
    /// The language of the frame's words, read once per frame.
    let language: Language
}

/// The rows a panel asks the layout for.
struct RowRequest {
    /// Rows without which the panel is no use; every panel's minimum is granted before any grows.
    var minimum: Int
    /// Rows to show everything.
    var wanted: Int
    /// Whether the minimum comes in the first round, with the panels that tell what happened
    /// (lanes, results, narration), rather than the second, with those that explain it.
    var essential = false
    /// Whether the demo is about this panel: it grows before the others do.
    var emphasized = false
    /// The fewest rows worth drawing: a panel that would get fewer gets none, since cutting it
    /// loses what it exists to show (a process tree without its shape).
    var smallest = 0
}
