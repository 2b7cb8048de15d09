#!/bin/sh
# What `spindle trace` costs a Python program. Each program in Benchmarks/python/ named
# trace_overhead_*.py runs twice with the same python3: plain, then under the probe. The
# program times its own loop (so interpreter start-up and the probe's set-up are left out)
# and prints `RESULT bench=NAME seconds=S events=N`, N being the operations it performed.
#
# Each traced program runs twice: with the probe's gate, which folds a busy loop's rounds into
# a note after the first 50 (what a student gets), and with SPINDLE_PROBE_GATE=0, where every
# operation is a line of its own: that row's last column is the probe's cost per event.
#
# Usage: Benchmarks/trace-overhead.sh [SPINDLE]   (default .build/release/spindle)
#        PYTHON=python3.12 Benchmarks/trace-overhead.sh
set -eu
cd "$(dirname "$0")/.."
spindle=${1:-.build/release/spindle}
python=${PYTHON:-python3}
if [ ! -x "$spindle" ]; then
    echo "trace-overhead: $spindle is not built; run \`swift build -c release\` or name a spindle" >&2
    exit 1
fi

printf '%-16s %10s %9s %9s %9s %13s %13s\n' program operations "plain s" "traced s" slowdown "stage events" "µs/operation"
for script in Benchmarks/python/trace_overhead_*.py; do
  plain=$("$python" "$script")
  for gate in on off; do
    if [ "$gate" = on ]; then
        traced=$("$spindle" trace --json --python "$python" --time-limit 600 "$script")
    else
        traced=$(SPINDLE_PROBE_GATE=0 "$spindle" trace --json --python "$python" --time-limit 600 "$script")
    fi
    GATE=$gate PLAIN=$plain TRACED=$traced "$python" - <<'PY'
import json, os, re

def result(line):
    fields = dict(re.findall(r"(\w+)=(\S+)", line))
    return fields["bench"], float(fields["seconds"]), int(fields["events"])

name, plain, operations = result(next(l for l in os.environ["PLAIN"].splitlines() if l.startswith("RESULT")))
run = json.loads(os.environ["TRACED"])
if run["status"] != 0:
    raise SystemExit("trace-overhead: %s did not finish under spindle: %s" % (name, run["ending"]))
_, traced, _ = result(next(l for l in run["stdout"] if l.startswith("RESULT")))
extra = (traced - plain) / operations * 1e6
label = name if os.environ["GATE"] == "on" else name + " (no gate)"
print("%-16s %10d %9.3f %9.3f %8.2fx %13d %13.2f" % (
    label, operations, plain, traced, traced / plain, run["events"], extra))
PY
  done
done
