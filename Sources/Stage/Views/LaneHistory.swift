import Trace

/// One stretch of an actor's life: from `start` until the next interval's start.
public struct StateInterval: Hashable, Sendable {
    /// ``MonotonicClock`` nanoseconds when the actor entered `state`.
    public var start: UInt64
    /// The state as reported.
    public var state: ActorState
    /// Its category, kept so sampling a window never switches over payloads.
    public var lane: LaneState

    /// Creates an interval; its category is derived from `state`.
    public init(start: UInt64, state: ActorState) {
        self.start = start
        self.state = state
        lane = LaneState(state)
    }
}

/// Every state one actor has been in, oldest first, with starts never decreasing.
public struct LaneHistory: Hashable, Sendable {
    /// The intervals in time order.
    public private(set) var intervals: [StateInterval] = []

    /// An empty history.
    public init() {}

    /// Records a new state; a time earlier than the last start (clocks read on different
    /// threads race) is moved up to it, so the intervals stay sorted and searchable.
    public mutating func append(_ state: ActorState, at time: UInt64) {
        let start = max(time, intervals.last?.start ?? 0)
        intervals.append(StateInterval(start: start, state: state))
    }

    /// What each of `count` columns of `slice` nanoseconds from `windowStart` shows, up to
    /// `now`: the state that filled most of the column (ties go to the more telling one),
    /// `nil` where the actor did not exist yet, is finished, or the column lies in the future.
    /// A finished actor's mark appears once, in the first column it dominates.
    public func columns(from windowStart: UInt64, slice: UInt64, count: Int, now: UInt64) -> [LaneState?] {
        var result = [LaneState?](repeating: nil, count: max(0, count))
        guard let first = intervals.first, count > 0, slice > 0 else { return result }
        var occupancy = [UInt64](repeating: 0, count: LaneState.all.count)
        var index = lastIndex(startingAtOrBefore: windowStart) ?? 0
        var doneShown = intervals[index].lane.isDone && intervals[index].start < windowStart
        // The intervals the previous column counted: only their counters need zeroing, which is
        // far cheaper than clearing all of them for each of a frame's thousands of columns.
        var counted = index..<index
        for column in 0..<count {
            let columnStart = windowStart + UInt64(column) * slice
            guard columnStart < now else { break }
            let columnEnd = min(columnStart + slice, now)
            for interval in counted { occupancy[intervals[interval].lane.rawValue] = 0 }
            // A column within one interval shows that interval's state, with nothing to count:
            // most columns of a lane are such.
            if columnStart >= first.start, intervals[index].start <= columnStart,
                index + 1 == intervals.count || intervals[index + 1].start >= columnEnd
            {
                counted = index..<index
                let lane = intervals[index].lane
                if lane.isDone {
                    if doneShown { continue }
                    doneShown = true
                }
                result[column] = lane
                continue
            }
            let absent = columnStart < first.start ? min(columnEnd, first.start) - columnStart : 0
            var next = index
            // Counters only grow, so the leader can be tracked as they do instead of searched for.
            var shown: LaneState?
            while next < intervals.count, intervals[next].start < columnEnd {
                let from = max(intervals[next].start, columnStart)
                let to = min(next + 1 < intervals.count ? intervals[next + 1].start : columnEnd, columnEnd)
                if to > from {
                    let lane = intervals[next].lane
                    occupancy[lane.rawValue] += to - from
                    if let leader = shown, leader != lane {
                        let time = occupancy[lane.rawValue]
                        let leaderTime = occupancy[leader.rawValue]
                        if time > leaderTime || (time == leaderTime && lane.salience > leader.salience) {
                            shown = lane
                        }
                    } else {
                        shown = lane
                    }
                }
                next += 1
            }
            counted = index..<next
            index = max(index, next - 1)
            guard let shown, occupancy[shown.rawValue] >= absent else { continue }
            if shown.isDone {
                if doneShown { continue }
                doneShown = true
            }
            result[column] = shown
        }
        return result
    }

    /// Binary search: the interval in force at `time`.
    private func lastIndex(startingAtOrBefore time: UInt64) -> Int? {
        var low = 0
        var high = intervals.count
        while low < high {
            let middle = (low + high) / 2
            if intervals[middle].start <= time { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }
}
