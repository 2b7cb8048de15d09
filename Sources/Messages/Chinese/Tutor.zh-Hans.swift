extension Chinese {
    static let tutor: [String: String] = [
        "welcome.begin": "输入 `lessons` 查看课程，输入 `open {order}` 开始学习，输入 `help` 查看命令。",
        "welcome.empty": "输入 `lessons` 查看课程，输入 `help` 查看命令。",
        "help.heading": "命令（`help 命令名` 查看说明；Tab 补全命令和课程 id）：",
        "lang.current": "课程和提示使用 `{language}`；{commands} 可切换。",
        "lang.unknown": "没有语言 `{tag}`；请用 {commands}",
        "lang.switched": "课程和提示已切换为简体中文；`lang en` 切换回英文（English）。",
        "lang.untranslated": "本课还没有 `{language}` 译文，下面显示英文原文。",
    ]
}
