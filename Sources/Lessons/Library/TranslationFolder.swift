import Foundation
import Messages

/// Where translations live: a folder named after the language's tag beside the originals
/// (`Lessons/zh-Hans/06-locks-between-processes.md` translates `Lessons/06-...md`). The same file
/// name keeps the pair obvious in a listing, and the folder keeps the originals' folder readable.
public enum TranslationFolder {
    /// The languages that may have a translation folder: every one the tutor speaks but English,
    /// the language the originals are written in.
    public static let languages = Language.allCases.filter { $0 != .english }

    /// The language of the translation folder `file` lies directly in, or nil for an original.
    public static func language(ofFile file: String) -> Language? {
        language(ofFolder: ((file as NSString).deletingLastPathComponent as NSString).lastPathComponent)
    }

    /// The language whose translation folder is named `folder` (a name, not a path), or nil.
    static func language(ofFolder folder: String) -> Language? {
        languages.first { $0.tag == folder }
    }

    /// The original that a translation at `file` translates: the same name one folder up.
    static func originalFile(of file: String) -> String {
        let name = (file as NSString).lastPathComponent
        let folder = ((file as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        return folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
    }
}
