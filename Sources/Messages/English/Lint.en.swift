extension English {
    /// What `spindle lint` and the lesson loader say about lesson files: the words an instructor reads.
    static let lint: [String: String] = [
        "lint.source.line-too-long":
            "line is longer than {limit} characters and the rest is not read; break it into shorter lines",
        "lint.source.bidi-removed":
            "bidirectional control character {code} removed; lesson text cannot reorder what the student reads",
        "lint.source.control-removed":
            "control character {code} removed; lesson text cannot contain terminal escape sequences",
        "lint.file.missing": "no such file or directory; check the lesson path",
        "lint.file.empty-directory":
            "directory has no lesson files; lessons are `*.md` files directly inside it",
        "lint.file.cannot-list": "cannot list directory: {reason}",
        "lint.file.unreadable": "cannot read the file; check that it exists and is readable",
        "lint.file.not-regular": "is not a regular file; lessons are `*.md` files",
        "lint.file.not-utf8": "file is not UTF-8 text; save it as UTF-8",
        "lint.file.too-large":
            "file is {bytes} bytes, more than the {limit} a lesson may have; split it into several lessons",
        "lint.lesson.no-pages":
            "lesson has no pages; add a `## ` heading and its text after the front matter",
        "lint.front-matter.missing":
            "a lesson file must start with a `---` line, then `id`, `title` and `summary`, then another `---` line",
        "lint.front-matter.unclosed":
            "front matter is never closed; end it with a `---` line before the first page",
        "lint.front-matter.empty": "front matter is empty; add `id`, `title` and `summary`",
        "lint.front-matter.unknown-locale":
            "unknown locale `{locale}`; use one of {supported}, the languages the tutor speaks",
        "lint.front-matter.one-line":
            "`{key}` must fit on one line; shorten it or move the detail into the first page",
        "lint.order.file-name-number":
            "the number `{number}` in the file name is not an order from 0 to {max}; renumber the file",
        "lint.order.missing":
            "lesson has no order; start the file name with its number (`05-{id}.md`) or add `order: 5`",
        "lint.order.not-number":
            "`order: {order}` is not a whole number from 0 to {max}; write e.g. `order: 5`",
        "lint.order.disagrees":
            "`order: {order}` disagrees with the file name `{file}`; make them the same number",
        "lint.noun.lesson": "lesson",
        "lint.noun.lab": "lab",
        "lint.noun.question": "question",
        "lint.id.invalid": "{kind} id `{id}` may contain only lowercase letters, digits and hyphens",
        "lint.id.invalid-try":
            "{kind} id `{id}` may contain only lowercase letters, digits and hyphens; try `{slug}`",
        "lint.id.duplicate":
            "{kind} id `{id}` is already used on line {line}; give each prediction, quiz and lab its own id",
        "lint.fence.backticks": "backticks",
        "lint.fence.tildes": "tildes",
        "lint.fence.unclosed": "code fence is never closed; end the block with a line of {count} {marks}",
        "lint.fence.unclosed-short":
            "code fence is never closed; end the block with a line of {count} {marks} (line {line} has only {short})",
        "lint.page.level-1-heading":
            "level-1 heading `# {title}` in the body; the title comes from the front matter, so use `## ` for a page or `### ` within one",
        "lint.page.too-many": "lesson has more than {max} pages; split it into several lessons",
        "lint.page.untitled": "page heading has no title; write it after `## `",
        "lint.page.nesting":
            "quotes and lists nest {depth} deep here, more than the {max} a page may; flatten the text",
        "lint.page.text-before-first":
            "text before the first page; start the first page with a `## ` heading",
        "lint.page.empty": "page has no content; add text under `## {title}` or remove the heading",
        "lint.predict.no-demo-on-page":
            "prediction `{id}` names no demo and its page has no demo block; add a `demo` block to this page",
        "lint.predict.no-demo-several":
            "prediction `{id}` names no demo and its page has {count} demo blocks; add `demo: NAME` to say which one grades it",
        "lint.predict.demo-not-on-page-none":
            "prediction names demo `{demo}`, which is not on its page; add a `demo {demo}` block to this page{hint}",
        "lint.predict.demo-not-on-page":
            "prediction names demo `{demo}`, which is not on its page; this page has {demos}{hint}",
        "lint.predict.no-choices":
            "prediction has no `choices`; add a list of `{text: ..., when: \"> 0\"}` entries",
        "lint.predict.few-choices":
            "`choices` in prediction must list at least 2 entries like `- {text: ..., when: \"> 0\"}`",
        "lint.hint.did-you-mean": "; did you mean `{word}`?",
        "lint.hint.did-you-mean-listed": "; did you mean {names}?",
        "lint.hint.closest": "; the closest are {names}",
        "lint.hint.use-one-of-those": "; use one of those",
        "lint.hint.use-another-lesson": "; use the id of another lesson",
        "lint.hint.translation-takes-id": "; a translation takes its original's id",
        "lint.hint.lesson-id-or-number": "; give a lesson id or number",
        "lint.block.unknown-kind":
            "unknown block kind `{kind}`; use demo, predict, quiz, lab, or a code language (python, swift, ...){hint}",
        "lint.block.empty": "{kind} block is empty; write its {keys} as YAML `key: value` lines",
        "lint.name.front-matter": "front matter",
        "lint.name.block": "{kind} block",
        "lint.name.prediction": "prediction",
        "lint.name.quiz": "quiz",
        "lint.name.lab": "lab",
        "lint.name.choice": "choice",
        "lint.condition.beyond-limit":
            "condition `{condition}` compares with {number}, beyond the ±{max} a lesson may write; use a smaller bound",
        "lint.condition.not-understood": "condition `{condition}` is not understood; use {forms}",
        "lint.condition.nothing-to-compare":
            "condition `{condition}` has nothing to compare with; write e.g. `{op} 0`",
        "lint.condition.not-a-number":
            "condition `{condition}` compares with `{value}`, which is not a number; `{op}` needs one, e.g. `{op} 10`",
        "lint.condition.between":
            "condition `{condition}` is not understood; write `between A and B` with two numbers, e.g. `between 1 and 99`",
        "lint.condition.reversed":
            "condition `{condition}` has its bounds reversed; write `between {high} and {low}`",
        "lint.condition.one-of-list":
            "condition `one of` needs a bracketed list, e.g. `one of [parent, child]`",
        "lint.condition.one-of-empty":
            "condition `one of {list}` has an empty entry; list values separated by commas, e.g. `one of [parent, child]`",
        "lint.demo.no-name":
            "demo block has no demo name; write it after `demo`, e.g. `demo shared-counter workers=4`",
        "lint.demo.bad-argument": "demo argument `{argument}` must be `name=value`, e.g. `workers=4`",
        "lint.demo.argument-twice": "demo argument `{name}` is given twice; keep one",
        "lint.lab.one-line": "`{key}` in lab must fit on one line",
        "lint.lab.reachable":
            "`reachable: {value}` must be `yes` (some schedule meets the goal) or `no` (none can)",
        "lint.lab.no-program":
            "lab has no program; add `program: labs/NAME.py` for a file beside the lesson, or `code: |` with the Python on the lines below",
        "lint.lab.program-and-code":
            "lab has both `program` and `code`; keep `program` for a file beside the lesson, or `code` for the program written here",
        "lint.lab.code-not-text":
            "`code` in lab must be text, not a {kind}; write `code: |` and the program below it",
        "lint.lab.code-not-literal":
            "`code` in lab must be a literal block: write `code: |` and the program on the lines below it, indented",
        "lint.lab.code-empty": "`code` in lab is empty; write the program below `code: |`",
        "lint.lab.program-absolute":
            "`program: {path}` is an absolute path; write it relative to the lesson's folder, e.g. `labs/lost-update.py`",
        "lint.lab.program-outside":
            "`program: {path}` leaves the lesson's folder; keep lab programs in a `labs/` folder beside the lesson",
        "lint.lab.program-not-python":
            "`program: {path}` is not a Python file; name a `.py` file, e.g. `labs/lost-update.py`",
        "lint.quiz.no-hints": "quiz has no hints; add hints: a nudge or two for students who are stuck",
        "lint.quiz.no-answer":
            "quiz has no correct answer; add `answer: b` for choices or `accept: [...]` for a short answer",
        "lint.quiz.choices-and-accept":
            "quiz has both `choices` and `accept`; use `choices` with `answer` for multiple choice, or `accept` alone for a short answer",
        "lint.quiz.answer-without-choices":
            "`answer` picks one of the `choices`, but the quiz has none; add `choices`, or use `accept: [...]` for a short answer",
        "lint.quiz.accept-empty":
            "`accept` in quiz is empty; list the answers to accept, e.g. `accept: [fork, fork()]`",
        "lint.quiz.few-choices": "quiz `choices` must list at least 2 options",
        "lint.quiz.answer-not-choice":
            "`answer: {answer}` is not a choice letter or number; use a to {last} or 1 to {count}",
        "lint.quiz.answer-out-of-range":
            "`answer: {answer}` is out of range: the quiz has {count} choices; use a to {last} or 1 to {count}",
        "lint.yaml.not-mapping": "{name} must be YAML `key: value` lines",
        "lint.yaml.unknown-key-suggest": "unknown key `{key}` in {name}; did you mean `{suggestion}`?",
        "lint.yaml.unknown-key": "unknown key `{key}` in {name}; use {known}",
        "lint.yaml.missing-key": "{name} has no `{key}`; add `{key}: ...`",
        "lint.yaml.empty-value": "`{key}` in {name} is empty; give it a value",
        "lint.yaml.not-text": "`{key}` in {name} must be text, not a {kind}",
        "lint.yaml.entry-not-text": "each entry of `{key}` in {name} must be text",
        "lint.yaml.list": "list",
        "lint.yaml.mapping": "mapping",
        "lint.yaml.value": "value",
        "lint.yaml.layout": "{name}: {problem}",
        "lint.yaml.unreadable": "{name} could not be read as YAML: {error}",
        "lint.yaml.invalid": "{name} is not valid YAML: {problem}{hint}",
        "lint.yaml.duplicate-keys": "{name} gives {keys} more than once; keep one",
        "lint.yaml.hint.quote-condition": "; quote conditions, e.g. `when: \"{condition}\"`",
        "lint.yaml.hint.quote-start": "; quote values that start with `{first}`, e.g. `{key}: \"{value}\"`",
        "lint.yaml.hint.quote-colon":
            "; quote values that contain `: `, e.g. `title: \"Pipes: a first look\"`",
        "lint.yaml.hint.quote-backquote": "; quote values that start with a backquote, `@` or `%`",
        "lint.yaml.hint.indentation":
            "; check the indentation (spaces only) and that every line is `key: value` or `- item`",
        "lint.yaml.too-deep": "YAML nests more than {max} levels deep; a lesson block needs only a few",
        "lint.yaml.tab":
            "tab in the indentation of a YAML line; YAML allows only spaces there, so indent with spaces",
        "lint.yaml.item-indented":
            "list item is indented {extra} more than the item on line {line}, so YAML reads it as part of that item's text; line up the `-`",
        "lint.course.duplicate-id":
            "duplicate lesson id `{id}`, also used by {file}; give each lesson its own id",
        "lint.course.duplicate-order":
            "duplicate lesson order {order}, also used by {file} (`{id}`); give each lesson its own number",
        "lint.course.unknown-requirement": "`requires` names unknown lesson `{lesson}`{fix}",
        "lint.course.cycle": "`requires` forms a cycle: {cycle}; remove one of these requirements",
        "lint.demo.unknown-suggest": "unknown demo `{demo}`; did you mean `{suggestion}`?",
        "lint.demo.unknown-nearest":
            "unknown demo `{demo}`; the closest are {nearest} (`spindle demos` lists all)",
        "lint.demo.no-parameters": "demo `{demo}` takes no parameters; remove `{argument}`",
        "lint.demo.unknown-parameter":
            "demo `{demo}` has no parameter `{parameter}` (it takes {parameters}){fix}",
        "lint.demo.bad-value": "`{argument}` for demo `{demo}`: expected {expected}",
        "lint.demo.condition-never-holds":
            "condition `{condition}` can never hold: `{result}` of demo `{demo}` is {values}; compare with one of those values",
        "lint.demo.no-results": "demo `{demo}` reports no results; predict on another demo",
        "lint.demo.unknown-result": "demo `{demo}` reports no result `{result}` (it reports {results}){fix}",
        "lint.expected.whole-number": "a whole number from {low} to {high}",
        "lint.expected.pace": "0 (full speed) or a number from {low} to {high}",
        "lint.expected.flag": "on or off",
        "lint.values.either": "{first} or {second}",
        "lint.values.one-of": "one of {words}",
        "lint.values.any-number": "a number",
        "lint.values.at-least": "a number of at least {low}",
        "lint.values.at-most": "a number of at most {high}",
        "lint.values.range": "a number from {low} to {high}",
        "lint.screen.page-too-tall":
            "page `{page}` takes {rows} rows at {columns} columns, more than the {max} above the prompt; split it into shorter pages",
        "lint.screen.code-too-wide":
            "code line is {width} columns wide, more than the {max} a page shows at {columns} columns; break it or shorten it",
        "lint.spoiler":
            "text above prediction `{id}` may give its answer away (`{word}` near `{named}`, about `{result}`); move it into `explain:` or after the demo",
        "lint.translation.page-count":
            "has {pages} pages (counting `## ` headings) and the original {original}; keep one `## ` page per page of the original",
        "lint.translation.locale":
            "a lesson in the `{folder}` folder must say `locale: {folder}`; it says `{locale}`",
        "lint.translation.order": "order {order} differs from the original's {original}; use {original}",
        "lint.translation.requires": "`requires` differs from the original's [{requires}]; copy it unchanged",
        "lint.translation.block": "block {number} of page \"{page}\" {difference}",
        "lint.translation.blocks":
            "page \"{page}\" has the blocks [{blocks}], the original [{original}]; keep the original's blocks in order",
        "lint.translation.drift": "drifts from its original {original}: {problem}",
        "lint.translation.second": "a second `{language}` translation of `{id}`, after {file}; keep one",
        "lint.translation.no-original": "no lesson has the id `{id}` this translation gives{fix}",
        "lint.shape.kind":
            "is a {kind} block, the original's is a {original} block; keep the original's blocks in order",
        "lint.shape.multiline": "({kind}) has other {part} than the original; translate only the comments",
        "lint.shape.value": "({kind}) has {part} `{value}`, the original `{original}`; copy it unchanged",
        "lint.shape.differs": "({kind}) differs from the original",
        "lint.shape.part.code": "code (comments aside)",
        "lint.shape.part.demo-line": "demo line",
        "lint.shape.part.choices": "number of choices",
        "lint.shape.part.hints": "number of hints",
        "lint.shape.part.conditions": "`when` conditions",
        "lint.shape.part.answer-kind": "answer kind",
        "lint.lab-lookup.no-lesson": "no lesson `{lesson}`{fix}",
        "lint.lab-lookup.no-labs": "lesson `{lesson}` has no labs",
        "lint.lab-lookup.no-such-lab": "lesson `{lesson}` has no lab `{lab}`; its labs are {labs}{hint}",
        "lint.lab-lookup.course-has-none": "the course has no labs",
        "lint.lab-lookup.not-found": "no lab `{lab}` in the course{fix}",
        "lint.lab-lookup.ambiguous": "`{lab}` is a lab of {count} lessons; name one: {labs}",
        "lint.lab-program.not-built-in":
            "lab program `{path}` is not in the built-in course; add `Lessons/{relative}` and run `python3 Tools/embed-lessons.py`",
        "lint.lab-program.missing":
            "lab program `{file}` does not exist; create it, or fix `program:`, which is relative to the lesson's folder",
        "lint.lab-program.outside-link":
            "lab program `{file}` is a link to a file outside the lesson's folder; copy the file into the folder",
        "lint.lab-program.not-regular": "lab program `{file}` is not a regular file; name a Python file",
        "lint.lab-program.unreadable": "cannot read lab program `{file}`; check that it is readable",
        "lint.lab-program.too-large":
            "lab program `{file}` is larger than the {limit} a file may have; a lab needs a few dozen lines",
        "lint.lab-program.not-utf8": "lab program `{file}` is not UTF-8 text; save it as UTF-8",
        "lint.course-source.built-in": "the built-in course",
        "lint.course-source.built-in-and": "the built-in course and {folder}",
        "lint.lab-page": "**Lab:** {title}\n\n**Goal:** {goal}\n\nType `{command}` to play.",
    ]
}
