extension English {
    /// The demos' words: summaries, parameters' help, results' meanings, narration, errors.
    static let demos: [String: String] = [
        "demos.allowed.choice": "one of {words}",
        "demos.allowed.decimal": "a number from {lowest} to {highest}",
        "demos.allowed.flag": "on or off",
        "demos.allowed.integer": "a whole number from {lowest} to {highest}",
        "demos.allowed.pace": "0 (full speed) or a number from {lowest} to {highest}",
        "demos.argument.given-twice":
            "`{name}` is given twice for demo `{demo}` (`{earlier}` and `{later}`); keep one",
        "demos.argument.not-allowed": "`{name}={value}` for demo `{demo}`: expected {allowed}",
        "demos.argument.not-name-value":
            "`{word}` for demo `{demo}` is not name=value; parameters are written like `{example}`",
        "demos.argument.unknown-parameter": "demo `{demo}` has no parameter `{name}` (it takes {names})",
        "demos.blocking-vs-async.summary":
            "one late answer waited for four ways: a blocking read, polling, a callback, await",
        "demos.concurrency-vs-parallelism.summary":
            "two CPU-bound threads pinned to one CPU (they take turns), then to two (they run at once)",
        "demos.condition-wait-for.summary":
            "consumers wait with cond.wait_for(predicate); the producer wakes one (notify) or all (notify_all)",
        "demos.coroutines-vs-threads.summary":
            "thousands of waiting coroutines on one event loop against hundreds of waiting threads",
        "demos.crawler.summary":
            "a Scrapy-style crawler over loopback: global, per-domain and per-IP limits and the download delay",
        "demos.daemon-threads.summary":
            "a daemon thread and an ordinary one when the program ends: which is waited for, which is cut off",
        "demos.event-loop.summary":
            "one reactor thread serves an echo server, its clients and a row of timers",
        "demos.event-traffic-light.summary":
            "cars (threads) wait on an Event that the light sets (green) and clears (red)",
        "demos.fork-basics.summary":
            "one os.fork(): what it returns in the child and in the parent, and whose pid is whose",
        "demos.fork-isolation.summary":
            "the child changes a variable and a shared Value: which change does the parent see?",
        "demos.fork-tree.summary":
            "os.fork() in a loop: every process forks every round, and the tree doubles",
        "demos.gil.summary":
            "CPU-bound and I/O-bound tasks on 1 and 2 threads, GIL on and off, and on 2 processes",
        "demos.lock-race.summary":
            "threads add 1 to a shared counter (read, pause, write), with or without a threading.Lock",
        "demos.not-measured.cpus-busy": "others kept CPUs busy: {free} of {available} free",
        "demos.not-measured.one-cpu": "1 CPU available (sched_getaffinity)",
        "demos.param.speed": "pace: 1 is slow enough to watch, 2 twice as fast, 0 full speed with no pauses",
        "demos.param.time-limit": "seconds after which the demo stops early and says so",
        "demos.pipe-corruption.summary":
            "writer processes share one pipe; records above PIPE_BUF bytes can come out torn",
        "demos.pipe-pingpong.summary": "two processes send messages back and forth over a duplex mp.Pipe()",
        "demos.pool-apply.summary":
            "pool.apply blocks the parent for each task; apply_async lets the tasks overlap",
        "demos.pool-map-imap.summary":
            "pool.map returns every result at the end; pool.imap yields each as soon as it is ready, in order",
        "demos.pool-with-terminate.summary":
            "leaving `with Pool() as pool:` terminates the pool: calls not finished are lost",
        "demos.priority-queue.summary":
            "equal priorities: Spindle's stable PriorityQueue versus Python's tuple comparison; LifoQueue as a stack",
        "demos.process-queue.summary":
            "producer and consumer processes share a bounded mp.Queue; consumers stop at a sentinel",
        "demos.process-start-join.summary":
            "Process(target=..., args=(i,)): start, join, exitcode, and a daemon cut off when its parent ends",
        "demos.producer-consumer.summary":
            "producer and consumer threads share a bounded queue.Queue; task_done, q.join() and sentinels",
        "demos.rlock-reentry.summary":
            "a thread re-enters a lock it holds: a Lock deadlocks (caught by a timeout), an RLock counts levels",
        "demos.runner.overran": "it overran its time limit; it was stopped from outside",
        "demos.runner.stopped-early": "stopped early: {reason}",
        "demos.runner.time-limit-reached": "the time limit of {seconds} s was reached",
        "demos.semaphore-pool.summary":
            "a BoundedSemaphore admits at most `bound` workers at once, and raises when released too often",
        "demos.shared-counter.summary":
            "processes add 1 to a shared Value, with or without a lock around `+= 1`",
        "demos.shared-memory.summary":
            "children fill an mp.Array and an ordinary list; the parent sees only the Array",
        "demos.target-call-pitfall.summary":
            "Process(target=work()) runs work in the parent; Process(target=work) runs it in the child",
        "demos.thread-pool-submit-map.summary":
            "ThreadPoolExecutor: submit(fun, seed) calls fun once with the list, map once per item; as_completed",
        "demos.thread-styles.summary":
            "Thread(target=run, args=...) and a Thread subclass overriding run(); is_alive(), names, run() called directly",
        "demos.threads-vs-processes.summary":
            "N processes, then N threads, each add 1 to an ordinary global: start time, memory, and what the parent sees",
        "demos.timer.summary":
            "one threading.Timer fires after its delay, another is cancelled before it can",
        "demos.blocking-vs-async.note.answer-waited":
            "the answer sat in the pipe for {duration} before the caller took it",
        "demos.blocking-vs-async.note.answered":
            "answer received; the caller did {ticks} ticks of other work while it waited",
        "demos.blocking-vs-async.note.await":
            "4. await: the same callback, written as straight-line code in a coroutine",
        "demos.blocking-vs-async.note.blocking":
            "1. blocking: `os.read(r, 64)` holds the line until the answer comes, like a phone call",
        "demos.blocking-vs-async.note.callback":
            "3. callback: the reactor calls back when the answer is there, like a text message",
        "demos.blocking-vs-async.note.polling":
            "2. non-blocking: ask \"anything yet?\", do a tick of other work, ask again",
        "demos.blocking-vs-async.note.setup":
            "the callee answers after {delay} s; the caller has other work, in ticks",
        "demos.blocking-vs-async.note.thinking": "thinking",
        "demos.blocking-vs-async.note.tick": "tick {number} of other work done",
        "demos.blocking-vs-async.note.unnarrated": "further ticks and checks run without narration",
        "demos.blocking-vs-async.param.delay": "seconds before the callee answers",
        "demos.blocking-vs-async.param.tick": "seconds of other work in one tick",
        "demos.blocking-vs-async.result.await-ticks":
            "ticks another coroutine ran while this one awaited the answer",
        "demos.blocking-vs-async.result.blocking-ticks": "ticks of other work done while blocked in the read",
        "demos.blocking-vs-async.result.callback-ticks":
            "ticks the event loop ran before it called the answer's callback",
        "demos.blocking-vs-async.result.polling-checks":
            "times the caller asked \"anything yet?\", the last one answered",
        "demos.blocking-vs-async.result.polling-ticks": "ticks done between non-blocking checks",
        "demos.blocking-vs-async.stop.no-answer": "the time limit was reached before the answer came",
        "demos.concurrency-vs-parallelism.note.both-done": "both done after {seconds} s",
        "demos.concurrency-vs-parallelism.note.cannot-pin":
            "this platform cannot pin threads to CPUs, so the operating system places them",
        "demos.concurrency-vs-parallelism.note.concurrency-pinned":
            "1. concurrency: both workers pinned to CPU {cpu}: two queues, one machine",
        "demos.concurrency-vs-parallelism.note.concurrency-placed":
            "1. concurrency: both workers meant for CPU {cpu}: two queues, one machine",
        "demos.concurrency-vs-parallelism.note.parallelism-one-cpu":
            "2. parallelism needs two CPUs, but this process may use only one: both stay on CPU {cpu}",
        "demos.concurrency-vs-parallelism.note.parallelism-pinned":
            "2. parallelism: worker-1 pinned to CPU {first}, worker-2 to CPU {second}: two queues, two machines",
        "demos.concurrency-vs-parallelism.note.parallelism-placed":
            "2. parallelism: worker-1 meant for CPU {first}, worker-2 to CPU {second}: two queues, two machines",
        "demos.concurrency-vs-parallelism.note.progress":
            "{worker}: {percent}% done, {used} of CPU in {wall}",
        "demos.concurrency-vs-parallelism.note.progress-on-cpu":
            "{worker}: {percent}% done on CPU {cpu}, {used} of CPU in {wall}",
        "demos.concurrency-vs-parallelism.note.setup":
            "each worker needs {work} s of CPU time; this process may use {cpus} CPU(s)",
        "demos.concurrency-vs-parallelism.note.took-turns":
            "both done after {seconds} s: they took turns on one CPU",
        "demos.concurrency-vs-parallelism.param.work": "seconds of CPU time each worker needs",
        "demos.concurrency-vs-parallelism.result.cpus-available": "CPUs this process may run on",
        "demos.concurrency-vs-parallelism.result.one-cpu-s":
            "seconds until both workers finished, pinned to the same CPU",
        "demos.concurrency-vs-parallelism.result.speedup":
            "one_cpu_s / two_cpus_s: about 2 when both CPUs are free",
        "demos.concurrency-vs-parallelism.result.two-cpus-s":
            "seconds until both workers finished, pinned to different CPUs",
        "demos.concurrency-vs-parallelism.stop.workers":
            "the time limit was reached before the workers finished",
        "demos.condition-wait-for.note.consumer":
            "each consumer: `with cond: cond.wait_for(lambda: items or done)`, then takes one item",
        "demos.condition-wait-for.note.consuming": "consuming item {item}",
        "demos.condition-wait-for.note.producer":
            "the producer puts each item out once all {consumers} consumers wait for one, at any speed",
        "demos.condition-wait-for.param.consumers": "consumer threads waiting for items",
        "demos.condition-wait-for.param.items": "items the producer adds, one at a time",
        "demos.condition-wait-for.param.wake": "notify() wakes one waiter, notify_all() every waiter",
        "demos.condition-wait-for.result.each-once": "yes when every item was consumed exactly once",
        "demos.condition-wait-for.result.items-consumed": "distinct items the consumers took",
        "demos.condition-wait-for.result.spurious-checks":
            "wake-ups after which the predicate was false: woken for nothing",
        "demos.condition-wait-for.result.woken":
            "times a waiting consumer woke up and checked the predicate again",
        "demos.coroutines-vs-threads.note.coroutines":
            "1. {tasks} coroutines on one event-loop thread, each awaiting the same signal",
        "demos.coroutines-vs-threads.note.coroutines-waited":
            "all {tasks} were waiting after {milliseconds} ms, then were released",
        "demos.coroutines-vs-threads.note.memory-reused":
            "{result}: resident memory did not grow, because memory freed earlier was reused",
        "demos.coroutines-vs-threads.note.memory-unreadable":
            "resident memory cannot be read on this platform",
        "demos.coroutines-vs-threads.note.threads":
            "2. {threads} threads, each blocked on the same condition variable",
        "demos.coroutines-vs-threads.note.threads-memory":
            "at that rate {tasks} threads would take {megabytes} MB of memory; most systems cap threads long before",
        "demos.coroutines-vs-threads.note.threads-waited":
            "all {threads} were waiting after {milliseconds} ms, then were released and joined",
        "demos.coroutines-vs-threads.param.tasks": "coroutines started on the event loop",
        "demos.coroutines-vs-threads.param.threads": "OS threads started",
        "demos.coroutines-vs-threads.result.coroutine-bytes-per-task":
            "growth of resident memory per waiting coroutine, in bytes",
        "demos.coroutines-vs-threads.result.coroutine-us-per-task":
            "microseconds to start one coroutine until it waits",
        "demos.coroutines-vs-threads.result.tasks": "coroutines started",
        "demos.coroutines-vs-threads.result.thread-bytes-per-task":
            "growth of resident memory per waiting thread, in bytes",
        "demos.coroutines-vs-threads.result.thread-us-per-task":
            "microseconds to start one thread until it waits",
        "demos.coroutines-vs-threads.result.threads": "threads started",
        "demos.coroutines-vs-threads.stop.coroutines-starting":
            "the time limit was reached while the coroutines were starting",
        "demos.cpython.error.exited": "python3 exited with status {number}",
        "demos.cpython.error.exited-saying": "python3 exited with status {number}: {output}",
        "demos.cpython.error.killed": "python3 was killed by signal {number}",
        "demos.cpython.error.killed-saying": "python3 was killed by signal {number}: {output}",
        "demos.cpython.error.pipe": "pipe failed (errno {errno})",
        "demos.cpython.error.script-pipe": "could not pass the script through a pipe (errno {errno})",
        "demos.cpython.error.spawn": "posix_spawnp python3 failed (errno {errno})",
        "demos.cpython.note.script": "the same experiment in real CPython: {file}",
        "demos.crawler.error.request-late": "a request thread did not finish in time",
        "demos.crawler.error.site-late": "the site thread did not stop within 5 s",
        "demos.crawler.note.ip":
            "  {ip} ({domains}) answers after {milliseconds} ms; the address is only a label",
        "demos.crawler.note.mode.event-loop":
            "event-loop crawler: one thread, one reactor, as Scrapy runs on Twisted",
        "demos.crawler.note.mode.sequential":
            "sequential crawler: one page at a time on this thread, like a loop of requests.get",
        "demos.crawler.note.mode.thread-per-request":
            "thread-per-request crawler: one thread per page, semaphores hold the limits",
        "demos.crawler.note.settings":
            "settings: CONCURRENT_REQUESTS = {requests}, CONCURRENT_REQUESTS_PER_DOMAIN = {per-domain}, CONCURRENT_REQUESTS_PER_IP = {per-ip}, DOWNLOAD_DELAY = {delay}, RANDOMIZE_DOWNLOAD_DELAY = {randomize}",
        "demos.crawler.note.site":
            "the site: a server on 127.0.0.1:{port} answering for {domains} domains by their Host header",
        "demos.crawler.note.slots-per-domain":
            "slots are per domain: at most {limit} in flight per domain, the delay counted per domain",
        "demos.crawler.note.slots-per-ip":
            "slots are per IP (PER_IP is not 0): at most {limit} in flight per IP, the delay counted per IP",
        "demos.crawler.note.sockets-left":
            "the server has stopped; sockets open now that were not before: {sockets}",
        "demos.crawler.param.concurrent-requests":
            "CONCURRENT_REQUESTS: requests in flight at once, all slots together",
        "demos.crawler.param.concurrent-requests-per-domain":
            "CONCURRENT_REQUESTS_PER_DOMAIN: requests in flight to one domain",
        "demos.crawler.param.concurrent-requests-per-ip":
            "CONCURRENT_REQUESTS_PER_IP: when not 0, slots are per IP and the per-domain limit is ignored",
        "demos.crawler.param.domains": "virtual domains, two per IP address",
        "demos.crawler.param.download-delay":
            "DOWNLOAD_DELAY: seconds between two requests of one slot (Scrapy's default is 0)",
        "demos.crawler.param.mode":
            "the crawler: one reactor thread, one page at a time, or one thread per page",
        "demos.crawler.param.pages": "pages to fetch, spread over the domains in turn",
        "demos.crawler.param.randomize-download-delay":
            "RANDOMIZE_DOWNLOAD_DELAY: draw each delay from 0.5x to 1.5x DOWNLOAD_DELAY",
        "demos.crawler.result.duplicate-fetches": "requests the server answered beyond one per page",
        "demos.crawler.result.elapsed-s": "seconds from the first request to the last answer",
        "demos.crawler.result.errors": "requests that failed",
        "demos.crawler.result.max-in-flight": "the most requests in flight at once",
        "demos.crawler.result.max-in-flight-per-slot": "the most requests of one slot in flight at once",
        "demos.crawler.result.min-gap-bound-s":
            "the shortest gap the delay allows: DOWNLOAD_DELAY, or half of it when randomized",
        "demos.crawler.result.min-gap-s":
            "the shortest time between two requests of one slot (none if no slot sent two)",
        "demos.crawler.result.pages": "pages fetched (answered 200)",
        "demos.crawler.result.requests-per-s": "pages / elapsed_s",
        "demos.crawler.result.slots":
            "download slots used: domains, or IPs when CONCURRENT_REQUESTS_PER_IP is not 0",
        "demos.crawler.result.sockets-left": "sockets still open after the server stopped (should be 0)",
        "demos.crawler.stop.pages": "the time limit was reached after {done} of {all} pages",
        "demos.daemon-threads.note.daemon-step": "daemon: step {step} of {steps} begins",
        "demos.daemon-threads.note.exited":
            "the program has exited; its daemon thread had completed {done} of {steps} steps",
        "demos.daemon-threads.note.later": "{seconds} s later the daemon's counter reads {count}",
        "demos.daemon-threads.note.main-ends":
            "the main code ends here; at exit Python joins every non-daemon thread",
        "demos.daemon-threads.note.plan":
            "the program starts a daemon thread ({daemon} steps) and an ordinary one ({worker} steps), then its main code ends",
        "demos.daemon-threads.note.process-exits":
            "the worker is done, so the process exits now: the daemon has completed {done} of its {steps} steps",
        "demos.daemon-threads.note.start":
            "threading.Thread(target=job, daemon=True).start(); threading.Thread(target=chores).start()",
        "demos.daemon-threads.note.worker-step": "worker: step {step} of {steps} begins",
        "demos.daemon-threads.param.daemon-steps": "steps the daemon thread means to take",
        "demos.daemon-threads.param.worker-steps": "steps the ordinary (non-daemon) thread takes",
        "demos.daemon-threads.result.daemon-finished": "whether the daemon thread took all its steps",
        "demos.daemon-threads.result.daemon-steps": "steps the daemon thread took before the program exited",
        "demos.daemon-threads.result.daemon-steps-after-exit":
            "steps the daemon took once the program had exited, watched for three steps' time",
        "demos.daemon-threads.result.daemon-steps-planned": "steps the daemon thread meant to take",
        "demos.daemon-threads.result.non-daemon-finished":
            "whether the ordinary thread took all its steps before the program exited",
        "demos.daemon-threads.stop.worker": "the time limit was reached before the ordinary thread finished",
        "demos.event-loop.error.server-closed": "the server closed the connection",
        "demos.event-loop.note.accepted": "server: accepted a connection from {peer}",
        "demos.event-loop.note.client-connected": "client-{number}: connected",
        "demos.event-loop.note.client-done": "client-{number}: all {messages} lines came back; closed",
        "demos.event-loop.note.client-failed": "client-{number} failed: {error}",
        "demos.event-loop.note.line-back": "client-{number}: got line {line} back",
        "demos.event-loop.note.listening":
            "echo server listening on 127.0.0.1:{port}; {clients} clients, {timers} timers, one thread",
        "demos.event-loop.note.sleeping-callback":
            "a callback calls time.sleep({seconds}): nothing else can run until it returns",
        "demos.event-loop.note.timer-fired": "timer {number} fired {lateness} late",
        "demos.event-loop.note.unnarrated": "further callbacks run without narration",
        "demos.event-loop.param.block":
            "seconds one callback spends in a blocking time.sleep, freezing the loop (0: none)",
        "demos.event-loop.param.clients": "clients connecting to the echo server",
        "demos.event-loop.param.messages": "lines each client sends and waits to get back",
        "demos.event-loop.param.timers": "timers set with callLater",
        "demos.event-loop.result.connections-served": "server connections that ended cleanly after echoing",
        "demos.event-loop.result.max-timer-lateness-ms":
            "how late the latest timer ran after its deadline, in ms",
        "demos.event-loop.result.messages-echoed": "lines the clients got back intact",
        "demos.event-loop.result.threads-used": "distinct threads that ran a callback",
        "demos.event-loop.result.timers-fired": "callLater timers that ran",
        "demos.event-loop.stop.unfinished":
            "the time limit was reached before every client and timer finished",
        "demos.event-traffic-light.note.plan":
            "the light starts red: Event() starts cleared. Each car: `while not light.wait(timeout=1): ...`, then `with junction:` it looks again with `light.is_set()` before it crosses",
        "demos.event-traffic-light.param.cars": "car threads arriving at the light one after another",
        "demos.event-traffic-light.param.green": "seconds the light stays green (at speed 1)",
        "demos.event-traffic-light.param.red": "seconds the light stays red (at speed 1)",
        "demos.event-traffic-light.result.cars": "cars that arrived at the light",
        "demos.event-traffic-light.result.light-changes": "set() and clear() calls the controller made",
        "demos.event-traffic-light.result.passed-on-green": "cars that crossed while the event was set",
        "demos.event-traffic-light.result.passed-on-red": "cars that crossed while the event was clear",
        "demos.event-traffic-light.result.red-timeouts":
            "light.wait(timeout) calls that returned False: still red",
        "demos.event-traffic-light.stop.never-crossed":
            "the light changed {changes} times and some cars never crossed",
        "demos.fork-basics.error.child-late": "the child {pid} did not end in time",
        "demos.fork-basics.note.about-to-fork": "parent (pid {pid}) is about to call `res = os.fork()`",
        "demos.fork-basics.note.child-returned":
            "os.fork() returned {res} here; my pid is {pid}, my parent's is {ppid}",
        "demos.fork-basics.note.child-sent": "sent (res, os.getpid(), os.getppid()); now `os._exit({code})`",
        "demos.fork-basics.note.parent-returned":
            "parent: os.fork() returned {res} here, the pid of the new child",
        "demos.fork-basics.param.exit-code": "the status the child ends with, `os._exit(exit_code)`",
        "demos.fork-basics.result.child-exit-code":
            "the child's exit status, as os.waitpid reported it to the parent",
        "demos.fork-basics.result.child-pid": "os.getpid() in the child",
        "demos.fork-basics.result.child-ppid": "os.getppid() in the child: its parent's pid",
        "demos.fork-basics.result.fork-in-child": "what os.fork() returned in the child",
        "demos.fork-basics.result.fork-in-parent": "what os.fork() returned in the parent",
        "demos.fork-basics.result.parent-pid": "os.getpid() in the parent",
        "demos.fork-basics.result.pids-consistent":
            "yes when fork_in_parent = child_pid and child_ppid = parent_pid",
        "demos.fork-isolation.error.child-late": "the child {pid} did not end in time",
        "demos.fork-isolation.error.child-silent": "the child could not send what it saw (exit code {code})",
        "demos.fork-isolation.note.before-fork":
            "parent: x = {x}, and v = Value('q', {start}) in shared memory; now os.fork()",
        "demos.fork-isolation.note.child-sets":
            "x = {value} in my own copy of x; next, v.value = {value} in the shared page",
        "demos.fork-isolation.note.parent-sees": "parent: here x is {x} and v.value is {shared}",
        "demos.fork-isolation.note.parent-waits":
            "parent: waiting for the child, then looking at x and v.value",
        "demos.fork-isolation.param.child-sets": "what the child assigns to both",
        "demos.fork-isolation.param.start": "what `x` and `v.value` hold before the fork",
        "demos.fork-isolation.result.child-sees": "x in the child after it assigned it",
        "demos.fork-isolation.result.parent-sees": "x in the parent once the child has ended",
        "demos.fork-isolation.result.shared-parent-sees":
            "v.value (shared memory) in the parent once the child has ended",
        "demos.fork-tree.note.loop": "every process runs `for i in range({depth}): os.fork()`",
        "demos.fork-tree.note.round": "round {round}: {processes} processes each call os.fork()",
        "demos.fork-tree.note.round-one": "round {round}: 1 process calls os.fork()",
        "demos.fork-tree.param.depth": "rounds of the loop, `for i in range(depth)`",
        "demos.fork-tree.result.depth": "rounds of the loop",
        "demos.fork-tree.result.expected": "2^depth, the count if every process forked in every round",
        "demos.fork-tree.result.processes":
            "processes that existed, the first one included, each counted by itself",
        "demos.fork-tree.result.reaped":
            "children waited for by their parents: processes − 1 when none was lost",
        "demos.fork-tree.stop.before-all-forked":
            "the time limit was reached before every process had forked",
        "demos.fork-tree.stop.before-round": "the time limit was reached before round {round}",
        "demos.gil.error.process-late": "a GIL demo process did not finish within {seconds} s",
        "demos.gil.error.thread-late": "a GIL demo thread did not finish within {seconds} s",
        "demos.gil.note.processes":
            "two processes, each with its own interpreter and its own GIL, count at the same time",
        "demos.gil.note.python-failed": "the CPython run failed: {reason}",
        "demos.gil.note.python-header":
            "CPython {version} (GIL {gil}, switch interval {interval} s) beside Spindle's simulation of the GIL:",
        "demos.gil.note.python-missing":
            "python3 is not installed on this machine (not found on PATH), so only the simulation ran",
        "demos.gil.note.python-no-speedups": "the CPython run printed no speedups",
        "demos.gil.note.python-parallelism":
            "  CPUs busy at once, 2 counting threads: CPython {cpython}, Spindle {spindle}",
        "demos.gil.note.python-row.cpu-1-thread":
            "  CPU, 1 thread  : CPython {cpython} s, Spindle {spindle} s",
        "demos.gil.note.python-row.cpu-2-processes":
            "  CPU, 2 processes: CPython {cpython} s, Spindle {spindle} s",
        "demos.gil.note.python-row.cpu-2-threads":
            "  CPU, 2 threads : CPython {cpython} s, Spindle {spindle} s",
        "demos.gil.note.python-row.io-1-thread":
            "  I/O, 1 thread  : CPython {cpython} s, Spindle {spindle} s",
        "demos.gil.note.python-row.io-2-threads":
            "  I/O, 2 threads : CPython {cpython} s, Spindle {spindle} s",
        "demos.gil.note.python-timeout": "python3 did not finish within {seconds} s and was stopped",
        "demos.gil.note.repeats":
            "each CPU-bound run is done {repeats} times and the median kept; its CPU time over its wall time says how many CPUs it kept busy at once",
        "demos.gil.note.running-python": "running python3 {file} {arguments}",
        "demos.gil.note.step-timed": "{result} = {seconds} s, CPUs busy at once: {parallelism}",
        "demos.gil.note.step.cpu-1-thread": "one thread counts twice, one task after the other",
        "demos.gil.note.step.cpu-2-threads-gil": "two threads count at once, sharing the GIL",
        "demos.gil.note.step.cpu-2-threads-nogil":
            "two threads count at once with the GIL off (as python3.13t)",
        "demos.gil.note.step.io-1-thread": "one thread does two I/O-bound tasks, one after the other",
        "demos.gil.note.step.io-2-threads-gil": "two threads do the I/O-bound tasks at once, sharing the GIL",
        "demos.gil.note.switches": "with two CPU-bound threads the GIL changed hands {switches} times",
        "demos.gil.note.tasks":
            "each task is either a counting loop (CPU-bound) or 10 blocking waits (I/O-bound); every run does two tasks",
        "demos.gil.note.untraced":
            "the timed runs below are not traced step by step: the GIL changes hands every {milliseconds} ms",
        "demos.gil.note.watch": "two CPU-bound threads take turns holding the GIL",
        "demos.gil.note.watch-stretched":
            "watch two CPU-bound threads take turns; the switch interval is stretched to {stretched} ms so each turn can be seen (the timed runs use {interval} ms)",
        "demos.gil.note.watched":
            "the GIL changed hands {switches} times; the threads spent {seconds} s waiting for it instead of counting",
        "demos.gil.param.cpu-task-s":
            "seconds one CPU-bound task (a counting loop) takes alone on this machine",
        "demos.gil.param.cpython":
            "also run the experiment in real CPython with python3, showing the script first",
        "demos.gil.param.io-task-s": "seconds one I/O-bound task spends waiting, in 10 blocking waits",
        "demos.gil.param.switch-interval-ms":
            "the GIL's switch interval, as sys.setswitchinterval (CPython's default: 5 ms)",
        "demos.gil.result.cpu-1-thread-s":
            "seconds for two CPU-bound tasks, one after the other on one thread",
        "demos.gil.result.cpu-2-processes-s": "seconds for the two CPU-bound tasks on two processes",
        "demos.gil.result.cpu-2-threads-gil-s": "seconds for the two CPU-bound tasks on two threads, GIL on",
        "demos.gil.result.cpu-2-threads-nogil-s":
            "seconds for the two CPU-bound tasks on two threads, GIL off",
        "demos.gil.result.cpus-available": "CPUs this process may run on (os.sched_getaffinity)",
        "demos.gil.result.cpus-free":
            "CPUs other programs left free, on average, while the GIL-off threads ran",
        "demos.gil.result.cpython": "the CPython run: off, ran, missing (no python3), failed or timeout",
        "demos.gil.result.cpython-speedup-cpu":
            "CPython's speedup of two CPU-bound threads (n/a unless cpython ran)",
        "demos.gil.result.cpython-speedup-io":
            "CPython's speedup of two I/O-bound threads (n/a unless cpython ran)",
        "demos.gil.result.gil-switches": "times the GIL changed hands while two CPU-bound threads shared it",
        "demos.gil.result.io-1-thread-s":
            "seconds for two I/O-bound tasks, one after the other on one thread",
        "demos.gil.result.io-2-threads-gil-s": "seconds for the two I/O-bound tasks on two threads, GIL on",
        "demos.gil.result.parallelism-cpu-gil":
            "CPUs the two CPU-bound threads kept busy at once, GIL on: CPU time / wall time",
        "demos.gil.result.parallelism-cpu-nogil":
            "the same with the GIL off; not measured when fewer than two CPUs were free",
        "demos.gil.result.speedup-cpu-gil": "cpu_1_thread_s / cpu_2_threads_gil_s",
        "demos.gil.result.speedup-cpu-nogil": "cpu_1_thread_s / cpu_2_threads_nogil_s",
        "demos.gil.result.speedup-cpu-processes": "cpu_1_thread_s / cpu_2_processes_s",
        "demos.gil.result.speedup-io-gil": "io_1_thread_s / io_2_threads_gil_s",
        "demos.lock-race.note.full-speed":
            "the other {additions} additions of each thread run at full speed, not traced",
        "demos.lock-race.note.locked":
            "each thread runs `with lock: value = counter; sleep(0); counter = value + 1`, {increments} times",
        "demos.lock-race.note.python-failed": "the CPython run failed: {reason}",
        "demos.lock-race.note.python-header": "CPython {version}, GIL {gil}, {additions} additions each way:",
        "demos.lock-race.note.python-losses":
            "  counter += 1: {plain} lost; with f() between read and write: {call} lost; with sleep(0) ({sleep-additions} additions): {sleep-lost} lost",
        "demos.lock-race.note.python-missing":
            "python3 is not installed on this machine (not found on PATH), so only Spindle's race ran",
        "demos.lock-race.note.python-no-counts": "the CPython run printed no counts",
        "demos.lock-race.note.python-timeout": "python3 did not finish within {seconds} s and was stopped",
        "demos.lock-race.note.running-python": "running python3 - {arguments} < {file}",
        "demos.lock-race.note.unlocked":
            "each thread runs `value = counter; sleep(0); counter = value + 1`, {increments} times, no lock",
        "demos.lock-race.param.cpython":
            "also run the race in real CPython with python3: `counter += 1` and with a call in between",
        "demos.lock-race.param.increments": "additions each thread makes",
        "demos.lock-race.param.lock": "hold a threading.Lock around the read, pause and write",
        "demos.lock-race.param.threads": "threads incrementing the counter",
        "demos.lock-race.result.actual": "what the counter ended at",
        "demos.lock-race.result.cpython":
            "the CPython run: off, ran, missing (no python3), failed or timeout",
        "demos.lock-race.result.cpython-lost-call":
            "additions CPython lost with a call between the read and the write",
        "demos.lock-race.result.cpython-lost-plain":
            "additions CPython lost with a plain `counter += 1` (n/a unless it ran)",
        "demos.lock-race.result.cpython-version": "the python3 that ran the race (n/a unless cpython ran)",
        "demos.lock-race.result.expected": "additions the threads made, what the counter should end at",
        "demos.lock-race.result.lost": "expected − actual: additions overwritten by another thread",
        "demos.lock-race.result.lost-full-speed": "of those, lost in the rounds run at full speed",
        "demos.lock-race.result.lost-watched":
            "of those, lost in the slowed-down first rounds, staged to be seen",
        "demos.lock-race.stop.additions": "the time limit was reached after {done} of {all} additions",
        "demos.pipe-corruption.note.plan-atomic":
            "{writers} writers, {records} records of {size} bytes each; PIPE_BUF is {limit}, so each os.write is atomic",
        "demos.pipe-corruption.note.plan-split":
            "{writers} writers, {records} records of {size} bytes each; PIPE_BUF is {limit}, so each os.write may be split",
        "demos.pipe-corruption.note.reader-full-speed":
            "main: the other records are read at full speed, not traced; each is checked",
        "demos.pipe-corruption.note.writer-full-speed":
            "writer-{writer}: the other {records} records go at full speed, not traced",
        "demos.pipe-corruption.param.records": "records each writer writes",
        "demos.pipe-corruption.param.size": "bytes in each record, written with one write(2)",
        "demos.pipe-corruption.param.writers": "processes writing to the same pipe",
        "demos.pipe-corruption.result.pipe-buf":
            "PIPE_BUF for this pipe: the largest write the kernel keeps whole",
        "demos.pipe-corruption.result.records": "records the reader got back",
        "demos.pipe-corruption.result.torn":
            "records that did not come out as one writer's record, whole and in order",
        "demos.pipe-corruption.stop.records": "the time limit was reached after {done} of {all} records",
        "demos.pipe-corruption.stop.writers-late": "the writers did not finish within the time limit",
        "demos.pipe-pingpong.error.ponger-answer": "the ponger answered None with {answer}",
        "demos.pipe-pingpong.note.full-speed":
            "main: the other {rounds} round trips run at full speed, not traced",
        "demos.pipe-pingpong.note.no-full-speed":
            "no round ran at full speed: give it more than {rounds} rounds",
        "demos.pipe-pingpong.note.pipe":
            "parent_conn, child_conn = mp.Pipe(): main keeps one end, ponger gets the other",
        "demos.pipe-pingpong.note.wrong-reply": "main sent ping {round} but received {reply}",
        "demos.pipe-pingpong.param.rounds": "pings the main process sends, each answered",
        "demos.pipe-pingpong.result.messages": "messages received on both ends (pings plus pongs)",
        "demos.pipe-pingpong.result.round-trips": "pings answered by the matching pong",
        "demos.pipe-pingpong.result.round-trips-per-s":
            "round trips per second once the rounds run at full speed",
        "demos.pool-apply.note.apply-returned":
            "parent: apply(f, ({task},)) returned {output} after {seconds} s blocked",
        "demos.pool-apply.note.async-returned":
            "parent: apply_async returned {tasks} AsyncResults at once; it does its own work meanwhile",
        "demos.pool-apply.note.close-join":
            "parent: pool.close(); pool.join(): no more calls, wait for the workers to exit",
        "demos.pool-apply.note.get-returned": "parent: results[{index}].get() returned {output}",
        "demos.pool-apply.note.pool":
            "Pool({workers}): {workers} workers wait for calls of f(i), which works {seconds} s",
        "demos.pool-apply.note.tick":
            "parent: tick {tick} of its own work; results[{index}] is not ready yet",
        "demos.pool-apply.note.ticks-done":
            "parent: {ticks} ticks of its own work done while the workers ran",
        "demos.pool-apply.param.mode": "submit with pool.apply or pool.apply_async",
        "demos.pool-apply.param.task-s":
            "seconds each call works (a real time.sleep in the worker, not scaled by speed)",
        "demos.pool-apply.param.tasks": "calls submitted, one argument each",
        "demos.pool-apply.param.workers": "processes in the pool: Pool(workers)",
        "demos.pool-apply.result.elapsed-s": "seconds from the first submission to the last result",
        "demos.pool-apply.result.max-parallel":
            "most calls running at the same moment, from the times the workers recorded",
        "demos.pool-apply.result.parent-ticks":
            "steps of its own work the parent did while calls were still running",
        "demos.pool-apply.result.parent-waited-s": "seconds the parent spent blocked inside apply() or get()",
        "demos.pool-apply.result.tasks": "calls whose result the parent collected",
        "demos.pool-apply.stop.calls": "the time limit was reached after {done} of {all} calls",
        "demos.pool-apply.stop.workers-late": "the pool's workers did not exit in time",
        "demos.pool-map-imap.note.iterate":
            "parent: it = pool.{method}(f, range({tasks})); next(it) until it runs out (the pool numbers these tasks from {tasks} on)",
        "demos.pool-map-imap.note.map":
            "parent: results = pool.map(f, range({tasks})) blocks until the whole list is ready",
        "demos.pool-map-imap.note.map-returned": "parent: map returned the list {list} after {seconds}",
        "demos.pool-map-imap.note.next-returned":
            "parent: next(it) returned the result of f({item}) at {seconds}",
        "demos.pool-map-imap.note.pool":
            "Pool({workers}); f(i) works {first}, {second} or {third} for i % 3 = 0, 1, 2",
        "demos.pool-map-imap.param.task-s":
            "time unit: f(i) works 1, 3 or 2 units for i % 3 = 0, 1, 2 (a real sleep, not scaled by speed)",
        "demos.pool-map-imap.param.tasks": "items mapped: range(tasks)",
        "demos.pool-map-imap.param.unordered": "second pass with imap_unordered instead of imap",
        "demos.pool-map-imap.param.workers": "processes in the pool: Pool(workers)",
        "demos.pool-map-imap.result.imap-all-s": "seconds until the iterator had returned every result",
        "demos.pool-map-imap.result.imap-arrivals":
            "when each next(it) returned, in seconds, in the order they returned",
        "demos.pool-map-imap.result.imap-first-result-s": "seconds until the first next(it) returned",
        "demos.pool-map-imap.result.imap-order": "the items whose results next(it) returned, in that order",
        "demos.pool-map-imap.result.map-all-s": "seconds until map() gave the parent every result",
        "demos.pool-map-imap.result.map-first-result-s":
            "seconds until map() gave the parent its first result",
        "demos.pool-map-imap.stop.workers-late": "the pool's workers did not exit in time",
        "demos.pool-with-terminate.note.after": "parent: after the with block; the workers are gone",
        "demos.pool-with-terminate.note.close-join":
            "parent: pool.close(); pool.join() before the block ends",
        "demos.pool-with-terminate.note.inside":
            "parent: inside `with Pool({workers}) as pool:`, {workers} workers wait for calls",
        "demos.pool-with-terminate.note.leaves":
            "parent: leaves the with block without waiting: __exit__ calls pool.terminate()",
        "demos.pool-with-terminate.note.sent":
            "parent: {tasks} calls sent with pool.apply_async(f, (i,)); its own work takes {seconds} s",
        "demos.pool-with-terminate.param.inside-s":
            "seconds the parent works inside the block after submitting (a real sleep, not scaled by speed)",
        "demos.pool-with-terminate.param.task-s":
            "seconds each call works (a real time.sleep in the worker, not scaled by speed)",
        "demos.pool-with-terminate.param.tasks": "calls sent with apply_async",
        "demos.pool-with-terminate.param.wait": "end the with block with pool.close(); pool.join()",
        "demos.pool-with-terminate.param.workers": "processes in the pool: Pool(workers)",
        "demos.pool-with-terminate.result.finished":
            "calls that ran to their end, as they recorded in shared memory",
        "demos.pool-with-terminate.result.lost":
            "submitted − finished: work thrown away when the block ended",
        "demos.pool-with-terminate.result.started":
            "calls a worker began, as the calls themselves recorded in shared memory",
        "demos.pool-with-terminate.result.submitted": "calls sent with apply_async inside the with block",
        "demos.pool-with-terminate.stop.join":
            "the time limit was reached while join() waited for the workers",
        "demos.priority-queue.note.from-pq":
            "the main thread gets them all from pq: smallest priority first, equal ones in the order put",
        "demos.priority-queue.note.from-stack": "and from the stack: the last task put comes out first",
        "demos.priority-queue.note.producer":
            "a producer thread puts {tasks} tasks on pq = queue.PriorityQueue() and stack = queue.LifoQueue()",
        "demos.priority-queue.note.python-get-raises": "Python: pq.get() raises TypeError: {error}",
        "demos.priority-queue.note.python-order": "Python: pq.get() returns them as {names}",
        "demos.priority-queue.note.python-put-raises": "Python: pq.put({entry}) raises TypeError: {error}",
        "demos.priority-queue.note.python-puts":
            "Python: the same puts as {shape} tuples into a heap, compared the way heapq compares them",
        "demos.priority-queue.note.python-tie":
            "Python: {left} < {right}: the first fields are equal, so it compares {left-field} < {right-field}, {answer}",
        "demos.priority-queue.note.python-tie-raises":
            "Python: {left} < {right}: the first fields are equal, so it compares {left-field} < {right-field}",
        "demos.priority-queue.param.counter":
            "Python side puts (priority, count, item) with a running count, the usual fix",
        "demos.priority-queue.param.payload":
            "what follows the priority: a string ('work') or a dict ({'task': 'work'})",
        "demos.priority-queue.result.fifo-among-equals-python":
            "yes if Python keeps equal priorities first-in first-out, no if it reorders them, error if it raises",
        "demos.priority-queue.result.lifo-order": "the tasks in the order a LifoQueue handed them out",
        "demos.priority-queue.result.python-order":
            "the order Python's queue.PriorityQueue gives, or TypeError if a put or get raises",
        "demos.priority-queue.result.spindle-order":
            "the tasks in the order Spindle's PriorityQueue handed them out",
        "demos.process-queue.note.consumer-full-speed":
            "consumer-{number}: its later gets run at full speed, not traced",
        "demos.process-queue.note.mismatch": "the items that came out are not the items that went in",
        "demos.process-queue.note.plan":
            "q = mp.Queue(maxsize={capacity}); {producers} producers put {items} items each, {consumers} consumers get until they see None",
        "demos.process-queue.note.producer-full-speed":
            "producer-{number}: the other {puts} puts run at full speed, not traced",
        "demos.process-queue.note.sentinels": "the producers are done: main puts one None per consumer",
        "demos.process-queue.param.capacity": "the queue's maxsize: a put waits while it is full",
        "demos.process-queue.param.consumers": "processes getting items",
        "demos.process-queue.param.items": "items each producer puts",
        "demos.process-queue.param.producers": "processes putting items",
        "demos.process-queue.result.consumed": "items the consumers got (sentinels not counted)",
        "demos.process-queue.result.lost": "produced − consumed: items that never came out",
        "demos.process-queue.result.max-in-queue":
            "the most items a producer saw in the queue after its put (qsize)",
        "demos.process-queue.result.produced": "items the producers put",
        "demos.process-queue.stop.items": "the time limit was reached after {done} of {all} items",
        "demos.process-start-join.error.parent-late": "the process `parent` did not end in time",
        "demos.process-start-join.note.all-started":
            "main: all started; join() makes me wait for each in turn",
        "demos.process-start-join.note.created":
            "main: {workers} Process objects created; nothing runs until start()",
        "demos.process-start-join.note.done-daemon":
            "my job is done; a daemon child is terminated as its parent exits",
        "demos.process-start-join.note.done-waiting":
            "my job is done; before exiting I wait for my non-daemon child",
        "demos.process-start-join.note.helper-finished": "job finished: {ticks} ticks",
        "demos.process-start-join.note.helper-job":
            "a job of {ticks} ticks of half a second each, not shown one by one",
        "demos.process-start-join.note.helper-started":
            "started helper with daemon={daemon}; my own job is short",
        "demos.process-start-join.note.one-more":
            "main: and one more, `parent`, which starts a helper of its own",
        "demos.process-start-join.note.work-called": "work({number}) called with args=({number},)",
        "demos.process-start-join.param.daemon": "whether `parent` starts its helper with daemon=True",
        "demos.process-start-join.param.fail-code":
            "the code the last worker exits with, `sys.exit(fail_code)`; 0 lets it succeed",
        "demos.process-start-join.param.workers": "worker processes, each given `args=(i,)`",
        "demos.process-start-join.result.exit-codes": "each worker's exitcode after join, in order",
        "demos.process-start-join.result.helper-finished": "yes when the helper reached the end of its job",
        "demos.process-start-join.result.helper-ticks": "ticks of its job the helper finished, out of 8",
        "demos.process-start-join.result.joined": "workers whose join() returned because they had ended",
        "demos.process-start-join.result.started": "workers whose start() forked a process",
        "demos.producer-consumer.note.join":
            "the producers are done: q.join() waits until every item put has had its task_done()",
        "demos.producer-consumer.note.plan":
            "q = queue.Queue({capacity}); {producers} producers put {items} items each; the consumers start once the queue is first full",
        "demos.producer-consumer.note.producer-full-speed":
            "producer-{number}: the other {puts} puts run at full speed, not traced",
        "demos.producer-consumer.note.sentinels": "one None per consumer, so each leaves its loop",
        "demos.producer-consumer.param.capacity": "the queue's maxsize: a put waits while it is full",
        "demos.producer-consumer.param.consumers": "threads getting items",
        "demos.producer-consumer.param.items": "items each producer puts",
        "demos.producer-consumer.param.producers": "threads putting items",
        "demos.producer-consumer.result.consumed":
            "items the consumers got and marked with task_done (sentinels not counted)",
        "demos.producer-consumer.result.produced": "items the producers put",
        "demos.producer-consumer.result.producer-waits":
            "puts that found the queue full (queue.Full from put_nowait) and had to wait",
        "demos.producer-consumer.result.seen-once": "distinct items that came out exactly once",
        "demos.producer-consumer.stop.items": "the time limit was reached after {done} of {all} items",
        "demos.rlock-reentry.note.gave-up":
            "enter({level}): acquire gave up after {seconds} s: the thread was waiting for itself",
        "demos.rlock-reentry.note.plan":
            "worker calls enter(1); enter(n) runs `with {lock}:` and calls enter(n + 1) up to {levels}",
        "demos.rlock-reentry.note.recovered":
            "the timeout caught the deadlock; the worker released the level it held and ended",
        "demos.rlock-reentry.param.depth": "levels of the recursive function, each taking the lock",
        "demos.rlock-reentry.param.kind": "threading.Lock or threading.RLock",
        "demos.rlock-reentry.param.timeout": "seconds each acquire waits before giving up",
        "demos.rlock-reentry.result.deadlocked":
            "yes when an acquire of the lock by the thread already holding it timed out",
        "demos.rlock-reentry.result.depth": "how many levels of the lock the thread held at once",
        "demos.rlock-reentry.result.recovered":
            "yes when the thread ended and the lock was free again afterwards",
        "demos.rlock-reentry.result.releases":
            "release() calls the thread made; equal to depth, one per acquire",
        "demos.semaphore-pool.note.extra-release":
            "every worker has released; now one sem.release() more than the acquires",
        "demos.semaphore-pool.note.not-raised":
            "sem.release() raised nothing: the value is now {value}, above the bound of {bound}",
        "demos.semaphore-pool.note.plan": "each worker runs `with sem: work()`; sem = {type}({bound})",
        "demos.semaphore-pool.note.raised": "sem.release() raised {error}",
        "demos.semaphore-pool.param.bound": "the semaphore's initial value: places inside",
        "demos.semaphore-pool.param.bounded": "BoundedSemaphore (on) or plain Semaphore (off)",
        "demos.semaphore-pool.param.workers": "worker threads wanting in",
        "demos.semaphore-pool.result.bound": "the semaphore's initial value",
        "demos.semaphore-pool.result.max-inside":
            "most workers inside the `with sem:` block at the same time",
        "demos.semaphore-pool.result.over-release-raised": "yes when the extra release() raised ValueError",
        "demos.semaphore-pool.result.value-after": "the semaphore's value after the extra release",
        "demos.shared-counter.not-measured.few-turns":
            "the workers took turns only {turns} times during their full-speed additions (a busy or one-CPU machine gave them few); too few for a lost update to be sure",
        "demos.shared-counter.not-measured.never-together":
            "the workers' full-speed additions never ran at the same time (one finished before another began, on a busy machine); run it again",
        "demos.shared-counter.note.full-speed":
            "the other {additions} additions run at full speed, not traced",
        "demos.shared-counter.note.locked": "each worker runs `with l: v.value += 1`, {increments} times",
        "demos.shared-counter.note.unlocked":
            "each worker runs `v.value += 1`, {increments} times, with no lock around it",
        "demos.shared-counter.note.watched":
            "the first {rounds} additions of each worker pause between the read and the write, to be seen",
        "demos.shared-counter.param.increments": "additions each process makes",
        "demos.shared-counter.param.lock": "hold an mp.Lock() around each `v.value += 1`",
        "demos.shared-counter.param.workers": "processes incrementing the counter",
        "demos.shared-counter.result.actual": "what the counter ended at",
        "demos.shared-counter.result.expected": "workers × increments, what the counter should end at",
        "demos.shared-counter.result.lost": "expected − actual: additions overwritten by another process",
        "demos.shared-counter.result.lost-full-speed": "of those, lost in the rounds run at full speed",
        "demos.shared-counter.result.lost-watched":
            "of those, lost in the slowed-down first rounds, staged to be seen",
        "demos.shared-counter.stop.additions": "the time limit was reached after {done} of {all} additions",
        "demos.shared-memory.note.child-list": "list[{first}...] = {values} in this child's copy",
        "demos.shared-memory.note.containers":
            "arr = mp.Array('q', {count}) and total = mp.Value('q', 0) are in shared memory; list = [0] * {count} is not",
        "demos.shared-memory.note.parent-array": "the parent reads arr: {values}",
        "demos.shared-memory.note.parent-list": "the parent reads list: {values}",
        "demos.shared-memory.param.slots": "slots each child fills",
        "demos.shared-memory.param.workers": "child processes",
        "demos.shared-memory.result.array-slots-filled": "slots of the shared Array the parent sees filled",
        "demos.shared-memory.result.expected-total": "the sum of every number the children wrote",
        "demos.shared-memory.result.list-slots-filled": "slots of the ordinary list the parent sees filled",
        "demos.shared-memory.result.slots": "workers × slots, how many each container should have filled",
        "demos.shared-memory.result.total": "the shared Value every child added its numbers to",
        "demos.target-call-pitfall.error.child-late": "the child did not end in time",
        "demos.target-call-pitfall.note.call-style":
            "main: `p = mp.Process(target=work())`: Python evaluates work() first, here in the parent",
        "demos.target-call-pitfall.note.created-with-none":
            "main: work() returned None; only now is the Process created, with target=None",
        "demos.target-call-pitfall.note.reference-style":
            "main: `p = mp.Process(target=work)`: the function itself is handed over, not called",
        "demos.target-call-pitfall.note.started": "main: p.start() returned; now p.join()",
        "demos.target-call-pitfall.note.target-none":
            "my target is None, what work() returned; nothing to run",
        "demos.target-call-pitfall.note.work-after-start": "work(): running in pid {pid}, after p.start()",
        "demos.target-call-pitfall.note.work-before-start": "work(): running in pid {pid}, before p.start()",
        "demos.target-call-pitfall.note.work-step": "work(): step {step} of {steps}",
        "demos.target-call-pitfall.param.steps": "steps of work, each a pause on the stage",
        "demos.target-call-pitfall.param.style":
            "call writes `target=work()`, reference writes `target=work`",
        "demos.target-call-pitfall.result.child-exit-code": "the child's exitcode after join",
        "demos.target-call-pitfall.result.work-before-start":
            "yes when work() ran before p.start() was called, no when after",
        "demos.target-call-pitfall.result.work-ran-in":
            "parent, child, or nowhere: the process whose pid work() saw",
        "demos.thread-pool-submit-map.note.as-completed":
            "[executor.submit(fun, x) for x in seed], then as_completed(futures): finished first, yielded first",
        "demos.thread-pool-submit-map.note.called": "fun({argument}) called",
        "demos.thread-pool-submit-map.note.map":
            "executor.map(fun, seed): one task per item; results come back in the order of seed",
        "demos.thread-pool-submit-map.note.map-order":
            "calls finished in the order {finished}; map yielded {yielded}",
        "demos.thread-pool-submit-map.note.returns": "fun({argument}) returns '{argument}'",
        "demos.thread-pool-submit-map.note.seed":
            "seed = {seed}; fun(1) is slow: it returns only after every other call of its round",
        "demos.thread-pool-submit-map.note.submit":
            "executor.submit(fun, seed): one task, whose argument is the whole list",
        "demos.thread-pool-submit-map.note.yields": "as_completed yields the future of fun({value})",
        "demos.thread-pool-submit-map.param.items": "the length of seed = [1, 2, ...]",
        "demos.thread-pool-submit-map.param.workers":
            "max_workers; at least 2, so the other calls can run while fun(1) waits",
        "demos.thread-pool-submit-map.result.completion-order":
            "the items of submit(fun, x) for each x, in the order as_completed yielded them",
        "demos.thread-pool-submit-map.result.map-calls": "calls of fun made by executor.map(fun, seed)",
        "demos.thread-pool-submit-map.result.map-order": "the results of map, in the order it yielded them",
        "demos.thread-pool-submit-map.result.out-of-order":
            "yes if as_completed's order differs from the order of submission",
        "demos.thread-pool-submit-map.result.submit-calls": "calls of fun made by executor.submit(fun, seed)",
        "demos.thread-pool-submit-map.stop.result-late":
            "a result was not ready by the time limit of {seconds} s",
        "demos.thread-styles.note.after-join": "after join(): is_alive() is {alive}",
        "demos.thread-styles.note.after-start":
            "after start(): is_alive() is {alive}, even while waiting for the go signal",
        "demos.thread-styles.note.before-start": "before start(): is_alive() is {alive}; names {names}",
        "demos.thread-styles.note.mistake":
            "the classic mistake: StepCounter(name='mistake').run() without start()",
        "demos.thread-styles.note.run-step": "run('{label}'): step {step} of {steps}",
        "demos.thread-styles.note.subclass":
            "class StepCounter(threading.Thread) overrides run(); StepCounter(name='counter').start()",
        "demos.thread-styles.note.subclass-step": "{name}.run() in {thread}: step {step} of {steps}",
        "demos.thread-styles.note.threads":
            "t = threading.Thread(target=run, args=('thread N',)) for N = 1...{count}",
        "demos.thread-styles.param.steps": "lines each thread prints",
        "demos.thread-styles.param.threads": "threads started with `target=run, args=('thread N',)`",
        "demos.thread-styles.result.alive-after-join": "whether any thread is still alive after `t.join()`",
        "demos.thread-styles.result.alive-before-start":
            "`t.is_alive()` after `Thread(...)` but before `t.start()`",
        "demos.thread-styles.result.alive-while-running":
            "`is_alive()` of every thread after `start()`, before they finish",
        "demos.thread-styles.result.default-name": "`t.name` of the first thread, created without a name",
        "demos.thread-styles.result.direct-run-ran-in":
            "`current_thread().name` inside `run()` called directly, without `start()`",
        "demos.thread-styles.result.subclass-ran-in":
            "`current_thread().name` inside the subclass's `run()` after `start()`",
        "demos.thread-styles.stop.lines": "the time limit was reached before every thread printed its lines",
        "demos.threads-vs-processes.error.process-late": "a process did not start within {seconds} s",
        "demos.threads-vs-processes.error.thread-late": "a thread did not start within {seconds} s",
        "demos.threads-vs-processes.note.affinity-failed": "os.sched_setaffinity failed: {error}",
        "demos.threads-vs-processes.note.after-processes":
            "after {units} processes each added 1, the parent reads counter = {counter}",
        "demos.threads-vs-processes.note.after-threads":
            "after {units} threads each added 1, the parent reads counter = {counter}",
        "demos.threads-vs-processes.note.counter":
            "counter = 0 is an ordinary variable of this process; every unit runs `counter += 1`",
        "demos.threads-vs-processes.note.cpus-seen":
            "the threads of this one process ran on CPUs {cpus} of {count}",
        "demos.threads-vs-processes.note.own-cpu":
            "each thread now asks for a CPU of its own (os.sched_setaffinity) and works there for {seconds} s, noting which CPU runs it",
        "demos.threads-vs-processes.note.process-counter": "counter = {counter} in this process's own copy",
        "demos.threads-vs-processes.note.process-round":
            "mp.Process(target=work).start() for each of {units}: each one forks a copy of this process",
        "demos.threads-vs-processes.note.thread-counter":
            "counter = {counter}, the same counter the parent and the other threads see",
        "demos.threads-vs-processes.note.thread-round":
            "threading.Thread(target=work).start() for each of {units}: each one runs inside this process",
        "demos.threads-vs-processes.param.units": "processes to start, then as many threads",
        "demos.threads-vs-processes.result.counter-after-processes":
            "the parent's counter after every child process ran `counter += 1`",
        "demos.threads-vs-processes.result.counter-after-threads":
            "the parent's counter after every thread ran `counter += 1` as well",
        "demos.threads-vs-processes.result.cpus-available":
            "CPUs this process may run on (`len(os.sched_getaffinity(0))`)",
        "demos.threads-vs-processes.result.process-memory-kib":
            "mean KiB each child does not share with the parent: its private pages and its page tables",
        "demos.threads-vs-processes.result.process-start-us":
            "mean microseconds from `p.start()` until the child runs its target",
        "demos.threads-vs-processes.result.thread-cpus-used":
            "different CPUs the threads were seen running on, each asking for its own with `os.sched_setaffinity`",
        "demos.threads-vs-processes.result.thread-memory-kib":
            "mean KiB the process's resident memory grew by per running thread",
        "demos.threads-vs-processes.result.thread-start-us":
            "mean microseconds from `t.start()` until the thread runs its target",
        "demos.timer.note.cancel": "timer-2.cancel(), {seconds} s after start()",
        "demos.timer.note.first-calls": "timer-1 calls its function",
        "demos.timer.note.plan": "timer-1 = Timer({delay}, run); timer-2 the same, cancelled early",
        "demos.timer.note.second-calls": "timer-2 calls its function",
        "demos.timer.param.delay": "seconds each timer waits before calling its function",
        "demos.timer.result.cancelled": "timers cancelled in time: their function never ran",
        "demos.timer.result.delay-s": "seconds from start() to the call, measured on the timer that fired",
        "demos.timer.result.fired": "timers whose function ran",
        "demos.timer.result.requested-s": "the delay both timers were given",
    ]
}
