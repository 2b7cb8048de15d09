# Shows: a program that exits at once with a status: raise SystemExit(4), no threads.
# Expect: exit status 4; only the hello line; no output.
raise SystemExit(4)
