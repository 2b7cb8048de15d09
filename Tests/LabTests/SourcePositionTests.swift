import Lab
import Testing

@Suite("Lab: source positions and syntax errors")
struct SourcePositionTests {
    @Test("positions order by line, then column")
    func ordering() {
        #expect(SourcePosition(line: 1, column: 9) < SourcePosition(line: 2, column: 1))
        #expect(SourcePosition(line: 3, column: 2) < SourcePosition(line: 3, column: 5))
    }

    @Test("a syntax error reads as FILE:LINE:COL: MESSAGE")
    func errorLine() {
        let error = LabSyntaxError(
            file: "counter.py", position: SourcePosition(line: 4, column: 7),
            message: "`yield` is not supported")
        #expect(error.description == "counter.py:4:7: `yield` is not supported")
    }
}
