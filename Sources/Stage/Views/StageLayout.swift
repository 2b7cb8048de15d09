import Trace

/// How the stage's panels share a frame's rows, top to bottom.
///
/// Adding a panel to the stage takes two steps and touches nothing else:
/// 1. One file in `Views/` with a type conforming to ``StagePanel``, made from the frame's
///    ``StageScene`` (`init(_ scene: StageScene)`): `rows(width:)` says what rows it asks for
///    (its ``RowRequest`` says how it competes for them) and `draw(in:on:geometry:)` draws it in
///    the region it is given.
/// 2. One entry in ``bands(of:)``, where it should appear top to bottom.
///
/// Every frame then changes, so the golden frames are re-recorded (see `StageViewGoldenTests`).
///
/// Rows are shared by priority, not by place: first every minimum, the essential panels' (what
/// happened: lanes, results, narration) before the others' (what explains it: resources, the
/// process tree); then the emphasised panels grow, then all of them, each round in the list's
/// order. So on a small terminal the lanes come first and the narration grows last.
struct StageLayout {
    /// The stage's panels, top to bottom.
    static func bands(of scene: StageScene) -> [StageBand] {
        [
            .across(LanesView(scene)),
            .sideBySide(ResourcesView(scene), ProcessTreeView(scene), fromWidth: 120),
            .across(ResultsView(scene)),
            .across(NarrationView(scene)),
        ]
    }

    /// Each panel with the region it draws in, top to bottom; a panel left without rows still
    /// gets its (empty) region.
    let placements: [(panel: any StagePanel, region: Region)]

    /// Lays `bands` out in `area`, which is as wide as every band.
    init(_ bands: [StageBand], in area: Region) {
        let slots = bands.flatMap { $0.slots(width: area.width) }
        let heights = Self.share(area.height, among: slots.map(\.request))
        var placements: [(panel: any StagePanel, region: Region)] = []
        var y = area.y
        for (slot, height) in zip(slots, heights) {
            for part in slot.parts {
                let region = Region(x: area.x + part.x, y: y, width: part.width, height: height)
                placements.append((part.panel, region))
            }
            y += height
        }
        self.placements = placements
    }

    /// Rows for each request, out of `rows`, in the rounds the type's documentation describes.
    static func share(_ rows: Int, among requests: [RowRequest]) -> [Int] {
        var left = max(0, rows)
        var granted = Array(repeating: 0, count: requests.count)
        func grow(_ index: Int, to target: Int) {
            let more = target - granted[index]
            guard more > 0, granted[index] > 0 || left >= requests[index].smallest else { return }
            let taken = min(more, left)
            granted[index] += taken
            left -= taken
        }
        for index in requests.indices where requests[index].essential {
            grow(index, to: requests[index].minimum)
        }
        for index in requests.indices where !requests[index].essential {
            grow(index, to: requests[index].minimum)
        }
        for index in requests.indices where requests[index].emphasized {
            grow(index, to: requests[index].wanted)
        }
        for index in requests.indices {
            grow(index, to: requests[index].wanted)
        }
        return granted
    }
}

/// One entry of the stage's list: a panel across the whole width, or two panels that sit side
/// by side on a wide enough frame and stack, as two entries, on a narrower one.
enum StageBand {
    case across(any StagePanel)
    case sideBySide(any StagePanel, any StagePanel, fromWidth: Int)

    /// Rows that get their height together: one or more panels, each at its own columns.
    struct Slot {
        var request: RowRequest
        var parts: [(panel: any StagePanel, x: Int, width: Int)]
    }

    /// The band's slots in a frame `width` columns wide.
    func slots(width: Int) -> [Slot] {
        switch self {
        case .across(let panel):
            return [Slot(request: panel.rows(width: width), parts: [(panel, 0, width)])]
        case .sideBySide(let left, let right, let minimumWidth):
            if width >= minimumWidth, let band = Self.slot(left, beside: right, width: width) {
                return [band]
            }
            return [Self.across(left), Self.across(right)].flatMap { $0.slots(width: width) }
        }
    }

    /// One slot for `left` and `right` side by side, or `nil` when either has nothing to show:
    /// beside nothing, a panel is better off with the whole width.
    private static func slot(_ left: any StagePanel, beside right: any StagePanel, width: Int) -> Slot? {
        // The left panel gets a little more than half, past a two-column gap.
        let leftWidth = (width - 2) * 11 / 20
        let rightX = leftWidth + 2
        let leftRequest = left.rows(width: leftWidth)
        let rightRequest = right.rows(width: width - rightX)
        guard leftRequest.wanted > 0, rightRequest.wanted > 0 else { return nil }
        // The right panel shares the left one's rows: it only widens what the band wants.
        var shared = leftRequest
        shared.wanted = max(leftRequest.wanted, rightRequest.wanted)
        return Slot(request: shared, parts: [(left, 0, leftWidth), (right, rightX, width - rightX)])
    }
}
