import Messages
import Trace

/// The fork hierarchy: processes under their parents, with pids and how each is doing or ended.
struct ProcessTreeView: StagePanel {
    let state: TraceState
    let now: UInt64
    let language: Language
    /// One row per process in depth-first order, with the `├─ └─ │` prefix that places it.
    let tree: [(prefix: String, actor: ActorID)]
    /// Whether the demo is about the process tree.
    let emphasized: Bool

    init(_ scene: StageScene) {
        state = scene.state
        now = scene.now
        language = scene.language
        tree = Self.tree(of: scene.state)
        emphasized = scene.emphasis.contains(.processTree)
    }

    /// The heading and every process, or nothing: a clipped tree loses the shape it exists to
    /// show, and the lanes list every process anyway. Unless the demo is about the tree: then
    /// as much of it as fits is better than none, if that is its heading and two processes.
    func rows(width: Int) -> RowRequest {
        let wanted = tree.isEmpty ? 0 : 1 + tree.count
        guard emphasized else { return RowRequest(minimum: 0, wanted: wanted, smallest: wanted) }
        return RowRequest(minimum: wanted, wanted: wanted, emphasized: true, smallest: min(wanted, 3))
    }

    private static func tree(of state: TraceState) -> [(prefix: String, actor: ActorID)] {
        let processes = state.actorIDs.filter { state.actor($0)?.actor.kind == .process }
        let set = Set(processes)
        // A process whose parent is missing or not a process roots its own tree.
        let roots = processes.filter { id in state.actor(id)?.actor.parent.map { !set.contains($0) } ?? true }
        var result: [(String, ActorID)] = []
        func visit(_ id: ActorID, lead: String, branch: String, depth: Int) {
            result.append((lead + branch, id))
            // Declared parents come first, so a cycle can only come from a corrupt trace; stop it anyway.
            guard depth < processes.count else { return }
            let children = state.children(of: id).filter(set.contains)
            let childLead = lead + (branch == "├─ " ? "│  " : branch.isEmpty ? "" : "   ")
            for (index, child) in children.enumerated() {
                visit(
                    child, lead: childLead, branch: index == children.count - 1 ? "└─ " : "├─ ",
                    depth: depth + 1)
            }
        }
        for root in roots { visit(root, lead: "", branch: "", depth: 0) }
        return result
    }

    func draw(in region: Region, on canvas: inout Canvas, geometry: inout StageGeometry) {
        guard region.height > 0, region.width > 0 else { return }
        let rows = tree
        canvas.heading(Messages.text("stage.heading.process-tree", in: language), in: region)
        let available = region.height - 1
        let shown = rows.count <= available ? rows.count : max(0, available - 1)
        for (index, row) in rows.prefix(shown).enumerated() {
            let y = region.y + 1 + index
            let current = state.state(of: row.actor).map(LaneState.init) ?? .new
            canvas.put(
                [
                    (row.prefix, ViewStyle.rule), (state.laneLabel(of: row.actor), ViewStyle.name),
                    ("  ", .plain),
                    (StateWords.describe(row.actor, in: state, now: now, language: language), current.style),
                ],
                x: region.x, y: y, limit: region.width)
        }
        if shown < rows.count, available > 0 {
            canvas.put(
                Messages.text("stage.more-not-shown", ["count": "\(rows.count - shown)"], in: language),
                x: region.x, y: region.y + 1 + shown,
                style: ViewStyle.muted, limit: region.width)
        }
    }
}
