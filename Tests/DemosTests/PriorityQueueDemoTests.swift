import Testing

@Suite("Demo: priority-queue")
struct PriorityQueueDemoTests {
    @Test("Spindle keeps equal priorities first-in first-out; Python orders them by the string")
    func wordsReorderedInPython() async throws {
        let run = try await runDemo("priority-queue")
        #expect(try run.value("spindle_order") == "life,work,apple,mail,sleep")
        #expect(try run.value("python_order") == "life,apple,mail,work,sleep")
        #expect(try run.value("fifo_among_equals_python") == "no")
        #expect(try run.value("lifo_order") == "mail,sleep,apple,life,work")
    }

    @Test(
        "Python compares dict payloads of equal priority and raises TypeError; Spindle does not compare them")
    func dictsRaiseInPython() async throws {
        let run = try await runDemo("priority-queue", ["payload=dicts"])
        #expect(try run.value("spindle_order") == "life,work,apple,mail,sleep")
        #expect(try run.value("python_order") == "TypeError")
        #expect(try run.value("fifo_among_equals_python") == "error")
        #expect(
            run.notes.contains {
                $0.contains("raises TypeError: '<' not supported between instances of 'dict' and 'dict'")
            })
    }

    @Test("with (priority, count, item) Python keeps equal priorities first-in first-out, dicts or not")
    func counterFixesIt() async throws {
        for payload in ["words", "dicts"] {
            let run = try await runDemo("priority-queue", ["payload=\(payload)", "counter=on"])
            #expect(try run.value("python_order") == "life,work,apple,mail,sleep")
            #expect(try run.value("fifo_among_equals_python") == "yes")
        }
    }

    @Test("the producer is its own lane and the queues carry Python-looking labels")
    func traced() async throws {
        let run = try await runDemo("priority-queue")
        #expect(run.actors.contains { $0.name == "producer" })
        #expect(run.events.count < 300)
    }
}
