import Foundation

/// What the progress file in a test's state folder records about one course lab.
enum LabProgressFile {
    /// The entry of `lab` in `lesson` (`won`, `proved`, `fewestSteps`, ...); nil when there is
    /// none.
    static func entry(lesson: String, lab: String, stateFolder: String) throws -> [String: Any]? {
        let file = try Data(contentsOf: URL(fileURLWithPath: stateFolder + "/spindle/progress.json"))
        let root = try JSONSerialization.jsonObject(with: file) as? [String: Any]
        let lessons = root?["lessons"] as? [String: Any]
        let labs = (lessons?[lesson] as? [String: Any])?["labs"] as? [String: Any]
        return labs?[lab] as? [String: Any]
    }
}
