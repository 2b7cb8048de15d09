import Testing

@testable import LabScreen

@Suite("Lab keys") struct LabKeysTests {
    @Test func digitsStepThreads() {
        #expect(LabKeys.actions(in: Array("19".utf8)) == [.step(0), .step(8)])
        #expect(LabKeys.actions(in: Array("0".utf8)) == [])
    }

    @Test func lettersInEitherCase() {
        #expect(
            LabKeys.actions(in: Array("uraehqURAEHQ".utf8))
                == [
                    .undo, .restart, .autoRun, .explore, .hint, .quit, .undo, .restart, .autoRun, .explore,
                    .hint, .quit,
                ])
    }

    @Test func escAndControlDLeave() {
        #expect(LabKeys.actions(in: [0x1B]) == [.quit])
        #expect(LabKeys.actions(in: [0x04]) == [.quit])
    }

    /// Arrow, function and Alt keys are not Esc: pressing one must never leave the lab.
    @Test func escapeSequencesAreSkippedWhole() {
        #expect(LabKeys.actions(in: [0x1B, 0x5B, 0x41, 0x31]) == [.step(0)])
        #expect(LabKeys.actions(in: [0x1B, 0x5B, 0x31, 0x35, 0x7E, 0x32]) == [.step(1)])
        #expect(LabKeys.actions(in: [0x1B, 0x4F, 0x50, 0x75]) == [.undo])
        #expect(LabKeys.actions(in: [0x1B, 0x78, 0x72]) == [.restart])
    }

    @Test func otherKeysAreIgnored() {
        #expect(LabKeys.actions(in: Array("x \r\n".utf8)) == [])
    }
}
