extension Chinese {
    static let cli: [String: String] = [
        "cli.command.unknown": "`{word}` 不是 spindle 的命令（`spindle --help` 列出全部命令）",
        "cli.command.unknown.suggestion":
            "`{word}` 不是 spindle 的命令；是不是 `{suggestion}`？（`spindle --help` 列出全部命令）",

        "cli.option.speed-range": "--speed 应在 {range} 之间，不能是 {speed}",
        "cli.option.time-limit-range": "--time-limit 应在 {lowest} 到 {highest} 秒之间，不能是 {value}",
        "cli.option.max-states": "--max-states 至少为 1，不能是 {value}",
        "cli.option.runs-range": "--runs 应在 1 到 {highest} 之间，不能是 {value}",
        "cli.option.show-from-one": "--show 的结果编号从 1 开始，不能是 {value}",
        "cli.option.outputs-need-show": "--trace、--chrome-trace 和 --record 保存的是所演示的调度；请加上 --show K",
        "cli.option.list-takes-no-lab": "--list 不接实验名；请去掉其中之一",
        "cli.option.name-a-lab":
            "请指定实验：`spindle lab ID`（`spindle lab --list` 列出全部实验）或 `spindle lab FILE.py`",
        "cli.option.goal-for-files": "--goal 只用于 .py 文件；课程实验有自己的目标",
        "cli.record.plain-output": "--record 需要动画，而此次输出是纯文本；请去掉 --plain 或 --record",
        "cli.record.plain-run": "--record 需要动画，而此次运行是纯文本；请去掉 --plain、--json 或 --record",
        "cli.record.plain-schedule": "--record 需要动画，而此次输出是纯文本；请去掉 --plain、--json 或 --record",

        "cli.file.cannot-read": "无法读取 {path}：{reason}",
        "cli.file.trace-is-folder": "无法读取 {path}：这是文件夹；请给出轨迹文件（.jsonl）",
        "cli.file.trace-too-large": "{path}：超过 {mebibytes} MiB，即轨迹文件的上限",
        "cli.file.program-is-folder": "无法读取 {path}：这是文件夹；请给出 .py 文件",
        "cli.file.program-too-large": "{path}：超过 {kibibytes} KiB，实验程序用不了这么大",
        "cli.file.program-not-utf8": "{path}：不是 UTF-8 文本；请将程序保存为 UTF-8",
        "cli.file.same-file": "{earlier} 和 {later} 指向同一个文件 {path}；请各用各的文件",
        "cli.file.cannot-encode": "无法编码轨迹（{error}）",
        "cli.file.error": "错误：{option}：{error}",
        "cli.file.option-error": "选项 {option}：{error}",
        "cli.saved.trace.created": "轨迹已保存到 {path}（{amount}）。",
        "cli.saved.trace.replaced": "轨迹已保存到 {path}，替换了原有文件（{amount}）。",
        "cli.saved.trace.written-through": "轨迹已写入 {path}（{amount}）。",
        "cli.saved.chrome-trace.created": "Chrome 轨迹已保存到 {path}（{amount}）。",
        "cli.saved.chrome-trace.replaced": "Chrome 轨迹已保存到 {path}，替换了原有文件（{amount}）。",
        "cli.saved.chrome-trace.written-through": "Chrome 轨迹已写入 {path}（{amount}）。",
        "cli.saved.recording.created": "录像已保存到 {path}（{amount}）。",
        "cli.saved.recording.replaced": "录像已保存到 {path}，替换了原有文件（{amount}）。",
        "cli.saved.recording.written-through": "录像已写入 {path}（{amount}）。",
        "cli.amount.events.one": "{count} 个事件",
        "cli.amount.events.other": "{count} 个事件",
        "cli.amount.screen-updates.one": "{count} 次画面更新",
        "cli.amount.screen-updates.other": "{count} 次画面更新",

        "cli.show.page-range": "课程 {lesson} 共 {count} 页；请用 --page 1 到 {count}",
        "cli.show.file-holds-no-lesson": "{file} 里没有课程（`spindle lint {file}` 列出问题）",
        "cli.show.file-holds-no-lesson.problem": "{file} 里没有课程：{problem}（`spindle lint {file}` 列出问题）",
        "cli.show.no-lesson": "没有课程 `{lesson}`（`spindle lessons` 列出全部课程）",
        "cli.show.no-lesson.suggestion": "没有课程 `{lesson}`；是不是 `{suggestion}`？（`spindle lessons` 列出全部课程）",

        "cli.demo.unknown": "没有演示 `{name}`（{listing} 列出全部演示）",
        "cli.demo.unknown.suggestion": "没有演示 `{name}`；是不是 `{suggestion}`？（{listing} 列出全部演示）",
        "cli.demo.parameter-hint": "；是不是 `{name}`？",
        "cli.demo.help.usage": "用法：{command} {demo} [NAME=VALUE ...]",
        "cli.demo.help.parameters": "参数：",
        "cli.demo.help.parameter": "  {parameter}={values}  （默认 {default}）",
        "cli.demo.help.parameter.speed": "  {parameter}={values}  （舞台上默认 {default}，无动画时为 0）",
        "cli.demo.help.results": "结果（输出为 `result NAME=VALUE`）：",
        "cli.demo.cannot-start": "演示 `{demo}` 无法启动：{error}",
        "cli.ending.stopped-early": "提前停止：{reason}",
        "cli.ending.stopped": "已停止：{reason}",
        "cli.ending.failed": "失败：{message}",
        "cli.stop.told-to-end": "Spindle 收到了结束信号",
        "cli.stop.stage-failed": "舞台出错",
        "cli.stop.interrupted": "被 Ctrl-C 中断",
        "cli.stop.left-with-q": "运行结束前你按 q 离开了舞台",
        "cli.stop.stage-closed": "舞台已关闭",

        "cli.script.printed": "程序的输出：",
        "cli.script.output-dropped": "（另有 {count} 行输出被省略：Spindle 只保留前 {limit}）",
        "cli.script.unreadable-lines": "（探针有 {count} 行无法读取；轨迹可能缺少步骤）",
        "cli.script.note": "注意：{warning}",
        "cli.script.nothing-concurrent": "{script} 以退出码 {status} 结束，没有启动任何线程或进程：没有可展示的并发",
        "cli.script.exited": "程序以退出码 {status} 结束",
        "cli.script.signalled": "程序被信号 {signal} 终止",

        "cli.lab.no-goal": "没有目标：自由运行；`u` 撤销，`e` 需要目标。",
        "cli.lab.won.one": "你用 {steps} 步获胜：{goal}。",
        "cli.lab.won.other": "你用 {steps} 步获胜：{goal}。",
        "cli.lab.ended": "运行结束：{outcome}。",
        "cli.lab.ended.goal-missed": "运行结束：{outcome}。未达成目标：`u` 撤销，`r` 重来。",
        "cli.lab.nothing-to-undo": "已在开头：没有可撤销的步骤。",
        "cli.lab.restarted": "回到开头。",
        "cli.lab.already-won": "你已获胜：`u` 撤销，`r` 再玩一次，`q` 离开。",
        "cli.lab.no-thread.one": "没有线程 {number}：只有线程 1 已启动。",
        "cli.lab.no-thread.other": "没有线程 {number}：可用的键是 1 到 {count}。",
        "cli.lab.nothing-left": "已无可运行的步骤：`u` 撤销，`r` 重来。",
        "cli.lab.ran-randomly": "用种子 {seed} 随机运行了 {steps} 步。",
        "cli.lab.search.no-goal": "这个程序没有可搜索的目标；`spindle explore` 列出它的结果。",
        "cli.lab.search.holds": "目标已经达成。",
        "cli.lab.search.reachable": "从这里 {steps} 步可达成目标：按键 {keys}（搜索了 {states} 个状态）。",
        "cli.lab.search.unreachable.start": "任何调度都无法达成目标：全部 {states} 个状态都试过了。",
        "cli.lab.search.unreachable.here": "从这里任何调度都无法达成目标：全部 {states} 个状态都试过了。",
        "cli.lab.search.stopped": "搜索了 {states} 个状态后停止，没有得出结论。",
        "cli.lab.hint.none": "这个实验没有提示；`e` 可判断目标是否还能达成。",
        "cli.lab.hint.no-more": "没有更多提示了；`e` 可判断目标是否还能达成。",
        "cli.lab.hint": "提示 {number}/{count}：{hint}",
        "cli.lab.plain-fallback": "{error}；改用纯文本运行",
        "cli.lab.check.reachable": "目标 {steps} 步即可达成，但代码块写的是 `reachable: no`",
        "cli.lab.check.unreachable": "任何调度都无法达成目标（试过全部 {states} 个状态），但代码块写的是 `reachable: yes`",
        "cli.lab.check.undecided": "探索器在 {states} 个状态后停止，未能判定；请缩小程序（减少线程或循环次数）",

        "cli.explore.show-range.one": "--show {number}：报告只列出 {count} 个结果；请给出 1 到 {count} 之间的数",
        "cli.explore.show-range.other": "--show {number}：报告列出 {count} 个结果；请给出 1 到 {count} 之间的数",
        "cli.python.missing": "这里没有安装 python3，--python 无从比较；请安装 python3 3.10 或更新版本",
        "cli.python.failed": "python3 无法运行 {file}：{reason}",
        "cli.python.too-slow": "python3 运行超过了 {seconds} s",
        "cli.python.no-report": "python3 没有输出报告：{line}",
        "cli.python.no-output-line": "（无输出）",
        "cli.python.heading.one": "CPython {version}，运行 {file} {runs} 次（每次 {seconds} s 后停止）：",
        "cli.python.heading.other": "CPython {version}，运行 {file} {runs} 次（每次 {seconds} s 后停止）：",
        "cli.python.row.matched": "{count}  {outcome}（探索器的结果 {number}）",
        "cli.python.row.unmatched": "{count}  {outcome}（不在探索器的结果中）",
        "cli.python.never.one": "这些运行中从未出现：探索器的结果 {numbers} 可以达到，但 CPython 的调度没有产生它。",
        "cli.python.never.other": "这些运行中从未出现：探索器的结果 {numbers} 可以达到，但 CPython 的调度没有产生它们。",
        "cli.python.outcome.printed": "输出 {lines}",
        "cli.python.outcome.printed-nothing": "没有输出",
        "cli.python.outcome.did-not-end": "{seconds} s 内没有结束",
        "cli.python.outcome.separator": "；",
        "cli.python.outcome.number-separator": "、",
        "cli.help.spindle.abstract": "交互式并发教程：课程、预测，以及在真实进程和线程上运行的实时演示。",
        "cli.help.spindle.discussion": """
        不带子命令运行即启动教程。进度和历史保存在 $XDG_STATE_HOME/spindle\
        （默认 ~/.local/state/spindle）。每个子命令都接受 --lessons DIR、--only-lessons DIR、\
        --plain 和 --no-color，放在子命令名之前或之后均可；`spindle tutor --help` 列出它们。
        """,
        "cli.help.global.lessons":
            "把这个文件夹里的课程加入内置课程；与内置课程 id 相同的课程会替换它（默认：$SPINDLE_LESSONS，如已设置）。",
        "cli.help.global.only-lessons": "只教这个文件夹里的课程，不用内置课程。",
        "cli.help.global.lang":
            "课程和消息的语言：`en` 或 `zh-Hans`（默认：$SPINDLE_LANG，其次是在教程中最后一次用 `lang` 选择的语言，再次是 LC_ALL、LC_MESSAGES 或 LANG）。",
        "cli.help.global.plain": "只用纯文本：无颜色、无行编辑、无动画。",
        "cli.help.global.no-color": "不用颜色（设置了 NO_COLOR 时也是如此）。",
        "cli.help.output.trace": "另将轨迹保存为 JSON Lines，供 `spindle replay` 使用。",
        "cli.help.output.chrome-trace": "另将轨迹保存为 Perfetto 或 chrome://tracing 的格式。",
        "cli.help.output.record": "另将动画录制为 asciicast v2 文件。",
        "cli.help.output.force": "替换 --trace、--chrome-trace 或 --record 指定的已有文件。",
        "cli.help.tutor.abstract": "启动交互式教程（即单独运行 `spindle` 的效果）。",
        "cli.help.lessons.abstract": "列出课程及你的进度。",
        "cli.help.show.abstract": "打印一课或其中一页，不启动教程。",
        "cli.help.show.discussion": "LESSON 是所用课程中的 id 或编号，或者要预览的课程文件（FILE.md）。",
        "cli.help.show.lesson": "课程的 id 或编号，或者课程文件。",
        "cli.help.show.page": "只打印这一页（第一页为 1）。",
        "cli.help.lint.abstract": "检查课程文件；有任何错误时以非零状态退出。",
        "cli.help.lint.discussion": """
        每个问题按 file:line:column: error: 的格式报告出错之处和修改方法。\
        译文（原文旁的 `zh-Hans/NN-name.md`）会与原文对照检查；\
        `--lang zh-Hans` 只报告译文，`--lang en` 只报告原文。
        """,
        "cli.help.lint.paths": "课程文件或文件夹（默认：所用的课程，可用 --lessons 或 --only-lessons 指定）。",
        "cli.help.demos.abstract": "列出实时演示；`spindle run DEMO --help` 介绍其中一个。",
        "cli.help.run.abstract": "在真实的进程和线程上运行实时演示，并在舞台上观看。",
        "cli.help.run.discussion": """
        参数写成 NAME=VALUE；`spindle run DEMO --help` 列出一个演示的参数和结果，\
        `spindle demos` 列出全部演示。每个演示都接受 speed=（1 是能看清的速度，2 是两倍速，\
        0 是全速；其余取 {slowest} 到 {fastest}；不指定时，舞台上为 1，逐行叙述或用 --json 时为 0）\
        和 time_limit=（秒）。每个参数只能给一次。舞台上的按键：空格暂停，暂停时方向键单步，\
        + 和 - 调整速度，q 离开。用 --plain（或没有终端，或 TERM=dumb）时逐行叙述运行过程，\
        最后几行是结果，每行一个：result NAME=VALUE。
        """,
        "cli.help.run.demo": "要运行的演示（见 `spindle demos`）。",
        "cli.help.run.parameters": "参数，如 workers=4 lock=on。",
        "cli.help.run.json": "只输出结果，作为一个 JSON 对象。",
        "cli.help.run.help": "显示本帮助，或某个演示的参数和结果。",
        "cli.help.replay.abstract": "在舞台上播放保存的轨迹（JSON Lines），或用 --plain 逐行叙述。",
        "cli.help.replay.discussion": """
        播放时的按键：空格暂停和继续；暂停时 → 和 ← 单步一个事件；+ 和 - 调整速度；q 离开。\
        没有终端时（或用 --plain、TERM=dumb）逐行叙述轨迹，随后是结果。一个轨迹文件最多 \
        {events} 个事件、{mebibytes} MiB，每行最多 {bytes} 字节，\
        且每个参与者和资源都要在被引用之前声明。
        """,
        "cli.help.replay.file": "轨迹文件，即 --trace 写出的文件。",
        "cli.help.replay.speed": "播放速度，取 {range}（1 为实时）。",
        "cli.help.replay.chrome-trace": "另将轨迹写成 Perfetto 或 chrome://tracing 的格式。",
        "cli.help.replay.force": "替换 --chrome-trace 或 --record 指定的已有文件。",
        "cli.help.explore.abstract": "尝试一个小型 Python 多线程程序的所有交错执行。",
        "cli.help.explore.discussion": """
        FILE 是 python3 可以原样运行的普通 .py 文件，用实验所支持的 Python 子集写成：\
        模块级的全局变量和函数、threading、queue 和 time（见 docs/lab.md）。\
        Spindle 用自己的调度器运行它，每次一个可见的步骤，并尝试其线程执行步骤的所有顺序。\
        结果是程序的输出及其结束方式。退出码：没有交错执行失败时为 0；有失败时\
        （断言、未捕获的异常或死锁）为 1；文件无法读取或超出子集时为 2；\
        --max-states 或 Ctrl-C 在探索完成前将其停止时为 3。
        """,
        "cli.help.explore.file": "程序。",
        "cli.help.explore.max-states": "探索这么多个不同状态后停止。",
        "cli.help.explore.json": "以 JSON 输出报告。",
        "cli.help.explore.show": "在舞台上播放到报告中第 K 个结果的最短调度（用 --plain 时逐行叙述）。",
        "cli.help.explore.python": "另用 python3 运行该文件，并在探索器的结果旁列出 CPython 的结果。",
        "cli.help.explore.runs": "--python 运行该文件的次数。",
        "cli.help.explore.trace": "与 --show 同用：另将其轨迹保存为 JSON Lines。",
        "cli.help.explore.chrome-trace": "与 --show 同用：另将其轨迹保存为 Perfetto 的格式。",
        "cli.help.explore.record": "与 --show 同用：另将动画录制为 asciicast。",
        "cli.help.lab.abstract": "当调度器：一步一步地运行 Python 程序的线程。",
        "cli.help.lab.discussion": """
        LAB 是课程中的实验（`lost-update` 或 `be-the-scheduler/lost-update`；\
        `spindle lab --list` 列出全部实验），或用实验所支持的 Python 子集写成的 .py 文件\
        （docs/lab.md）。按键 1-9 运行该线程的下一步，u 撤销，r 重来，a 用显示出的种子随机运行，\
        e 判断目标是否还能达成以及最少几步，h 给出下一条提示，q 离开。用 --plain 或输入不是终端时，\
        把同样的按键逐行输入。你赢下的课程实验会记入进度。
        """,
        "cli.help.lab.lab": "课程实验的 id，或实验程序。",
        "cli.help.lab.list": "列出课程中的实验，以及你在每个实验中的完成情况。",
        "cli.help.lab.goal": "用于文件：怎样算赢，如 \"end counter == 1\"、deadlock、assertion、critical。",
        "cli.help.lab.seed": "第一次按 `a` 用的种子；之后每按一次用下一个。",
        "cli.help.trace.abstract": "运行你自己的 Python 程序，在舞台上观看它的线程和进程。",
        "cli.help.trace.discussion": """
        运行 `python3 SCRIPT ARGS...`，并在脚本第一行之前装好 Spindle 的探针：脚本作为 \
        __main__ 运行，使用它自己的参数和工作目录，标准输入来自 /dev/null。线程、锁、条件变量、\
        信号量、事件、屏障、定时器、队列、线程池、sleep、fork 和 multiprocessing 都会出现在舞台上，\
        每一步都附有对应的代码行。Spindle 的选项写在 SCRIPT 之前；其后的每个词都交给脚本。\
        程序的输出在运行结束后显示（用 --plain 时穿插在叙述行之间，标为 stdout| 和 stderr|）。\
        当每个线程都在循环等待另一个线程（死锁）时，会指出这个循环及其源代码行，并停止程序。\
        退出码：程序以 0 退出时为 0，死锁为 3，Ctrl-C 之后为 130，其余为 1。
        """,
        "cli.help.trace.json": "只以一个 JSON 对象输出运行情况。",
        "cli.help.trace.time-limit": "这么多秒后停止程序（默认 {seconds}）。",
        "cli.help.trace.keep-running": "指出死锁，但让程序继续运行。",
        "cli.help.trace.python": "要运行的 Python 解释器（默认为 PATH 中的 python3）。",
        "cli.help.trace.script": "要运行的 Python 程序。",
        "cli.help.trace.arguments": "程序自己的参数。",
    ]
}
