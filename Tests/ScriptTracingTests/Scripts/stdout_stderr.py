# Shows: output on both streams, interleaved with a sleep.
# Expect: stdout "to stdout 1", stderr "to stderr 1", stdout "to stdout 2"; exit 0; the probe
# writes nothing to either stream.
import sys
import time

print("to stdout 1")
print("to stderr 1", file=sys.stderr)
time.sleep(0.01)
print("to stdout 2")
