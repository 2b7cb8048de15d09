import CPrimitives
import Threading
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the running process knows about itself as part of a demo's process tree: its actor,
/// the children it started, and what must happen when it ends.
///
/// Each process has its own copy (fork copies it); ``becameChild(actor:name:daemon:)`` resets
/// the copy in a new child. Python keeps the same facts in `multiprocessing.process`
/// (`current_process()`, `_children`) and acts on them in `util._exit_function` at exit.
final class CurrentProcess: @unchecked Sendable {
    /// A child this process started and has not reaped yet.
    struct Child {
        var actor: ActorID
        var daemon: Bool
    }

    // Everything is guarded by `mutex`: in a hosted process only one thread may exist when it
    // forks, but a demo may still read these from threads it starts later.
    private let mutex = PthreadMutex()
    private var treeStorage: ProcessTree?
    private var actorStorage: ActorID = .unassigned
    private var nameStorage = "MainProcess"
    private var daemonStorage = false
    private var isHostRootStorage = false
    private var outcomeFDStorage: Int32 = -1
    private var childrenStorage: [Int32: Child] = [:]
    private var startedCount = 0

    /// The record of the calling process.
    static let shared = CurrentProcess()

    /// Sets up the root of a hosted tree (the fork server's child).
    func becameHostRoot(tree: ProcessTree, actor: ActorID, name: String, outcomeFD: Int32) {
        mutex.withLock {
            treeStorage = tree
            actorStorage = actor
            nameStorage = name
            isHostRootStorage = true
            outcomeFDStorage = outcomeFD
        }
    }

    /// Resets the copy a freshly forked child inherited: it has no children yet, does not own
    /// its parent's outcome pipe, and is a new actor.
    func becameChild(actor: ActorID, name: String, daemon: Bool) {
        let outcomeFD = mutex.withLock {
            defer {
                actorStorage = actor
                nameStorage = name
                daemonStorage = daemon
                isHostRootStorage = false
                outcomeFDStorage = -1
                childrenStorage = [:]
                startedCount = 0
            }
            return outcomeFDStorage
        }
        if outcomeFD >= 0 { FileDescriptorIO.close(outcomeFD) }
        TraceContext.setCurrentActor(actor)
        cprim_set_process_title(name)
    }

    /// The tree this process belongs to; a process that was not started by the fork server
    /// gets a tree of its own the first time it forks.
    func tree() throws(OSError) -> ProcessTree {
        if let tree = mutex.withLock({ treeStorage }) { return tree }
        let (actor, resource) = TraceContext.tracer.recorder?.lastAllocatedIDs ?? (0, 0)
        let tree = try ProcessTree(
            processLimit: ProcessLimits.default, lastActorID: actor, lastResourceID: resource)
        return mutex.withLock {
            if let existing = treeStorage { return existing }
            treeStorage = tree
            return tree
        }
    }

    var actor: ActorID { mutex.withLock { actorStorage } }
    var name: String { mutex.withLock { nameStorage } }
    var isDaemon: Bool { mutex.withLock { daemonStorage } }
    var isHostRoot: Bool { mutex.withLock { isHostRootStorage } }
    var outcomeFD: Int32 { mutex.withLock { outcomeFDStorage } }

    /// Python's process numbering: every `Process` created counts, named or not, and an unnamed
    /// one is called `Process-N`.
    func nextProcessNumber() -> Int {
        mutex.withLock {
            startedCount += 1
            return startedCount
        }
    }

    func addChild(pid: Int32, actor: ActorID, daemon: Bool) {
        mutex.withLock { childrenStorage[pid] = Child(actor: actor, daemon: daemon) }
    }

    func child(_ pid: Int32) -> Child? {
        mutex.withLock { childrenStorage[pid] }
    }

    /// Forgets a reaped child and returns what was known about it.
    @discardableResult
    func removeChild(_ pid: Int32) -> Child? {
        mutex.withLock { childrenStorage.removeValue(forKey: pid) }
    }

    var childPIDs: [Int32: Child] { mutex.withLock { childrenStorage } }
}

/// Limits that keep a demo from harming the machine.
public enum ProcessLimits {
    /// The most processes one demo's tree may run at once unless it asks otherwise.
    public static let `default` = 64
    /// The most any demo may ask for.
    public static let maximum = 256
}
