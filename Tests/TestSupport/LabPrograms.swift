import Foundation

/// Lab programs the command-line and REPL tests explore, written once: each is a plain Python
/// file that python3 runs unchanged.
public enum LabPrograms {
    /// Two threads add 1 to a shared counter without a lock; the program prints the total and
    /// asserts it is 2. The explorer finds two outcomes, the second a failed assertion.
    public static let lostUpdate = """
        import threading

        counter = 0


        def worker():
            global counter
            counter += 1


        t1 = threading.Thread(target=worker)
        t2 = threading.Thread(target=worker)
        t1.start()
        t2.start()
        t1.join()
        t2.join()
        print(counter)
        assert counter == 2, f"expected 2, got {counter}"

        """

    /// ``lostUpdate`` with the increment under a lock: every interleaving prints 2.
    public static let locked = lostUpdate.replacingOccurrences(
        of: "    counter += 1", with: "    with lock:\n        counter += 1"
    ).replacingOccurrences(of: "counter = 0\n", with: "counter = 0\nlock = threading.Lock()\n")

    /// Two threads take two locks in opposite orders: one interleaving deadlocks.
    public static let oppositeLockOrders = """
        import threading

        a = threading.Lock()
        b = threading.Lock()


        def one():
            with a:
                with b:
                    pass


        def two():
            with b:
                with a:
                    pass


        t1 = threading.Thread(target=one)
        t2 = threading.Thread(target=two)
        t1.start()
        t2.start()
        t1.join()
        t2.join()
        print("done")

        """
}
