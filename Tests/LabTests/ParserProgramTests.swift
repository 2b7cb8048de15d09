import Foundation
import Lab
import TestSupport
import Testing

@Suite("Lab parser: whole programs")
struct ParserProgramTests {
    static let counterRace = """
        \"\"\"Two threads add to one counter; the lock keeps every increment.\"\"\"
        import threading
        from threading import Lock, Thread as T

        counter = 0
        lock = threading.Lock()


        def work(times, step=1):
            global counter
            for _ in range(times):
                with lock:
                    value = counter
                    counter = value + step  # read, then write back


        threads = [
            threading.Thread(target=work, args=(1000,)),
            threading.Thread(target=work, args=(1000, 1), name="second"),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        assert counter == 2000, f"lost {2000 - counter} increments"
        print(f"counter = {counter}")
        """

    /// Valid Python 3 that the lab accepts; python3 must accept every one of them too.
    static let programs: [String] = [
        counterRace,
        """
        import queue as q
        import threading

        items = q.Queue()
        done = threading.Event()
        ready = threading.Condition()
        results = {}


        def producer(n):
            i = 0
            while i < n:
                items.put(i); i += 1
            items.put(None)


        def consumer():
            while True:
                item = items.get()
                if item is None:
                    break
                elif item % 2 == 0 and not done.is_set():
                    results[item] = item ** 2
                else:
                    continue
            with ready:
                ready.notify_all()


        a, b = threading.Thread(target=producer, args=(10,)), threading.Thread(target=consumer)
        a.start(); b.start()
        a.join(); b.join()
        with ready:
            ready.wait_for(lambda: len(results) > 0 or done.is_set())
        assert 4 in results and 3 not in results, 'even squares only'
        print(f'{len(results)} results, first {results[0]}' if results else "none")
        """,
        """
        x = -2**2
        y = (1, 2) if x < 0 else ()
        z = [1, [2, 3], {'k': (4,)}]
        total = 0x_ff + 0o17 + 0b101 + 1_000
        total //= 3
        total %= 7
        total -= -1
        label = 'a' "b" f'{total}' '''c'''
        path = r'C:\\temp'
        if x is not None: print(x, y, z, sep=', ', end='\\n')
        def f(a, b=2,):
            return a, b
        k = lambda a, b=1: a if a > b else b
        """,
    ]

    @Test("a realistic lab program parses to the expected shape")
    func counterRaceShape() throws {
        let module = try PythonParser.parse(Self.counterRace, file: "counter.py")
        #expect(module.file == "counter.py")
        #expect(module.statements.count == 11)
        guard case .functionDefinition(let work) = module.statements[5].kind else {
            Issue.record("statement 6 is not `def work`: \(module.statements[5])")
            return
        }
        #expect(work.name == "work")
        #expect(work.parameters.map(\.name) == ["times", "step"])
        guard case .forLoop(_, _, let loopBody) = work.body[1].kind,
            case .with(let items, let withBody) = loopBody.first?.kind
        else {
            Issue.record("`work` does not loop over a `with`: \(work.body)")
            return
        }
        #expect(items == [WithItem(context: name("lock", 12, 14), name: nil)])
        #expect(withBody.count == 2)
        guard case .assertStatement(_, let message) = module.statements[9].kind,
            case .formattedString(let parts) = message?.kind
        else {
            Issue.record("statement 10 is not an assert with an f-string: \(module.statements[9])")
            return
        }
        #expect(parts.count == 3)
        #expect(module.statements[9].position == at(26, 1))
    }

    @Test("programs using the whole subset parse")
    func programsParse() throws {
        for (offset, program) in Self.programs.enumerated() {
            let error = syntaxError(program)
            #expect(error == nil, "program \(offset): \(error ?? "")")
        }
    }

    @Test(
        "python3 accepts every program the lab accepts",
        .enabled(if: Toolchain.hasPython3, "python3 is not installed"))
    func pythonAgrees() throws {
        for program in Self.programs {
            let outcome = try ChildProcess.run(
                ["python3", "-c", "import ast, sys; ast.parse(sys.stdin.read())"],
                environment: ProcessInfo.processInfo.environment, input: program)
            #expect(outcome.status == 0, "python3 refused:\n\(program)\n\(outcome.errors)")
        }
    }
}
