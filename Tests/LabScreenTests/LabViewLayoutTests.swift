import Stage
import Testing
import TextRendering

@testable import LabScreen

@Suite("LabView layout") struct LabViewLayoutTests {
    /// Sizes from the smallest designed for to a large terminal, and a few below it.
    static let sizes = [
        (40, 12), (41, 13), (52, 15), (60, 20), (79, 23), (80, 24), (100, 30), (132, 43), (20, 6), (1, 1),
    ]

    @Test(arguments: LabFixtures.all.map(\.0))
    func everyRowFitsAndNothingRaw(name: String) throws {
        let snapshot = try #require(LabFixtures.all.first { $0.0 == name }?.1)
        for (width, height) in Self.sizes {
            let frame = LabView.render(snapshot, width: width, height: height, color: true)
            #expect(frame.width == width && frame.height == height)
            for line in frame.plainLines {
                #expect(DisplayWidth.of(line) <= width, "\(name) at \(width)x\(height): \(line)")
            }
            let raw = frame.cells.contains { cell in
                cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
            }
            #expect(!raw, "\(name) at \(width)x\(height) holds a control character")
        }
    }

    @Test func colorChangesOnlyStyles() {
        for (_, snapshot) in LabFixtures.all {
            let plain = LabView.render(snapshot, width: 80, height: 24, color: false)
            let colored = LabView.render(snapshot, width: 80, height: 24, color: true)
            #expect(plain.plainLines == colored.plainLines)
            #expect(plain.cells.allSatisfy { $0.style == .plain })
        }
    }

    /// Wherever the current line is, it stays in sight with its marker, at every size; where
    /// the column is wide enough for line numbers, the marked row is that line.
    @Test func currentLineStaysVisible() {
        var snapshot = LabFixtures.twoThreadsOneBlocked
        for line in 1...LabFixtures.lockProgram.count {
            snapshot.threads[0].line = line
            snapshot.threads[0].column = nil
            for (width, height) in [(40, 12), (60, 20), (80, 24)] {
                let rows = LabView.render(snapshot, width: width, height: height).plainLines
                let marked = rows.filter { $0.hasPrefix(">") }
                #expect(marked.count == 1, "line \(line) at \(width)x\(height)")
                if width == 80 {
                    let number = String(line)
                    let label = String(repeating: " ", count: 2 - number.count) + number
                    #expect(marked.first?.hasPrefix(">" + label + " ") == true, "line \(line)")
                }
            }
        }
    }

    @Test func keyHelpOnTheLastRow() {
        let rows = LabView.render(LabFixtures.twoThreadsOneBlocked, width: 80, height: 24).plainLines
        #expect(rows[23] == "1-9 step  u undo  r restart  a auto  e explore  h hint  q quit")
        let narrow = LabView.render(LabFixtures.twoThreadsOneBlocked, width: 40, height: 12).plainLines
        #expect(narrow[11] == "keys: 1-9 u r a e h q")
    }

    @Test func programTextIsSanitised() {
        let rows = LabView.render(LabFixtures.longLines, width: 100, height: 30).plainLines.joined(
            separator: "\n")
        #expect(rows.contains("␛[2J"))
        #expect(rows.contains("worker-with-a-very-long-name␇"))
    }

    @Test func runnableThreadsComeFirstWhenTheyDoNotAllFit() {
        let threads = LabFixtures.sixThreads.threads
        #expect(LabView.shownThreads(threads, fitting: 4) == [0, 1, 2, 4])
        #expect(LabView.shownThreads(threads, fitting: 6) == [0, 1, 2, 3, 4, 5])
    }

    @Test func scrollKeepsTheCurrentLineAThirdDown() {
        #expect(ThreadColumnView.firstLine(current: 0, lineCount: 50, rows: 10) == 0)
        #expect(ThreadColumnView.firstLine(current: 20, lineCount: 50, rows: 10) == 17)
        #expect(ThreadColumnView.firstLine(current: 49, lineCount: 50, rows: 10) == 40)
        #expect(ThreadColumnView.firstLine(current: 5, lineCount: 4, rows: 10) == 0)
        #expect(ThreadColumnView.firstLine(current: nil, lineCount: 50, rows: 10) == 0)
    }
}
