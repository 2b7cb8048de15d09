# Shows: a syntax error on a known line (line 6).
# Expect: exit 1; stderr ends with "SyntaxError: ..." after a line
# `  File "syntax_error.py", line 6`; the probe wrote only its hello line.
print("before")

x = (1,
