import Lab

/// The lab's explorer: distinct states per second on the lost-update program with three
/// threads, the yardstick for "exploring every interleaving stays interactive".
enum LabCases {
    /// Three threads each add 1 to a shared counter twice, unlocked; the program then checks
    /// the total. Small enough for a student, with every kind of step the explorer hashes.
    static let lostUpdate = """
        import threading

        counter = 0


        def worker():
            global counter
            for _ in range(2):
                counter += 1


        threads = []
        for number in range(3):
            thread = threading.Thread(target=worker)
            threads.append(thread)
            thread.start()
        for thread in threads:
            thread.join()
        print(counter)
        assert counter == 6, f"expected 6, got {counter}"

        """

    static var all: [BenchCase] {
        [
            BenchCase(
                "lab_explore_states", work: 20,
                notes: "explorer states/s: lost update, 3 threads x 2 increments (work = explorations)",
                targets: [.atLeast(500_000)]
            ) { n in
                let program = try LabProgram(PythonParser.parse(lostUpdate, file: "lost_update.py"))
                var states = 0
                let elapsed = seconds {
                    for _ in 0..<n { states += Explorer.explore(program).states }
                }
                return Double(states) / elapsed
            }
        ]
    }
}
