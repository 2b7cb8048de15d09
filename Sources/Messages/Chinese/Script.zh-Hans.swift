extension Chinese {
    static let script: [String: String] = [
        "script.deadlock.waits-for": "等待{resource}（由 {holder} 持有）",
        "script.deadlock.waits-to-end": "等待 {thread} 结束（join）",
        "script.deadlock.first": "{thread} {wait}",
        "script.deadlock.which": "{chain}，而后者{wait}",
        "script.deadlock.sentence": "死锁：{chain}",
        "script.deadlock.sentence-at": "死锁：{chain}（{places}）",
        "script.list.separator": "、",
        "script.list.and": "{items} 和 {last}",
    ]
}
