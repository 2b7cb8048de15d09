extension English {
    /// The tutor's own words: greeting, commands, their errors, grading, progress.
    static let tutor: [String: String] = [
        "welcome.begin": "Type `lessons` to see the course, `open {order}` to begin, `help` for commands.",
        "welcome.empty": "Type `lessons` to see the course, `help` for commands.",
    ]
}
