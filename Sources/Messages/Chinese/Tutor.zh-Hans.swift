extension Chinese {
    static let tutor: [String: String] = [
        // 问候与第一个提示符之前的几行。
        "welcome.tagline": "Spindle {version}：看着并发发生，学会并发。",
        "welcome.begin": "输入 `lessons` 查看课程，输入 `open {order}` 开始学习，输入 `help` 查看命令。",
        "welcome.empty": "输入 `lessons` 查看课程，输入 `help` 查看命令。",
        "welcome.back.continue": "欢迎回来。`open {order}` 继续学习《{title}》；`lessons` 查看课程。",
        "welcome.back.all-done": "欢迎回来。你已学完所有课程；`progress` 查看学习记录。",
        "welcome.back.next": "欢迎回来。你已学完第 {number} 课《{title}》；`open {next_order}` 开始《{next_title}》。",
        "welcome.lint-errors.one": "{count} 个课程文件有错误；输入 `lint` 查看（其他课程不受影响）",
        "welcome.lint-errors.other": "{count} 个课程文件有错误；输入 `lint` 查看（其他课程不受影响）",

        // 命令列表与 `help 命令名`。
        "help.heading": "命令（`help 命令名` 查看说明；Tab 补全命令和课程 id）：",
        "help.unknown": "没有命令 `{name}`；`help` 列出所有命令",
        "help.unknown.suggest": "没有命令 `{name}`；你是想输入 `{suggestion}` 吗？",
        "command.unknown": "未知命令 `{word}`；输入 `help` 列出命令",
        "command.unknown.suggest": "未知命令 `{word}`；你是想输入 `{suggestion}` 吗？（`help` 列出命令）",
        "command.lessons.summary": "列出课程和你的进度",
        "command.lessons.details": "按顺序列出所有课程：编号、id 和标题，并标出已完成或学习中。",
        "command.open.summary": "打开课程，回到上次的页面",
        "command.open.details":
            "按 id（`open welcome`）或编号（`open 0`）打开课程，停在你上次看的页面。"
            + "单独输入 `open` 会从上次停下的地方继续；那一课学完后，打开下一课。",
        "command.next.summary": "下一页",
        "command.next.details": "显示当前课程的下一页；在最后一页时，告诉你下一课是哪一课。",
        "command.back.summary": "上一页",
        "command.back.details": "显示当前课程的上一页。",
        "command.page.summary": "重新显示本页，或第 N 页",
        "command.page.details":
            "重新显示当前页面和你已作的回答；`page 3` 跳到第 3 页。"
            + "比终端高的页面在分页器中打开：空格或 f 下一屏，b 上一屏，↑ 和 ↓ 滚动一行，"
            + "q（或到达末尾）回到提示符。",
        "command.answer.summary": "回答当前问题",
        "command.answer.details":
            "回答本页第一个未答的问题：选择题用字母（`answer b`），简答题用文字。"
            + "单独输入一个字母（如 `b`）也可以。",
        "command.hint.summary": "显示当前问题的下一条提示",
        "command.hint.details": "逐条显示当前测验的提示，从委婉到几乎说出答案。",
        "command.progress.summary": "查看学习记录",
        "command.progress.details": "列出你开始过的每一课：看过的页数、答过的问题和用过的提示。",
        "command.reset.summary": "清除某一课的进度",
        "command.reset.details":
            "清除一课（未指定时为当前课程）看过的页面和回答，或用 `reset all` 清除所有课程的进度，"
            + "此时会先询问（`reset all --yes` 不询问，用于输入不是终端的情况）。"
            + "清除前的进度会保存在一个文件中并显示文件名，以便恢复。",
        "command.run.summary": "运行本页的演示，或任意演示",
        "command.run.details":
            "单独输入时，运行当前页面的演示（须先作出预测），并用测得的结果评判你的预测；"
            + "`run 2` 运行本页第二个演示，`run speed=0` 以修改后的参数运行本页演示"
            + "（只改速度仍会评判；纯文本模式下演示全速运行，除非指定了速度）。"
            + "`run DEMO workers=4` 运行任意演示；`run DEMO help` 列出它的参数和结果。"
            + "在舞台上：空格暂停，方向键单步，+ 和 - 调整速度，q 回到这里；Ctrl-C 停止演示。",
        "command.demos.summary": "列出实时演示",
        "command.demos.details": "列出所有演示及其展示的内容；`run DEMO help` 说明其中一个。",
        "command.replay.summary": "重放上一次运行或保存的跟踪",
        "command.replay.details":
            "在舞台上重放上一次运行（`replay`，`replay 0.5` 为半速），或一个跟踪文件"
            + "（Spindle 的 JSON Lines 跟踪格式）：空格暂停，方向键单步，+ 和 - 调整速度，q 回到这里。"
            + "SPEED 的范围是 {speeds}；1 为实际速度。",
        "command.step.summary": "逐个事件查看上一次运行",
        "command.step.details":
            "在舞台上打开上一次运行并停在开头：→ 和 ← 前进或后退一个事件。"
            + "纯文本模式下，打印接下来 N 行叙述（默认 10 行）。",
        "command.save.summary": "保存上一次运行的跟踪",
        "command.save.details":
            "把上一次运行的跟踪写成 JSON Lines，以后可用 `replay FILE` 或 `spindle replay FILE` 重放。"
            + "已有的文件只在你确认后或加上 `--force` 时才会被替换；设备或命名管道（如 /dev/null）直接写入。",
        "command.lab.summary": "亲自调度一个程序的线程",
        "command.lab.details":
            "开始一个实验：当前页面（或课程）的实验、按 id 指定的课程实验"
            + "（`lab lost-update`、`lab be-the-scheduler/lost-update`），"
            + "或任何用实验所支持的 Python 子集写成的程序（`lab counter.py end counter == 1`）。"
            + "按 1-9 让对应线程执行下一步，u 撤销，r 重来，a 随机运行（会显示随机种子），"
            + "e 判断目标是否仍可达成，h 给出提示，q 离开。"
            + "之后 `replay`、`step` 和 `save` 作用于你走过的调度。"
            + "`lab list`（或在课程之外输入 `lab`）列出所有实验和你的完成情况。",
        "command.explore.summary": "尝试多线程程序的所有交错",
        "command.explore.details":
            "在 Spindle 自己的调度器下运行 FILE（一个使用线程的小 Python 程序，docs/lab.md 说明所支持的子集），"
            + "尝试线程执行步骤的每一种顺序，列出所有结果、哪些失败，以及通往每个结果的最短调度。"
            + "`explore FILE K` 随后在舞台上播放通往结果 K 的最短调度。"
            + "Ctrl-C 停止探索并显示已找到的结果。",
        "command.trace.summary": "在舞台上运行你自己的 Python 程序",
        "command.trace.details":
            "用 python3 运行 FILE.py，实时显示它的线程、进程、锁和队列，每一步都对应你代码中的那一行；"
            + "ARGS 传给程序。程序打印的内容在结束后显示。发生死锁时会指出相关的行并停止程序；"
            + "Ctrl-C 也会停止它（60 秒后无论如何都会停止：`spindle trace --time-limit S` 可运行更久）。"
            + "之后 `replay`、`step` 和 `save` 作用于这次运行。",
        "command.reload.summary": "重新读取课程文件",
        "command.reload.details":
            "重新读取 --lessons 或 --only-lessons 指定的课程，讲师修改课程后无需重启即可查看；"
            + "内置课程只随新版本改变。",
        "command.lint.summary": "检查课程文件",
        "command.lint.details": "检查每个课程文件，按 file:line:column 列出每个问题及修改方法。",
        "command.lang.summary": "查看或切换语言（language）",
        "command.lang.details":
            "显示课程和提示所用的语言；`lang zh-Hans` 切换到简体中文，`lang en` 切换到英文，"
            + "停留在同一页，下次启动时也会记住（除非 --lang 或 SPINDLE_LANG 另有指定）。"
            + "各语言的学习进度相同。",
        "command.help.summary": "列出命令，或说明一个命令",
        "command.help.details": "列出所有命令；`help open` 说明其中一个。",
        "command.quit.summary": "退出 Spindle（Ctrl-D 也可以）",
        "command.quit.details": "退出 Spindle。你的进度已经保存。",

        // 语言。
        "lang.current": "课程和提示使用 `{language}`；{commands} 可切换。",
        "lang.unknown": "没有语言 `{tag}`；请用 {commands}",
        "lang.switched": "课程和提示已切换为简体中文；`lang en` 切换回英文（English）。",
        "lang.untranslated": "本课还没有 `{language}` 译文，下面显示英文原文。",
        "lang.unknown-option": "未知语言 `{tag}`（来自 {source}）；请用 {tags}",

        // 课程列表、打开课程与翻页。
        "lessons.none": "{course} 中没有课程；请在那里添加文件，或传入 --lessons DIR",
        "lessons.mark.done": "✓ 已完成",
        "lessons.mark.pages": "… {seen}/{total} 页",
        "lessons.footer": "`open 编号` 开始一课；`open {order}` 从头开始。",
        "lessons.none-open": "还没有打开课程；`lessons` 列出所有课程",
        "lessons.none-open.continue": "还没有打开课程；`open` 继续学习第 {number} 课（`open {order}` 也可以）",
        "lessons.all-finished": "所有课程都已学完；`open 编号` 可重新打开一课（`lessons` 列出课程）",
        "lessons.unknown": "没有课程 `{key}`；`lessons` 列出编号和 id",
        "lessons.unknown.suggest": "没有课程 `{key}`；你是想输入 `{id}` 吗？",
        "lessons.requires": "本课以 {lessons} 为基础，你还没有学完。",
        "lessons.complete": "✓ 第 {number} 课已完成。",
        "lessons.end.last-page": "这是第 {number} 课的最后一页。",
        "lessons.end.open-questions": "还有 {count} 个问题未答；`back` 回去查找。",
        "lessons.end.next": "下一课：`open {order}`（{title}）。",
        "lessons.end.last-lesson": "这是最后一课；`progress` 查看学习记录。",
        "page.first": "这已是第一页；`next` 前进",
        "page.out-of-range": "第 {number} 课共 {count} 页；用 `page 1` 到 `page {count}` 显示其中一页",

        // 页面：页眉、内容块与页脚。
        "page.heading": "# 第 {number} 课 · {title}",
        "page.subheading": "**第 {page} 页，共 {count} 页：{title}**",
        "page.demo": "▶ **演示** `{call}`",
        "page.demo.run": "输入 `run` 观看。",
        "page.demo.preview": "用 `spindle run {call}` 观看。",
        "page.demo.missing": "*此版本的 Spindle 还没有这个演示。*",
        "page.predict": "**预测**（运行之前）：{question}",
        "page.prediction": "你的预测：{answer}",
        "page.prediction.right": "你的预测：{answer}（正确）",
        "page.prediction.wrong": "你的预测：{answer}（演示结果不同）",
        "page.how.letter": "输入 `answer` 加字母，例如 `answer a`。",
        "page.how.letter.hint": "输入 `answer` 加字母，例如 `answer a`；`hint` 给出提示。",
        "page.how.words": "输入 `answer` 加你的文字答案。",
        "page.how.words.hint": "输入 `answer` 加你的文字答案；`hint` 给出提示。",
        "page.quiz": "**测验：**{question}",
        "page.hint": "**提示 {number}：**{hint}",
        "page.answered": "✓ 你的回答：{answer}",
        "page.footer.position": "第 {page} 页，共 {count} 页",
        "page.footer.next": "`next` 下一页",
        "page.footer.help": "`help` 命令",

        // 回答、评判与提示。
        "answer.empty": "请用字母（`answer b`）或文字（`answer lock`）回答",
        "answer.not-a-choice": "`{typed}` 不是选项之一；请用字母回答，例如 `answer a`",
        "answer.right": "✓ 正确。",
        "answer.wrong": "✗ 不太对。再试一次。",
        "answer.wrong.hint": "✗ 不太对。再试一次，或输入 `hint`。",
        "answer.prediction-noted": "已记下预测：{letter}) {choice}",
        "answer.prediction-run": "现在 `run` 演示 `{demo}`：用它测得的结果评判你的预测。",
        "answer.which-question": "第 {number} 题，共 {count} 题（{question}）：",
        "answer.no-question": "本页没有问题；`next` 继续",
        "answer.answered.one": "本页的问题已经答过；`next` 继续，`page` 显示你的回答",
        "answer.answered.other": "本页的 {count} 个问题都已答过；`next` 继续，`page` 显示你的回答",
        "answer.grade.parameters-differ": "这次运行的参数与本页演示不同，因此不评判你的预测；单独输入 `run` 运行本页演示。",
        "answer.grade.unfinished": "这次运行没有结束，你的预测尚未评判；请再 `run` 一次。",
        "answer.grade.not-measured": "这台机器无法测量 `{result}`：{reason}。",
        "answer.grade.not-graded": "你的预测不予评判：这次运行的结果取决于这台机器，而不是程序。",
        "answer.grade.predicted": "你的预测：{letter}) {choice}",
        "answer.grade.right": "演示测得 {result}={value}：✓ 你的预测正确。",
        "answer.grade.happened": "演示测得 {result}={value}：✗ 实际发生的是 {letter}) {choice}",
        "answer.grade.none": "演示测得 {result}={value}：✗ 不符合任何选项。",
        "hint.prediction": "预测没有提示：选出你预期的结果，演示会告诉你实际发生了什么",
        "hint.none": "这个问题没有提示",
        "hint.no-more": "没有更多提示了（{count} 条已全部显示）；`page` 可再次查看",
        "hint.shown": "**提示 {number}/{count}：**{hint}",

        // `progress`，以及它与 `lessons`、`lab list` 共用的实验统计。
        "progress.nothing": "还没有记录；`open {order}` 开始第一课",
        "progress.nothing.no-lessons": "还没有记录，课程中也没有课",
        "progress.line": "{number}  {title}：{seen}/{pages} 页，答对 {right}/{questions} 题，{hints}，{status}",
        "progress.line.labs":
            "{number}  {title}：{seen}/{pages} 页，答对 {right}/{questions} 题，{hints}，{labs}，{status}",
        "progress.hints.one": "{count} 条提示",
        "progress.hints.other": "{count} 条提示",
        "progress.status.done": "已完成",
        "progress.status.in-progress": "学习中",
        "progress.total": "已完成 {done}/{count} 课。",
        "progress.lab": "    实验 {id}：{status}",
        "progress.save-failed": "无法保存进度：{error}；你的回答会保留到退出为止",
        "progress.unreadable": "无法读取进度文件 {file}（{reason}）；本次会话不保存进度，该文件保持原样",
        "progress.not-regular-file": "它不是普通文件",
        "progress.permission-denied": "权限不足",
        "progress.too-large": "文件大于 {size} MB",
        "progress.newer-schema": "它由更新版本的 Spindle 写入（schema {schema}）",
        "progress.invalid": "内容不是有效的进度数据",
        "progress.moved-aside": "进度文件无法读取（{problem}）；已保留为 {file} 并重新开始（退出后将它改名为 progress.json 即可恢复）",
        "progress.not-moved": "进度文件无法读取（{problem}），也无法移到一旁（{error}）；本次会话不保存进度，该文件保持原样",
        "progress.no-copy-name": "在 {file} 旁边找不到可用的副本文件名",
        "labs.tally.one": "实验完成 {done}/{count}",
        "labs.tally.other": "实验完成 {done}/{count}",
        "labs.status": " ({status})",
        "labs.status.won": "{steps} 步获胜",
        "labs.status.won.hints.one": "{steps} 步获胜，{hints} 条提示",
        "labs.status.won.hints.other": "{steps} 步获胜，{hints} 条提示",
        "labs.status.proved": "已证明不可能",
        "labs.status.played": "玩过，未获胜",

        // `reset` 与 `reload`。
        "reset.which": "清除哪一课？`reset ID`、`reset 编号` 或 `reset all`",
        "reset.unknown": "没有课程 `{key}`；`lessons` 列出所有课程",
        "reset.nothing": "第 {number} 课（{id}）没有可清除的进度",
        "reset.forgot": "已清除第 {number} 课（{id}）的进度：{summary}",
        "reset.summary": "看过 {seen}/{pages} 页，{answers}，{hints}",
        "reset.answers.one": "{count} 个回答",
        "reset.answers.other": "{count} 个回答",
        "reset.all.nothing": "还没有可清除的进度",
        "reset.all.what.one": "你在 {count} 课中的进度（已完成 {done} 课）",
        "reset.all.what.other": "你在 {count} 课中的进度（已完成 {done} 课）",
        "reset.all.refused": "`reset all` 会清除{what}；输入 `reset all --yes` 执行",
        "reset.all.question": "清除{what}？[y/N] ",
        "reset.all.declined": "已保留你的进度",
        "reset.all.done": "已清除{what}",
        "reset.kept": "清除前的进度保存在 {file}；要恢复，请退出后将该文件改名为 progress.json。",
        "reset.keep-failed": "清除前无法保存进度副本：{error}",
        "reload.done.one": "已从 {course} 重新读取 {count} 课",
        "reload.done.other": "已从 {course} 重新读取 {count} 课",
        "course.both-options":
            "同时给出了 --lessons 和 --only-lessons；用 --lessons DIR 在内置课程上添加，"
            + "或用 --only-lessons DIR 替换内置课程",
        "course.not-a-folder": "课程文件夹 `{path}`（来自 {source}）不是目录；请传入已有的文件夹",
        "course.unreadable": "课程文件夹 `{path}`（来自 {source}）无法读取；请检查权限",
        "lint.clean.one": "已检查 {count} 课，没有问题",
        "lint.clean.other": "已检查 {count} 课，没有问题",
        "lint.clean.translated": "已检查 {count} 课及 {translations} 篇译文，没有问题",
        "lint.summary": "共 {errors}，{warnings}",
        "lint.errors.one": "{count} 个错误",
        "lint.errors.other": "{count} 个错误",
        "lint.warnings.one": "{count} 个警告",
        "lint.warnings.other": "{count} 个警告",

        // 运行：`run`、`step`、`replay`、`save`、`trace`、`explore`。
        "run.no-lesson": "还没有打开课程；`run DEMO` 运行任意演示（`demos` 列出演示）",
        "run.no-demo": "本页没有演示；`run DEMO` 运行任意演示（`demos` 列出演示）",
        "run.which.one": "本页有 {count} 个演示；用 `run` 运行",
        "run.which.other": "本页有 {count} 个演示；用 `run 1` 到 `run {count}` 运行其中一个",
        "run.predict-first": "请先预测：{question} 用字母回答（`answer a`），然后 `run`；`page` 可再次显示选项。",
        "run.page-demo-broken": "本页的演示无法运行：{error}；`lint` 可检查本课",
        "run.again": "重放：`replay`；逐个事件：`step`；保存跟踪：`save FILE`。",
        "step.nothing": "还没有可单步查看的运行：请先 `run` 一个演示或玩一个 `lab`",
        "step.usage": "用法：`step [N]`，N 为事件数（整数），例如 `step 5`",
        "step.end": "运行已到结尾；`step` 从头再来",
        "replay.usage": "用法：`replay [FILE] [SPEED]`，例如 `replay 2` 或 `replay run.jsonl 2`（速度 {speeds}）",
        "replay.bad-speed": "速度必须在 {speeds} 之间，而不是 {value}。",
        "replay.nothing": "还没有可重放的运行：请先 `run` 一个演示或玩一个 `lab`；{usage}",
        "replay.no-events": "{file} 中没有事件。",
        "save.nothing": "还没有可保存的运行：请先 `run` 一个演示或玩一个 `lab`",
        "save.where": "保存到哪里？`save FILE`，例如 `save counter.jsonl`",
        "save.replay-hint": " `replay {file}` 可播放它。",
        "save.exists": "{file} 已存在{detail}；`save --force {file}` 会替换它",
        "save.overwrite": "覆盖 {file}？[y/N] ",
        "save.declined": "没有保存；{file} 保持原样。",
        "trace.usage": "用法：`trace FILE.py [ARGS ...]`，例如 `trace bank.py` 或 `trace pool.py 4`",
        "explore.usage": "用法：`explore FILE.py [K]`，例如 `explore counter.py` 或 `explore counter.py 2`",
        "explore.plays": "`explore {file} K` 播放通往结果 K 的最短调度。",
        "explore.no-outcome": "没有结果 {number}；请给出 1 到 {count} 之间的数字。",
        "explore.title": "{file} 结果 {number}",

        // 实验。
        "lab.no-lesson": "请先打开一课，或指定实验：`lab ID`（`lab list` 列出实验）或 `lab FILE.py`",
        "lab.none-in-lesson": "本课没有实验；`lab list` 列出课程中的所有实验",
        "lab.which": "哪个实验？{labs}",
        "lab.unknown": "{problem}；{listing} 列出所有实验",
        "lab.program-error": "实验 `{id}`：{problem}；`lint` 可检查本课",
        "lab.cannot-play": "实验 `{id}` 无法进行：{problem}；`lint` 可检查本课",
        "lab.goal-error": "目标 `{goal}`，第 {column} 列：{problem}",
        "lab.list.none": "课程中没有实验",
        "lab.list.footer": "`{command} ID` 开始一个实验，例如 `{command} {id}`。",
        "lab.won.one": "实验 {name}：{steps} 步获胜。",
        "lab.won.other": "实验 {name}：{steps} 步获胜。",
        "lab.proved": "实验 {name}：已证明没有调度能达成目标。",
        "lab.not-won": "实验 {name} 尚未获胜；`lab {id}` 再玩一次。",
        "lab.replay": "你走过的调度：`replay` 重放；`step` 逐个事件查看；`save FILE` 保存。",
    ]
}
