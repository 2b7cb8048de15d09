# Shows: the script sees its own arguments, the caller's working directory and __name__.
# Expect: prints "argv ['args_and_cwd.py', ARGS...]" (argv[0] is the script path as given),
# "cwd <the directory spindle ran in>", "name __main__", and "path0 <the script's folder>".
import os
import sys

print("argv", sys.argv)
print("cwd", os.getcwd())
print("name", __name__)
print("path0", sys.path[0])
