import Testing
import Trace

@testable import Threading

@Suite("queue.Queue under contention")
struct QueuesStressTests {
    @Test("4 producers and 4 consumers move 200k items through a Queue(maxsize: 64), each exactly once")
    func manyProducersManyConsumers() throws {
        let producers = 4
        let consumers = 4
        let perProducer = 50_000
        let queue = Queue<Int>(maxsize: 64, tracer: .disabled)
        let received = (0..<consumers).map { _ in QueueTestBox<[Int]>([]) }

        let consumerThreads = try received.enumerated().map { index, box in
            try NativeThread.spawn(name: "consumer \(index)") {
                var local: [Int] = []
                // Ends with ShutDown once the producers are done and the queue is drained.
                while let item = try? queue.get() {
                    local.append(item)
                    try? queue.taskDone()
                }
                box.update { $0 = local }
            }
        }
        let producerThreads = try (0..<producers).map { producer in
            try NativeThread.spawn(name: "producer \(producer)") {
                for offset in 0..<perProducer {
                    try? queue.put(producer * perProducer + offset)
                }
            }
        }
        for thread in producerThreads {
            thread.join()
        }
        #expect(queue.join(timeout: 60), "every item was marked done")
        queue.shutdown()
        for thread in consumerThreads {
            thread.join()
        }

        let all = received.flatMap(\.value)
        #expect(all.count == producers * perProducer)
        #expect(all.sorted() == Array(0..<producers * perProducer))
        for box in received {
            let perSource = Dictionary(grouping: box.value) { $0 / perProducer }
            for items in perSource.values {
                #expect(items == items.sorted(), "one producer's items reach a consumer in the order put")
            }
        }
    }
}
