/// Waits for all of `deferreds` and collects their values in list order: Twisted's
/// `defer.gatherResults` (asyncio's `gather`).
///
/// Fails as soon as any of them fails, with ``FirstError`` naming which one; the others are left
/// to finish on their own. An empty list succeeds at once with an empty array.
public func gatherResults<Value>(_ deferreds: [Deferred<Value>]) -> Deferred<[Value]> {
    let gathered = Deferred<[Value]>()
    guard !deferreds.isEmpty else {
        try? gathered.callback([])
        return gathered
    }
    var values = [Value?](repeating: nil, count: deferreds.count)
    var remaining = deferreds.count
    for (index, deferred) in deferreds.enumerated() {
        deferred.whenFired { result in
            guard !gathered.called else { return }
            switch result {
            case .success(let value):
                values[index] = value
                remaining -= 1
                if remaining == 0 { try? gathered.callback(values.map { $0! }) }
            case .failure(let error):
                try? gathered.errback(FirstError(index: index, error: error))
            }
        }
    }
    return gathered
}
