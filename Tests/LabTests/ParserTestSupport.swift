import Lab

/// Short builders for hand-written expected trees: `at(1, 5)` is line 1, column 5.
func at(_ line: Int, _ column: Int) -> SourcePosition {
    SourcePosition(line: line, column: column)
}
