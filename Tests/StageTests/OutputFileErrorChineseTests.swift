import Foundation
import Messages
import Testing

@testable import Stage

/// A file that cannot be written is explained in the student's language, and in English exactly
/// as before. The language is set for the test's own task only, so suites beside it keep English.
@Suite struct OutputFileErrorChineseTests {
    @Test func aMissingFolderIsReportedInChineseWhenWritingInChinese() throws {
        let folder = try ScratchFolder()
        let path = folder.path + "/missing/run.jsonl"
        let message = CurrentLanguage.$scoped.withValue(.simplifiedChinese) { () -> String in
            do {
                try OutputFile.write(Data("x\n".utf8), to: OutputPath(path))
                return "written"
            } catch {
                return "\(error)"
            }
        }
        #expect(message == "无法写入 \(path)：文件夹 \(folder.path)/missing 不存在；请先创建它或另选位置")
    }

    @Test func eachErrorHasAChineseSentenceAndKeepsItsEnglishOne() {
        let exists = OutputFileError.exists(path: "disk", what: .blockDevice)
        #expect(exists.description(in: .simplifiedChinese) == "disk 已存在（这是块设备，其内容会丢失）；加上 --force 可替换它，或另选文件名")
        #expect(
            exists.description(in: .english)
                == "disk already exists (a block device, whose contents would be lost); add --force to replace it, "
                + "or choose another name")
        let socket = OutputFileError.unsupported(path: "sock", what: .socket)
        #expect(socket.description(in: .simplifiedChinese) == "无法写入 sock：这是套接字；请指定文件、命名管道或设备")
        #expect(
            socket.description(in: .english)
                == "cannot write sock: it is a socket; name a file, a named pipe or a device")
    }

    @Test func theSystemsReasonIsWordedInTheLanguageOfTheMoment() {
        let reason = CurrentLanguage.$scoped.withValue(.simplifiedChinese) { OutputFileError.reason(ENOSPC) }
        #expect(reason == "设备上没有剩余空间")
        #expect(
            CurrentLanguage.$scoped.withValue(.english) { OutputFileError.reason(ENOSPC) }
                == "no space left on the device")
    }
}
