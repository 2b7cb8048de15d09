#!/usr/bin/env python3
"""Prints how long each test suite took, from a Swift Testing event stream.

Swift Testing runs suites in parallel, so the "passed after N seconds" it prints for a suite is
when the suite finished, counted from the start of the run, not what the suite cost. This reads
the event stream (`swift test --experimental-event-stream-output FILE
--experimental-event-stream-version 0`) and prints, per suite, the time its tests ran (their
durations added up) and its slowest test, slowest suites first.
Usage: python3 Tools/suite-times.py EVENTS.jsonl [HOW_MANY]   (HOW_MANY: 0 for all; default 0)
"""
import collections
import json
import sys


def suite_of(test_id):
    # `Target.Suite/test()/File.swift:5:6`; a test outside any suite is its own suite.
    return test_id.split("/")[0]


def main():
    path = sys.argv[1]
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    started = {}
    totals = collections.defaultdict(float)
    slowest = {}
    with open(path) as events:
        for line in events:
            record = json.loads(line)
            if record.get("kind") != "event":
                continue
            payload = record["payload"]
            kind, test_id = payload.get("kind"), payload.get("testID")
            if not test_id or "testCase" in payload:
                continue
            at = payload["instant"]["absolute"]
            if kind == "testStarted":
                started[test_id] = at
            elif kind == "testEnded" and test_id in started and test_id.count("/") >= 1:
                seconds = at - started.pop(test_id)
                suite = suite_of(test_id)
                totals[suite] += seconds
                name = test_id.split("/")[1]
                if seconds > slowest.get(suite, ("", -1))[1]:
                    slowest[suite] = (name, seconds)
    ranked = sorted(totals.items(), key=lambda item: -item[1])
    for suite, seconds in ranked[:limit or None]:
        name, longest = slowest[suite]
        print(f"{seconds:8.1f} s  {suite}  (slowest: {name} {longest:.1f} s)")


if __name__ == "__main__":
    main()
