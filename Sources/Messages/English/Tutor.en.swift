extension English {
    /// The tutor's own words: greeting, commands, their errors, grading, progress.
    static let tutor: [String: String] = [
        "welcome.begin": "Type `lessons` to see the course, `open {order}` to begin, `help` for commands.",
        "welcome.empty": "Type `lessons` to see the course, `help` for commands.",
        "help.heading": "Commands (`help COMMAND` explains one; Tab completes commands and lesson ids):",
        "lang.current": "Lessons and messages are in `{language}`; {commands} switches.",
        "lang.unknown": "no language `{tag}`; use {commands}",
        "lang.switched": "Lessons and messages are now in English; `lang zh-Hans` switches back to Chinese.",
        "lang.untranslated": "This lesson has no `{language}` translation yet; it is shown in English.",
    ]
}
