/// A comparison of two tuples whose first fields were equal, so a later field decided: kept as
/// its parts, not as a sentence, so the demo can word it in the language it was started in.
struct PythonTie {
    /// The two tuples compared, `left < right`.
    let left: PythonValue
    let right: PythonValue
    /// The first fields that differed, compared in their place.
    let leftField: PythonValue
    let rightField: PythonValue
    /// What `leftField < rightField` gave; nil when it raised.
    let answer: Bool?
}
