# Shows: a program that tries to start 300 processes that sleep.
# Expect: Spindle stops it once more than 64 processes run at once ("this program may run at
# most 64 processes at once"); `process` lines for the children that started; nothing left
# behind after Spindle kills the process group (the probe changes no process group or signal).
import os
import time

children = []
for i in range(300):
    pid = os.fork()
    if pid == 0:
        time.sleep(30)
        os._exit(0)
    children.append(pid)
for pid in children:
    os.waitpid(pid, 0)
