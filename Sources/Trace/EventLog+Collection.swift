extension EventLog {
    /// Merges into the log, in time order, every buffered event stamped up to now. Every read
    /// calls it first, so a reader sees each event recorded before its read.
    ///
    /// Stamps are read in the order of what they record (see ``TraceClock/ticks()``), so
    /// sorting by stamp puts a lock's release before the next owner's acquire. Equal stamps
    /// keep buffer order, and one thread's stamps never decrease, so each thread's events keep
    /// their order. Events stamped after the cut-off stay for the next reader: one stamped
    /// before it whose owner had not published it yet arrives with the next collection, later
    /// than events stamped after it. Nothing collected can be caused by it (that would be
    /// stamped after its publication), so it is appended then, its time raised to the last one
    /// collected, and the log stays in time order. The mutex must be held.
    func collect() {
        guard !buffers.isEmpty else { return }
        let watermark = TraceClock.fencedTicks()
        var runs = buffers.map { $0.take(stampedThrough: watermark) }.filter { !$0.isEmpty }
        guard !runs.isEmpty else {
            buffers.removeAll { $0.isSpent }
            return
        }
        store.reserve(additional: runs.reduce(0) { $0 + $1.count })
        let reading = TraceClock.Reading.now()
        let conversion = TraceClock.Conversion(from: lastReading, to: reading)
        lastReading = reading
        // A k-way merge straight from the buffers into the log, moving each event once.
        while !runs.isEmpty {
            var earliest = 0
            for run in runs.indices.dropFirst() where runs[run][0].time < runs[earliest][0].time {
                // Strictly earlier: on equal stamps the earlier buffer goes first.
                earliest = run
            }
            let event = runs[earliest].baseAddress!
            runs[earliest] = UnsafeMutableBufferPointer(rebasing: runs[earliest].dropFirst())
            if runs[earliest].isEmpty { runs.remove(at: earliest) }
            lastStamp = max(conversion.nanoseconds(event.pointee.time), lastStamp)
            event.pointee.time = lastStamp
            store.appendMoving(from: event)
        }
        // Only now: dropping a buffer may free the slots the runs point into.
        buffers.removeAll { $0.isSpent }
    }
}
