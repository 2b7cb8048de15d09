extension English {
    /// The lab engine's words: the explorer's report, goals, steps, waits, deadlocks and the
    /// errors about Python outside the lab's subset.
    static let lab: [String: String] = [
        "lab.report.explored": "explored {schedules}, {states} (partial-order reduction on)",
        "lab.report.schedules.one": "{count} schedule",
        "lab.report.schedules.other": "{count} schedules",
        "lab.report.states.one": "{count} state",
        "lab.report.states.other": "{count} states",
        "lab.report.outcomes": "outcomes:",
        "lab.report.shortest": "shortest: ",
        "lab.report.threads": "threads: ",
        "lab.report.thread-separator": ", ",
        "lab.report.verdict": "verdict: ",
        "lab.report.verdict.fails": "some interleaving fails (exit 1)",
        "lab.report.verdict.fails-stopped": "some interleaving fails, and exploring stopped early (exit 1)",
        "lab.report.verdict.stopped":
            "stopped after {states} states before exploring every interleaving (exit 3); "
            + "shrink the program (fewer threads, fewer loop iterations) or raise the state limit",
        "lab.report.verdict.succeeds": "every interleaving succeeds (exit 0)",
        "lab.outcome.printed": "printed {lines}",
        "lab.outcome.printed-nothing": "printed nothing",
        "lab.outcome.deadlock": "deadlock",
        "lab.outcome.step-limit": "step limit",
        "lab.outcome.separator": "; ",
        "lab.detail.step-limit": "{thread} took more than the step limit allows",
        "lab.detail.raised": "{exception} in {thread} at line {line}",
        "lab.wait.nobody": "nobody",
        "lab.wait.lock": "waits for lock {lock} held by {holder}",
        "lab.wait.semaphore": "waits for semaphore {semaphore} (value 0)",
        "lab.wait.notify": "waits for a notify on {condition}",
        "lab.wait.event": "waits for event {event} to be set",
        "lab.wait.barrier": "waits at barrier {barrier}",
        "lab.wait.queue-empty": "waits for an item in queue {queue}",
        "lab.wait.queue-full": "waits for room in queue {queue}",
        "lab.wait.unfinished-tasks": "waits for the tasks of queue {queue}",
        "lab.wait.join": "waits for {thread} to finish",
        "lab.deadlock.thread-waits": "{thread} {wait}",
        "lab.deadlock.which": "{sentence}, which {wait}",
        "lab.deadlock.own-lock": "{thread} waits for lock {lock}, which it holds itself",
        "lab.deadlock.separator": "; ",
        "lab.step.wait-on": "wait on {condition}",
        "lab.step.reacquire": "re-acquire {condition} after wait",
        "lab.step.leave": "leave {barrier}",
        "lab.step.finished": "finished",
        "lab.step.begin": "begin {function}",
        "lab.step.run": "run {function}",
        "lab.step.read": "read {subject}",
        "lab.step.write": "write {subject}",
        "lab.step.read-next": "read next item of {subject}",
        "lab.step.acquire-with": "acquire {subject} (with)",
        "lab.step.release-with": "release {subject} (end of with)",
        "lab.step.call": "call {subject}",
        "lab.step.method": "{method} {receiver}",
        "lab.step.print": "print",
        "lab.step.print-lines": "print {lines}",
        "lab.step.raised": "{step}; {thread} raised {exception}",
        "lab.goal.deadlock": "reach a deadlock",
        "lab.goal.assertion": "make an assertion fail",
        "lab.goal.exception": "make a thread raise {exception}",
        "lab.goal.end": "finish with {condition}",
        "lab.goal.critical-section": "get two threads into the critical section at once",
        "lab.goal.critical-function": "get two threads into {function}() at once",
        "lab.unsupported.true-division":
            "true division makes a float, which the lab does not support; use //",
        "lab.unsupported.class":
            "`class` is not supported in a lab program; use functions and module-level globals",
        "lab.unsupported.try":
            "`{keyword}` is not supported in a lab program; exceptions are left out, check conditions with "
            + "`if` and invariants with `assert`",
        "lab.unsupported.raise":
            "`raise` is not supported in a lab program; use `assert` to stop on a broken invariant",
        "lab.unsupported.del": "`del` is not supported in a lab program; assign a new value instead",
        "lab.unsupported.yield":
            "`yield` is not supported in a lab program; generators are left out, return a list instead",
        "lab.unsupported.async":
            "`{keyword}` is not supported in a lab program; the lab runs threads, not coroutines",
        "lab.unsupported.nonlocal":
            "`nonlocal` is not supported in a lab program; share state through module-level globals "
            + "and `global`",
        "lab.unsupported.bitwise":
            "the bitwise operator `{symbol}` is not supported in a lab program; "
            + "the lab's int arithmetic is +, -, *, //, % and **",
        "lab.unsupported.matrix": "matrix multiplication `{symbol}` is not supported in a lab program",
        "lab.unsupported.walrus":
            "the walrus operator `:=` is not supported in a lab program; assign on a line of its own",
        "lab.unsupported.ellipsis":
            "`...` (Ellipsis) is not supported in a lab program; use `pass` in an empty block",
        "lab.unsupported.annotations": "annotations are not supported in a lab program; leave out the types",
        "lab.unsupported.decorators":
            "decorators are not supported in a lab program; call the wrapping function instead",
        "lab.unsupported.starred":
            "starred expressions like `*x` are not supported in a lab program; name each element",
        "lab.unsupported.slices": "slices are not supported in a lab program; index one element at a time",
        "lab.unsupported.generator-expressions":
            "generator expressions are not supported in a lab program; build the result with a `for` loop",
        "lab.unsupported.list-comprehensions":
            "list comprehensions are not supported in a lab program; build the result with a `for` loop",
        "lab.unsupported.set-comprehensions":
            "set comprehensions are not supported in a lab program; build the result with a `for` loop",
        "lab.unsupported.dict-comprehensions":
            "dict comprehensions are not supported in a lab program; build the result with a `for` loop",
        "lab.unsupported.match": "`match` is not supported in a lab program; use `if` and `elif`",
        "lab.unsupported.loop-else":
            "`{loop} ... else` is not supported in a lab program; set a flag before `break` and test it "
            + "after the loop",
        "lab.token.string": "a string",
        "lab.token.end-of-line": "the end of the line",
        "lab.token.indent": "an indented line",
        "lab.token.dedent": "the end of the indented block",
        "lab.token.end-of-file": "the end of the file",
        "lab.syntax.too-deep":
            "this is nested too deeply; a lab program nests brackets, blocks and operators at most {limit} "
            + "levels deep",
        "lab.syntax.expected.end-of-goal": "expected the end of the goal, found {found}",
        "lab.syntax.expected.field-close":
            "expected `}` after the f-string field's expression, found {found}",
        "lab.syntax.expected.end-of-statement": "expected the end of the statement, found {found}",
        "lab.syntax.expected.for-in": "expected `in` after the `for` target, found {found}",
        "lab.syntax.expected.function-name": "expected a function name after `def`, found {found}",
        "lab.syntax.expected.parameter-name": "expected a parameter name, found {found}",
        "lab.syntax.expected.with-as-name":
            "expected a name after `as`; `with ... as` binds a plain name in a lab program, found {found}",
        "lab.syntax.expected.global-name": "expected a name after `global`, found {found}",
        "lab.syntax.expected.as-name": "expected a name after `as`, found {found}",
        "lab.syntax.expected.from-import": "expected `import` after `from {module}`, found {found}",
        "lab.syntax.expected.import-name": "expected a name to import from `{module}`, found {found}",
        "lab.syntax.expected.module-name": "expected a module name, found {found}",
        "lab.syntax.expected.submodule-name": "expected a module name after `.`, found {found}",
        "lab.syntax.expected.conditional-else":
            "expected `else` in the conditional expression `value if test else other`, found {found}",
        "lab.syntax.expected.attribute-name": "expected an attribute name after `.`, found {found}",
        "lab.syntax.expected.expression": "expected an expression, found {found}",
        "lab.syntax.expected.condition-colon": "expected `:` after the `{keyword}` condition, found {found}",
        "lab.syntax.expected.else-colon": "expected `:` after `else`, found {found}",
        "lab.syntax.expected.for-colon": "expected `:` after the `for` header, found {found}",
        "lab.syntax.expected.def-open": "expected `(` after the function name `{function}`, found {found}",
        "lab.syntax.expected.def-close":
            "expected `)` to close the parameters of `{function}`, found {found}",
        "lab.syntax.expected.def-colon": "expected `:` after the parameters of `{function}`, found {found}",
        "lab.syntax.expected.with-colon": "expected `:` after the `with` items, found {found}",
        "lab.syntax.expected.import-close": "expected `)` to close the imported names, found {found}",
        "lab.syntax.expected.lambda-colon": "expected `:` after the `lambda` parameters, found {found}",
        "lab.syntax.expected.call-close": "expected `)` to close the call's arguments, found {found}",
        "lab.syntax.expected.subscript-close": "expected `]` to close the subscript, found {found}",
        "lab.syntax.expected.parenthesis-close": "expected `)` to close the `(` at {position}, found {found}",
        "lab.syntax.expected.tuple-close":
            "expected `)` to close the tuple opened at {position}, found {found}",
        "lab.syntax.expected.list-close":
            "expected `]` to close the list opened at {position}, found {found}",
        "lab.syntax.expected.dict-close":
            "expected `}` to close the dict opened at {position}, found {found}",
        "lab.syntax.block.statement":
            "expected an indented block after the `{keyword}` statement on line {line}",
        "lab.syntax.block.else": "expected an indented block after the `else` on line {line}",
        "lab.syntax.block.definition": "expected an indented block after the definition of `{function}`",
        "lab.lexer.never-closed": "`{bracket}` was never closed",
        "lab.lexer.tab": "a tab in the indentation; indent a lab program with spaces (4 per level)",
        "lab.lexer.dedent-mismatch": "this line's indentation does not match any outer block",
        "lab.lexer.continuation-at-end": "the file ends right after a line continuation `\\`",
        "lab.lexer.after-continuation": "unexpected character after the line continuation `\\`",
        "lab.lexer.exclamation": "`!` is not an operator in Python; use `not` or `!=`",
        "lab.lexer.unexpected-control": "unexpected character U+{code}",
        "lab.lexer.unexpected-character": "unexpected character `{character}`",
        "lab.lexer.unmatched": "unmatched `{bracket}`",
        "lab.lexer.mismatched": "`{closing}` does not match the `{opening}` opened at {position}",
        "lab.lexer.float": "floats are not supported; the lab works with int",
        "lab.lexer.no-digits.hexadecimal": "a hexadecimal literal has no digits",
        "lab.lexer.no-digits.octal": "an octal literal has no digits",
        "lab.lexer.no-digits.binary": "a binary literal has no digits",
        "lab.lexer.no-digits.decimal": "a decimal literal has no digits",
        "lab.lexer.leading-zeros":
            "leading zeros in a decimal integer are not allowed; write an octal number as 0o...",
        "lab.lexer.too-large": "this integer is too large; the lab's int holds at most {maximum}",
        "lab.lexer.underscore": "a `_` in a number must sit between two digits",
        "lab.lexer.complex": "complex numbers are not supported; the lab works with int",
        "lab.lexer.after-digits": "invalid number literal: `{character}` cannot follow its digits",
        "lab.lexer.bytes": "bytes literals are not supported in a lab program; use str",
        "lab.lexer.unterminated-triple": "unterminated triple-quoted string",
        "lab.lexer.unterminated": "unterminated string",
        "lab.lexer.unterminated-line": "unterminated string: it needs its closing {quote} on this line",
        "lab.lexer.single-brace": "a single `}` in an f-string; write `}}` for a literal brace",
        "lab.lexer.field-unclosed": "this f-string field is not closed; expected `}`",
        "lab.lexer.field-backslash": "a backslash is not allowed inside an f-string field",
        "lab.lexer.field-comment": "a comment is not allowed inside an f-string field",
        "lab.lexer.field-conversion":
            "conversions like `!r` in an f-string field are not supported in a lab program; call `repr(x)` "
            + "or `str(x)` in the field instead",
        "lab.lexer.field-format-spec":
            "format specs like {example} in an f-string field are not supported in a lab program; put the "
            + "plain value in the field",
        "lab.lexer.named-escape":
            "{escape} escapes are not supported in a lab program; write the character itself",
        "lab.lexer.hex-escape-digits": "`{escape}` needs {count} hexadecimal digits",
        "lab.lexer.escape-no-character": "`{escape}` escape names no Unicode character",
        "lab.syntax.parameter-twice": "the parameter `{parameter}` appears twice",
        "lab.syntax.parameter-default":
            "the parameter `{parameter}` needs a default value: it follows a parameter that has one",
        "lab.syntax.keyword-only-parameters":
            "keyword-only parameters (after a bare `*`) are not supported in a lab program; use positional "
            + "parameters with defaults",
        "lab.syntax.args-parameter":
            "`*args` parameters are not supported in a lab program; take a list instead",
        "lab.syntax.kwargs-parameter":
            "`**kwargs` parameters are not supported in a lab program; use positional parameters with "
            + "defaults",
        "lab.syntax.positional-only-parameters":
            "positional-only parameters (before `/`) are not supported in a lab program; leave out the `/`",
        "lab.syntax.call-unpacking":
            "{form} in a call is not supported in a lab program; pass the arguments one by one",
        "lab.syntax.keyword-twice": "the keyword argument `{keyword}` is given twice",
        "lab.syntax.positional-after-keyword":
            "a positional argument cannot follow a keyword argument; put it before them",
        "lab.syntax.lambda-parentheses": "a `lambda` inside an operation needs parentheses around it",
        "lab.syntax.dict-unpacking":
            "dict unpacking `**d` is not supported in a lab program; copy the entries with a loop",
        "lab.syntax.set-literal":
            "set literals like {example} are not supported in a lab program; use a list or a dict",
        "lab.syntax.outside-loop": "`{keyword}` is only allowed inside a loop",
        "lab.syntax.return-outside-function": "`return` is only allowed inside a function",
        "lab.syntax.relative-import":
            "relative imports are not supported in a lab program; a lab program is a single file",
        "lab.syntax.star-import":
            "`from {module} import *` is not supported in a lab program; name what you import",
        "lab.syntax.print-statement": "`print` is a function in Python 3; call it as `print(...)`",
        "lab.syntax.unexpected-indent":
            "unexpected indentation: this line is indented more than the one before",
        "lab.syntax.orphan-else": "`{keyword}` needs an `if` block above it, at the same indentation",
        "lab.syntax.cannot-assign":
            "cannot assign to {target}; a target is a name, an attribute, a subscript, or a tuple of them",
        "lab.syntax.cannot-augment":
            "cannot use an augmented assignment on {target}; its target is one name, attribute or subscript",
        "lab.target.this": "this target",
        "lab.target.literal": "a literal",
        "lab.target.list": "a list",
        "lab.target.tuple": "a tuple",
        "lab.target.dict": "a dict",
        "lab.target.call": "a function call",
        "lab.target.operation": "an operator's result",
        "lab.target.comparison": "a comparison",
        "lab.target.logical": "an `and`/`or` expression",
        "lab.target.conditional": "a conditional expression",
        "lab.target.lambda": "a lambda",
        "lab.syntax.empty-field":
            "this f-string field is empty; put an expression between {open} and {close}",
        "lab.goal-error.not-global.none": "`{name}` is not a global of the program; it assigns none",
        "lab.goal-error.not-global": "`{name}` is not a global of the program; its globals are {globals}",
        "lab.goal-error.call": "a goal can call only {builtins}; compare the globals' values instead",
        "lab.goal-error.keyword-argument":
            "a goal's {function}() takes no keyword arguments; remove `{keyword}=`",
        "lab.goal-error.attribute":
            "a goal cannot use attributes or methods; compare globals, e.g. `len(items) == 2`",
        "lab.goal-error.f-string": "a goal cannot use f-strings; compare the values themselves",
        "lab.goal-error.lambda": "a goal cannot use lambda; write the condition itself",
        "lab.goal-error.extra": "`{goal}` takes nothing more; remove `{extra}`",
        "lab.goal-error.one-line": "a goal is one line; write one of {forms}",
        "lab.goal-error.empty": "the goal is empty; write one of {forms}",
        "lab.goal-error.end-expression":
            "`end` needs a Python expression over the program's globals after it, e.g. `end counter == 2`",
        "lab.goal-error.unknown": "`{word}` is not a goal; write one of {forms}",
        "lab.goal-error.exception-type":
            "`exception` needs the type of the exception after it, e.g. `exception RuntimeError`",
        "lab.goal-error.not-raised":
            "`{name}` is not an exception a lab program raises; use one of {exceptions}",
        "lab.goal-error.no-critical-mark":
            "no line of code in the program ends with a `# critical` comment; mark the critical section's "
            + "lines with one, or name a function: `critical NAME`",
        "lab.goal-error.not-function.none": "`{name}` is not a function of the program; it defines none",
        "lab.goal-error.not-function":
            "`{name}` is not a function of the program; its functions are {functions}",
        "lab.goal-error.forms": "deadlock, assertion, exception NAME, end EXPR, critical or critical NAME",
        "lab.schedule.step": "step {step} of the schedule: {reason}",
        "lab.schedule.ended.completed": "the run has ended (completed)",
        "lab.schedule.ended.deadlock": "the run has ended (deadlock)",
        "lab.schedule.ended.step-limit": "the run has ended ({thread} reached the step limit)",
        "lab.schedule.no-thread": "there is no thread {thread}",
        "lab.schedule.not-started": "{thread} has not been started",
        "lab.schedule.finished": "{thread} has finished",
        "lab.schedule.blocked": "{thread} is blocked: it {wait}",
        "lab.object.waiting": "; waiting: {threads}",
        "lab.object.thread-separator": ", ",
        "lab.object.held": "held by {thread}",
        "lab.object.held-count": "held by {thread} (count {count})",
        "lab.object.free": "free",
        "lab.object.condition-lock": "lock {holder}",
        "lab.object.waiting-for-notify": "; waiting for notify: {threads}",
        "lab.object.waiting-for-lock": "; waiting for the lock: {threads}",
        "lab.object.value": "value {value}",
        "lab.object.set": "set",
        "lab.object.clear": "clear",
        "lab.object.arrived": "{arrived} of {parties} arrived",
        "lab.object.queue-count": " ({count} of {maxsize})",
        "lab.object.waiting-to-get": "; waiting to get: {threads}",
        "lab.object.waiting-to-put": "; waiting to put: {threads}",
        "lab.object.waiting-for-tasks": "; waiting for {count} unfinished tasks: {threads}",
        "lab.compile.timeout": "timeouts are not supported in the lab: a schedule has no clock",
        "lab.compile.method": ".{method} is not in the lab's subset; supported methods: {methods}",
        "lab.compile.lambda-local":
            "a lambda inside a function can use only its parameters and globals: {name} is a local of the "
            + "function around it",
        "lab.compile.builtin": "{name}() is not in the lab's subset; supported builtins: {builtins}",
        "lab.compile.nested-def":
            "a def inside a function is not in the lab's subset: define {function} at the top level",
        "lab.compile.module": "module {module} is not in the lab: import threading, queue or time",
        "lab.compile.nested-import":
            "{construct} inside a function is not in the lab's subset: import at the top",
        "lab.compile.member": "{module}.{name} is not in the lab's subset; supported: {members}",
        "lab.compile.augmented-target": "the lab can only update a name or an item (x += 1, items[i] += 1)",
        "lab.compile.attribute-assignment":
            "assigning to an attribute is not in the lab's subset (pass daemon= and name= to Thread)",
        "lab.compile.default-literal":
            "a default value must be a literal in the lab (a number, string, True, False or None)",
    ]
}
