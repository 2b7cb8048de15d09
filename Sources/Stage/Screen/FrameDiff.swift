/// Turns frames into terminal output that sends only what changed since the previous frame,
/// the way ratatui does: redrawing all 12,000 cells of a large terminal on every animation
/// step is slow over SSH and flickers on slow terminals.
public enum FrameDiff {
    /// Escape-sequence text that turns a terminal showing `previous` into one showing `next`.
    ///
    /// - `previous` nil means the screen is unknown (first frame, or after something else wrote
    ///   to it), and a size different from `next` means the terminal was resized: both clear the
    ///   screen and draw `next` in full. Blank cells are then skipped, since the clear made them.
    /// - Otherwise rows that moved up together (``RowShift``) are scrolled by the terminal
    ///   within a scroll region that is reset straight after, and then only runs of changed
    ///   cells are written, each after a cursor move. A run that touches a wide character
    ///   starts at its first half, because terminals cannot draw half of one.
    /// - SGR is sent only when the style differs from the last cell written; with `color` false
    ///   no SGR is sent at all and cells that differ only in style count as unchanged.
    /// - The result is wrapped in a synchronized update (DEC mode 2026), so the terminal never
    ///   shows half a frame; it ends with the style reset to plain and the cursor at the start
    ///   of the bottom row, a fixed place the player can rely on.
    /// - When nothing changed the result is empty, not an empty synchronized update: the player
    ///   can skip the write altogether.
    ///
    /// Relies on the terminal having been left as the previous call left it (plain style).
    public static func render(from previous: FrameBuffer?, to next: FrameBuffer, color: Bool) -> String {
        var output: [UInt8] = []
        render(from: previous, to: next, color: color, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// ``render(from:to:color:)`` as UTF-8 bytes, replacing what `output` held but keeping its
    /// storage, so a player sending 30 frames a second allocates no output buffer for them.
    public static func render(
        from previous: FrameBuffer?, to next: FrameBuffer, color: Bool, into output: inout [UInt8]
    ) {
        output.removeAll(keepingCapacity: true)
        var writer = FrameWriter(color: color, output: [])
        swap(&writer.output, &output)
        defer { swap(&writer.output, &output) }
        writer.append(TerminalControl.beginSynchronizedUpdate)
        let opening = writer.output.count
        let known = previous.flatMap { $0.width == next.width && $0.height == next.height ? $0 : nil }
        if known == nil { writer.clear() }
        let width = next.width
        // Buffer pointers let the comparison read cells in place, and one blank row stands in
        // for every row a clear or a scroll leaves blank.
        withUnsafeTemporaryAllocation(of: Cell.self, capacity: width) { blank in
            _ = blank.initialize(from: repeatElement(.blank, count: width))
            next.cells.withUnsafeBufferPointer { new in
                (known?.cells ?? []).withUnsafeBufferPointer { old in
                    let rows = FrameRows(
                        old: old, new: new, blank: UnsafeBufferPointer(blank), width: width,
                        height: next.height, look: color ? ~0 : Cell.widthBits)
                    withUnsafeTemporaryAllocation(of: Bool.self, capacity: rows.height) { changed in
                        for row in 0..<rows.height { changed[row] = !rows.same(rows.old(row), rows.new(row)) }
                        let shifts =
                            known == nil ? [] : RowShift.find(in: rows, changed: UnsafeBufferPointer(changed))
                        for shift in shifts {
                            writer.scroll(top: shift.top, bottom: shift.bottom, by: shift.count)
                        }
                        for row in 0..<rows.height {
                            let shift = shifts.first { row >= $0.top && row <= $0.bottom }
                            guard changed[row] || shift != nil else { continue }
                            writeChanges(
                                row: row, old: rows.old(shift?.source(of: row) ?? row), new: rows.new(row),
                                rows: rows, into: &writer)
                        }
                    }
                }
            }
        }
        guard writer.output.count > opening else {
            writer.output.removeAll(keepingCapacity: true)
            return
        }
        writer.finish(lastRow: next.height - 1)
        writer.append(TerminalControl.endSynchronizedUpdate)
    }

    /// Writes the runs of changed cells in one row.
    ///
    /// ``FrameBuffer`` keeps each continuation right after its wide first half, but clipped
    /// copies (``FrameBuffer/draw(_:x:y:)``) can leave half a wide character at an edge; such a
    /// half is sent as a space, because the terminal's cursor must advance exactly one column
    /// per buffer column or everything after it on the row lands in the wrong place.
    private static func writeChanges(
        row: Int, old: UnsafeBufferPointer<Cell>, new: UnsafeBufferPointer<Cell>, rows: FrameRows,
        into writer: inout FrameWriter
    ) {
        let width = new.count
        var column = 0
        while column < width {
            guard !rows.same(old[column], new[column]) else {
                column += 1
                continue
            }
            let start =
                new[column].isContinuation && column > 0 && new[column - 1].width == 2 ? column - 1 : column
            var end = column + 1
            while end < width, new[end].isContinuation || !rows.same(old[end], new[end]) {
                end += 1
            }
            writer.moveCursor(row: row, column: start)
            for index in start..<end {
                let cell = new[index]
                if cell.isContinuation {
                    if index == 0 || new[index - 1].width != 2 { writer.write(.blank) }
                } else if cell.width == 2, index + 1 == width || !new[index + 1].isContinuation {
                    writer.write(Cell(glyph: .space, look: cell.look & ~Cell.widthBits | 1 << 16))
                } else {
                    writer.write(cell)
                }
            }
            column = end
        }
    }
}
