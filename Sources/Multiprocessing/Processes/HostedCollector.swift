import BinaryFormat
import Threading
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Drains a hosted process's pipes on one thread until every writer has gone: its output, its
/// outcome and its trace. Draining as it goes matters: a full pipe would stop the demo.
final class HostedCollector: @unchecked Sendable {
    private let pipes: HostedPipes
    private let recorder: TraceRecorder?
    private var thread: NativeThread?
    // Guarded by `mutex`; `finished` is broadcast when the thread is done.
    private let mutex = PthreadMutex()
    private let finished = PthreadCondition()
    private var isFinished = false
    private var outputBytes: [UInt8] = []
    private var outcomeBytes: [UInt8] = []

    init(pipes: HostedPipes, recorder: TraceRecorder?) throws {
        self.pipes = pipes
        self.recorder = recorder
        do {
            thread = try NativeThread.spawn(name: "hosted-collect") { [self] in collect() }
        } catch {
            var owned = pipes
            owned.closeAll()
            throw RuntimeError.cannotStartThread(error)
        }
    }

    /// Waits for the pipes to reach end of file, at most until `deadline`; returns whether they did.
    @discardableResult
    func finish(until deadline: Deadline?) -> Bool {
        let done = mutex.withLock {
            while !isFinished {
                if let deadline {
                    if deadline.hasPassed { return false }
                    _ = finished.wait(mutex, until: deadline)
                } else {
                    finished.wait(mutex)
                }
            }
            return true
        }
        if done { thread?.join() }
        return done
    }

    var output: String {
        mutex.withLock { String(decoding: outputBytes, as: UTF8.self) }
    }

    var outcome: HostedOutcome? {
        let bytes = mutex.withLock { outcomeBytes }
        guard !bytes.isEmpty else { return nil }
        return try? BinaryCoding.decode(HostedOutcome.self, from: bytes)
    }

    private func collect() {
        var open = pipes.readEnds
        var traceBuffer: [UInt8] = []
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 65536, alignment: 4096)
        defer { chunk.deallocate() }
        while !open.isEmpty {
            var watched = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&watched, nfds_t(watched.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            for entry in watched where entry.revents != 0 {
                let count = FileDescriptorIO.readOnce(entry.fd, into: chunk)
                if count <= 0 {
                    FileDescriptorIO.close(entry.fd)
                    open.removeAll { $0 == entry.fd }
                    continue
                }
                let bytes = UnsafeRawBufferPointer(rebasing: chunk[0..<count])
                if entry.fd == pipes.traceRead {
                    traceBuffer.append(contentsOf: bytes)
                    deliver(TraceFrame.decodeFrames(from: &traceBuffer))
                } else if entry.fd == pipes.outcomeRead {
                    mutex.withLock { outcomeBytes.append(contentsOf: bytes) }
                } else {
                    mutex.withLock { outputBytes.append(contentsOf: bytes) }
                }
            }
        }
        for fd in open { FileDescriptorIO.close(fd) }
        mutex.withLock {
            isFinished = true
            finished.broadcast()
        }
    }

    private func deliver(_ events: [TraceEvent]) {
        guard let recorder else { return }
        for event in events {
            switch event.kind {
            case .declareActor(let actor):
                recorder.skipIDs(throughActor: actor.id.rawValue, resource: 0)
            case .declareResource(let resource):
                recorder.skipIDs(throughActor: 0, resource: resource.id.rawValue)
            default:
                break
            }
        }
        // In one go: each append merges the threads' buffers first.
        recorder.record(contentsOf: events)
    }
}
