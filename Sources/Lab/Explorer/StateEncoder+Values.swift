/// The encoding of values and heap objects, the bulk of a state.
extension StateEncoder {
    mutating func append(_ value: LabValue) {
        switch value {
        case .none: append(0)
        case .bool(let flag):
            append(1)
            append(flag)
        case .int(let number):
            append(2)
            append(number)
        case .str(let text):
            append(3)
            append(text)
        case .tuple(let items):
            append(4)
            append(items)
        case .object(let reference):
            append(5)
            append(reference)
        case .function(let index):
            append(6)
            append(index)
        case .builtin(let builtin):
            append(7)
            append(builtin.rawValue)
        case .module(let module):
            append(8)
            append(module.rawValue)
        case .boundMethod(let receiver, let method):
            append(9)
            append(receiver)
            append(method.rawValue)
        case .rangeIterator(let next, let stop, let step):
            append(10)
            append(next)
            append(stop)
            append(step)
        case .tupleIterator(let items, let next):
            append(11)
            append(items)
            append(next)
        case .listIterator(let reference, let next):
            append(12)
            append(reference)
            append(next)
        }
    }

    mutating func append(_ object: HeapObject) {
        switch object {
        case .list(let items):
            append(0)
            append(items)
        case .dictionary(let keys, let values):
            append(1)
            append(keys)
            append(values)
        case .lock(let owner):
            append(2)
            append(owner ?? -1)
        case .reentrantLock(let owner, let depth):
            append(3)
            append(owner ?? -1)
            append(depth)
        case .condition(let lock, let waiters):
            append(4)
            append(lock)
            append(waiters.count)
            for waiter in waiters { append(waiter) }
        case .semaphore(let value, let bound):
            append(5)
            append(value)
            append(bound ?? -1)
        case .event(let isSet):
            append(6)
            append(isSet)
        case .barrier(let parties, let arrived, let generation):
            append(7)
            append(parties)
            append(arrived)
            append(generation)
        case .queue(let queue):
            append(8)
            append(queue.order.typeName)
            append(queue.maxsize)
            append(queue.items)
            append(queue.unfinishedTasks)
        case .thread(let thread):
            append(9)
            append(thread)
        }
    }
}
