import HeapModule

extension EventLog {
    /// Merges into the log, in time order, every buffered event stamped up to now. Every read
    /// calls it first, so a reader sees each event recorded before its read.
    ///
    /// Stamps are read in the order of what they record (see ``TraceClock/ticks()`` and
    /// ``EventOrder``), so sorting by stamp puts a lock's release before the next owner's
    /// acquire. Equal stamps keep buffer order, and one thread's stamps never decrease, so each
    /// thread's events keep their order. Events stamped after the cut-off stay for the next
    /// reader: one stamped before it whose owner had not published it yet arrives with the
    /// next collection, later than events stamped after it. Nothing collected can be caused by
    /// it (that would be stamped after its publication), so it is appended then, its time
    /// raised to the last one collected, and the log stays in time order. The mutex must be
    /// held.
    ///
    /// An event stamped with an ``EventOrder`` may be stamped up to ``earliness`` before it
    /// happened, so it can be stamped before the cut-off and published by the time its buffer
    /// is read, while what caused it, stamped before it, is not published yet when its own
    /// buffer is read. So when such an event stamped that close to the cut-off was taken, the
    /// reader waits until ``earliness`` has passed since the cut-off, by when everything that
    /// caused what it took is published, and takes again up to the same cut-off.
    func collect() {
        guard !buffers.isEmpty else { return }
        let watermark = TraceClock.fencedTicks()
        var runs = buffers.map { Run(buffer: $0, events: $0.take(stampedThrough: watermark)) }
        let recent = watermark &- Self.earliness
        if runs.contains(where: { $0.buffer.hasOrderedStamps && ($0.events.last?.time ?? 0) > recent }) {
            while TraceClock.fencedTicks() < watermark &+ Self.earliness {}
            for index in runs.indices {
                let more = runs[index].buffer.take(stampedThrough: watermark).count
                runs[index].events = UnsafeMutableBufferPointer(
                    start: runs[index].events.baseAddress, count: runs[index].events.count + more)
            }
        }
        runs.removeAll { $0.events.isEmpty }
        if !runs.isEmpty {
            store.reserve(additional: runs.reduce(0) { $0 + $1.events.count })
            let reading = TraceClock.Reading.now()
            merge(runs, converting: TraceClock.Conversion(from: lastReading, to: reading))
            lastReading = reading
        }
        // Only now: dropping a buffer may free the slots the runs point into.
        buffers.removeAll { $0.isSpent }
    }

    /// How much earlier than what it records an event stamped with an ``EventOrder`` may be
    /// stamped: how long an instruction that waits for other cores (the compare-exchange that
    /// takes a lock, and the stores before it) can take, with a wide margin. 20 µs in ticks.
    static let earliness: UInt64 = TraceClock.usesCounter ? UInt64(20_000 / TraceClock.nanosecondsPerTick) : 0

    /// The events taken from one buffer.
    private struct Run {
        let buffer: ThreadEventBuffer
        var events: UnsafeMutableBufferPointer<PackedEvent>
    }

    /// A k-way merge straight from the buffers into the store: with one run a copy, with more
    /// a heap of the runs' next events, as a thread that recorded much since the last read
    /// left many full buffers.
    private func merge(_ runs: [Run], converting conversion: TraceClock.Conversion) {
        if runs.count == 1 {
            for event in runs[0].events { append(event, from: runs[0].buffer, converting: conversion) }
            return
        }
        var heads = Heap(runs.indices.map { RunHead(time: runs[$0].events[0].time, run: $0) })
        var next = [Int](repeating: 0, count: runs.count)
        while let head = heads.min {
            let run = runs[head.run]
            append(run.events[next[head.run]], from: run.buffer, converting: conversion)
            next[head.run] += 1
            if next[head.run] < run.events.count {
                heads.replaceMin(with: RunHead(time: run.events[next[head.run]].time, run: head.run))
            } else {
                heads.removeMin()
            }
        }
    }

    /// Appends one collected event at its converted time, raised to the last one collected.
    @inline(__always)
    private func append(
        _ event: PackedEvent, from buffer: ThreadEventBuffer, converting conversion: TraceClock.Conversion
    ) {
        var event = event
        lastStamp = max(conversion.nanoseconds(event.time), lastStamp)
        event.time = lastStamp
        if event.form == .whole {
            store.append(whole: buffer.moveWhole(at: Int(event.subject)), at: event.time)
        } else {
            store.append(packed: event)
        }
    }
}

/// The next event of one run being merged: earliest first, and on equal stamps the run that
/// comes first in the log's list of buffers.
private struct RunHead: Comparable {
    let time: UInt64
    let run: Int

    static func < (lhs: RunHead, rhs: RunHead) -> Bool {
        lhs.time < rhs.time || (lhs.time == rhs.time && lhs.run < rhs.run)
    }
}
