/// Small lessons the REPL tests drive; written for the format in docs/lesson-format.md.
public enum Fixtures {
    public static let basics = """
        ---
        id: basics
        title: Basics
        summary: A small lesson for tests.
        order: 1
        ---

        ## First page

        Some text about **locks**.

        ```quiz
        id: pick
        question: Which one blocks?
        choices:
          - acquire on a free lock
          - acquire on a held lock
        answer: b
        hints:
          - Think about who holds it.
          - Held means someone else has it.
        explain: A held lock makes the caller wait until the holder releases it.
        ```

        ## Second page

        ```quiz
        id: word
        question: What does a thread do when the lock is held?
        accept: [wait, waits, block, blocks]
        explain: It waits.
        ```

        ## Third page

        The end.

        """

    public static let followUp = """
        ---
        id: follow-up
        title: Follow up
        summary: Comes after basics.
        order: 2
        requires: [basics]
        ---

        ## Only page

        Nothing to answer here.

        """
}
