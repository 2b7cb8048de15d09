/// A reply as one line per paragraph: the tutor wraps what it says at the reading width, so a
/// test that checks the words joins the lines the wrapping made. Every line break becomes a
/// space; the final newline stays.
func unwrapped(_ text: String) -> String {
    let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
    return body.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
        + (text.hasSuffix("\n") ? "\n" : "")
}
