/// The arguments of one call, looked up the way Python binds them to parameters.
struct CallArguments {
    var positional: [LabValue]
    var keywordNames: [String]
    var keywordValues: [LabValue]
    /// How the callee is named in TypeError messages: `acquire()`.
    var callee: String

    /// The argument for the parameter at `index` named `name`, if given.
    func value(_ name: String, at index: Int? = nil) -> LabValue? {
        if let index, index < positional.count { return positional[index] }
        return keywordNames.firstIndex(of: name).map { keywordValues[$0] }
    }

    /// Refuses more positional arguments than `count` and keywords not in `names`.
    func check(positional count: Int, keywords names: [String] = []) throws(PythonError) {
        if positional.count > count {
            throw .typeError(
                "\(callee) takes \(count == 0 ? "no" : "at most \(count)") positional argument"
                    + "\(count == 1 ? "" : "s") (\(positional.count) given)")
        }
        if let unexpected = keywordNames.first(where: { !names.contains($0) }) {
            throw .typeError("\(callee) got an unexpected keyword argument '\(unexpected)'")
        }
    }
}
