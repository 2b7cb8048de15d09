# Shows: os.fork; the child exits with status 3, the parent waits for it.
# Expect: a child line `process PARENTPID 0 -`, the child's `done exited 3`; the parent
# `wait join CHILDPID.0 - -` (fork.py:13) then `run`; prints "child status 3".
import os
import time

pid = os.fork()
if pid == 0:
    time.sleep(0.05)
    print("child here")
    os._exit(3)
_, status = os.waitpid(pid, 0)
print("child status", os.waitstatus_to_exitcode(status))
