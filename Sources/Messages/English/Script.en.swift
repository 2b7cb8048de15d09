extension English {
    /// `spindle trace`'s words about a traced program: its deadlock sentence.
    static let script: [String: String] = [
        "script.deadlock.waits-for": "waits for {resource} held by {holder}",
        "script.deadlock.waits-to-end": "waits for {thread} to end (join)",
        "script.deadlock.first": "{thread} {wait}",
        "script.deadlock.which": "{chain}, which {wait}",
        "script.deadlock.sentence": "deadlock: {chain}",
        "script.deadlock.sentence-at": "deadlock: {chain} ({places})",
        "script.list.separator": ", ",
        "script.list.and": "{items} and {last}",
    ]
}
