extension Chinese {
    static let tutor: [String: String] = [
        "welcome.begin": "输入 `lessons` 查看课程，输入 `open {order}` 开始学习，输入 `help` 查看命令。",
        "welcome.empty": "输入 `lessons` 查看课程，输入 `help` 查看命令。",
    ]
}
