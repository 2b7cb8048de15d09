import Stage
import Trace

/// The stage's cost per frame: composing a 32-lane frame at 200x60 and diffing it against the
/// previous one, with one lane changing per frame, as a live demo does 30 times a second. Like the
/// live player, it draws into two reused frames in turn and one reused output buffer.
enum StageCases {
    static let lanes = 32
    static let size = (width: 200, height: 60)

    static var all: [BenchCase] {
        [
            BenchCase(
                "stage_frame_32x200", work: 2_000,
                notes: "compose + diff a 32-lane 200x60 frame, one lane changed (3334/s = 0.3 ms a frame)",
                targets: [.atLeast(3_334)]
            ) { n in
                var scene = SteadyScene()
                return rate(n) { for _ in 0..<n { _ = scene.nextFrame() } }
            },
            BenchCase(
                "stage_steady_frame_bytes", unit: .bytes, work: 200,
                notes: "bytes sent for a steady frame with one lane changed",
                targets: [.atMost(300)]
            ) { n in
                var scene = SteadyScene()
                let sizes = (0..<n).map { _ in scene.nextFrame() }
                return Double(sizes.reduce(0, +)) / Double(max(1, sizes.count))
            },
        ]
    }
}

/// A trace of 32 threads sharing a lock, advanced one event per frame. Frames are 1 ms apart in
/// trace time, so the time axis stays put and only the changed lane, its line in the process
/// list and the narration differ: a steady frame.
struct SteadyScene {
    private var timeline = Timeline()
    private var previous = FrameBuffer(width: 0, height: 0)
    private var frame = FrameBuffer(width: 0, height: 0)
    private var output: [UInt8] = []
    private var geometry = StageGeometry()
    private var time: UInt64 = 1_000_000_000
    private var step = 0
    private let lock = ResourceID(1)

    init() {
        var events = [
            TraceEvent(
                time: time, actor: ActorID(1),
                kind: .declareResource(TraceResource(id: lock, kind: .lock, name: "lock")))
        ]
        for lane in 1...StageCases.lanes {
            events.append(
                TraceEvent(
                    time: time, actor: ActorID(lane),
                    kind: .declareActor(
                        TraceActor(id: ActorID(lane), kind: .thread, name: "worker-\(lane)"))))
            events.append(TraceEvent(time: time, actor: ActorID(lane), kind: .transition(.running)))
        }
        timeline.append(events)
        // Five seconds of history, as a demo a few seconds in: the time axis has settled.
        time += 5_000_000_000
        Self.render(timeline, at: time, geometry: &geometry, into: &previous)
    }

    /// Moves one lane to its next state and returns the bytes the diff sends.
    mutating func nextFrame() -> Int {
        step += 1
        time += 1_000_000
        let lane = ActorID(step % StageCases.lanes + 1)
        let state: ActorState = step % 2 == 0 ? .running : .blocked(on: lock)
        timeline.append(TraceEvent(time: time, actor: lane, kind: .transition(state)))
        Self.render(timeline, at: time, geometry: &geometry, into: &frame)
        FrameDiff.render(from: previous, to: frame, color: true, into: &output)
        swap(&previous, &frame)
        return output.count
    }

    private static func render(
        _ timeline: Timeline, at time: UInt64, geometry: inout StageGeometry, into frame: inout FrameBuffer
    ) {
        StageView.render(
            timeline: timeline, at: time, size: StageCases.size, color: true, title: "bench",
            geometry: &geometry, into: &frame)
    }
}
