#!/usr/bin/env python3
"""Write a large, valid Spindle trace (JSON Lines) for measuring `spindle replay`.

A recorded demo holds a few hundred events; the trace reader and the exports are
meant to stay linear far beyond that, up to the documented limit of a million
events. This script makes a trace of that shape, deterministic for a given size,
so the time and memory of reading and exporting it can be measured and compared:

    python3 Tools/make-large-trace.py 1000000 > big.jsonl
    /usr/bin/time -v spindle replay big.jsonl --plain --chrome-trace big.json > /dev/null

The trace has the mix a real one has: processes with threads, locks taken and
released, queue puts and gets, sleeps, notes and results, in time order, with
every actor and resource declared before it is used.
"""

import json
import random
import sys

PROCESSES = 8
THREADS_PER_PROCESS = 8
LOCKS = 16
QUEUES = 16


def line(time, actor, kind, note=None):
    event = {"actor": actor, "kind": kind, "time": time}
    if note is not None:
        event["note"] = note
    return json.dumps(event, separators=(",", ":"), sort_keys=True)


def declarations(time):
    """The actors (a process tree with threads) and resources, first in the file."""
    out = []
    threads = []
    next_actor = 1
    for process in range(PROCESSES):
        pid_actor = next_actor
        next_actor += 1
        parent = {} if process == 0 else {"parent": 1}
        actor = {"id": pid_actor, "kind": "process", "name": f"worker-{process}", "pid": 40000 + process, **parent}
        out.append(line(time, 1 if process else pid_actor, {"type": "declareActor", "actor": actor}))
        for thread in range(THREADS_PER_PROCESS):
            actor = {"id": next_actor, "kind": "thread", "name": f"T{process}.{thread}", "parent": pid_actor}
            out.append(line(time, pid_actor, {"type": "declareActor", "actor": actor}))
            threads.append(next_actor)
            next_actor += 1
    for lock in range(1, LOCKS + 1):
        resource = {"id": lock, "kind": "lock", "name": f"lock {lock}"}
        out.append(line(time, 1, {"type": "declareResource", "resource": resource}))
    for queue in range(LOCKS + 1, LOCKS + QUEUES + 1):
        resource = {"id": queue, "kind": "queue", "name": f"jobs {queue}", "capacity": 100}
        out.append(line(time, 1, {"type": "declareResource", "resource": resource}))
    return out, threads


def main():
    if len(sys.argv) != 2 or not sys.argv[1].isdigit():
        sys.exit("usage: make-large-trace.py EVENTS > trace.jsonl")
    wanted = int(sys.argv[1])
    rng = random.Random(2024)
    time = 1_000_000_000
    lines, threads = declarations(time)
    out = sys.stdout
    out.write('{"format":"spindle-trace","version":1}\n')
    for text in lines:
        out.write(text + "\n")
    written = len(lines)
    while written < wanted:
        time += rng.randrange(1, 20_000)
        actor = rng.choice(threads)
        choice = rng.randrange(8)
        if choice == 0:
            lock = rng.randrange(1, LOCKS + 1)
            batch = [
                {"type": "transition", "state": {"type": "blocked", "resource": lock}},
                {"type": "transition", "state": {"type": "running"}},
                {"type": "operation", "resource": lock, "operation": {"type": "acquire"}},
                {"type": "operation", "resource": lock, "operation": {"type": "release"}},
            ]
        elif choice == 1:
            queue = rng.randrange(LOCKS + 1, LOCKS + QUEUES + 1)
            batch = [{"type": "operation", "resource": queue, "operation": {"type": "put", "item": f"item {written}"}}]
        elif choice == 2:
            queue = rng.randrange(LOCKS + 1, LOCKS + QUEUES + 1)
            batch = [{"type": "operation", "resource": queue, "operation": {"type": "get"}}]
        elif choice == 3:
            batch = [{"type": "transition", "state": {"type": "sleeping", "until": time + 50_000}}]
        elif choice == 4:
            batch = [{"type": "note", "text": f"step {written} of the work"}]
        elif choice == 5:
            batch = [{"type": "result", "name": f"r{written % 100}", "value": str(written)}]
        else:
            batch = [{"type": "transition", "state": {"type": "running"}}]
        for kind in batch[: wanted - written]:
            out.write(line(time, actor, kind) + "\n")
            time += rng.randrange(1, 1_000)
            written += 1


if __name__ == "__main__":
    main()
