import Trace

/// How many rows each view gets, decided by priority: lanes first, then what happened
/// and the resources behind it, the process tree last because the lanes already list
/// every process. A demo's emphasis moves its views ahead of the lanes.
struct StageLayout {
    /// What a view would like and what it needs to still be useful.
    struct Demand {
        var wanted: Int
        var minimum: Int
    }

    var lanes = 0
    var resources = 0
    var tree = 0
    var results = 0
    var narration = 0

    /// Shares `rows` out; minimums go first in priority order, then the emphasised views grow,
    /// then the others in the same order. The tree appears only when it fits whole, since a
    /// clipped tree loses the shape it exists to show, unless it is emphasised: then as much of
    /// it as fits is better than none.
    init(
        rows: Int, lanes: Demand, resources: Demand, tree: Demand, results: Demand, narration: Demand,
        emphasis: Set<TraceView> = []
    ) {
        var left = max(0, rows)
        func take(_ count: Int) -> Int {
            let granted = min(max(0, count), left)
            left -= granted
            return granted
        }
        self.lanes = take(lanes.minimum)
        self.results = take(results.minimum)
        self.narration = take(narration.minimum)
        self.resources = take(resources.minimum)
        if emphasis.contains(.processTree), tree.wanted > 0 {
            // Its heading and at least two processes, or it says nothing about the shape.
            self.tree = left >= min(tree.wanted, 3) ? take(tree.wanted) : 0
        }
        if emphasis.contains(.resources) { self.resources += take(resources.wanted - self.resources) }
        if emphasis.contains(.narration) { self.narration += take(narration.wanted - self.narration) }
        self.lanes += take(lanes.wanted - self.lanes)
        self.resources += take(resources.wanted - self.resources)
        if self.tree == 0, tree.wanted <= left { self.tree = take(tree.wanted) }
        self.narration += take(narration.wanted - self.narration)
    }
}
