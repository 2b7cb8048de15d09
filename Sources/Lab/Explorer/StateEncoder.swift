/// Writes everything that tells two worlds apart (all but the bookkeeping: object names and
/// step counts) as a flat run of words, hashed into a `StateFingerprint` as they are written.
/// The encoding is unambiguous: every enum case starts with a tag and every array, string and
/// optional with its count or presence, so two different worlds never give the same words.
struct StateEncoder {
    private var builder = StateFingerprint.Builder()

    static func fingerprint(of world: World) -> StateFingerprint {
        var encoder = StateEncoder()
        encoder.encode(world)
        return encoder.builder.finish()
    }

    private mutating func encode(_ world: World) {
        append(world.threads.count)
        for thread in world.threads { append(thread) }
        append(world.globals.count)
        for global in world.globals { append(global) }
        append(world.heap.count)
        for object in world.heap { append(object) }
        append(world.printedLines.count)
        for line in world.printedLines { append(line) }
        append(world.partialLine)
        append(world.exceptions.count)
        for exception in world.exceptions { append(exception) }
        append(world.threadNameCounter)
        append(world.stepLimitThread ?? -1)
    }

    @inline(__always)
    mutating func append(_ value: Int) {
        builder.combine(UInt64(bitPattern: Int64(value)))
    }

    mutating func append(_ flag: Bool) {
        append(flag ? 1 : 0)
    }

    /// The UTF-8 length, then the bytes eight to a word (the last word zero-padded).
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            append(bytes.count)
            let raw = UnsafeRawBufferPointer(bytes)
            var offset = 0
            while offset + 8 <= raw.count {
                builder.combine(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            guard offset < raw.count else { return }
            var last: UInt64 = 0
            for byte in raw[offset...].reversed() { last = last << 8 | UInt64(byte) }
            builder.combine(last)
        }
    }

    mutating func append(_ values: [LabValue]) {
        append(values.count)
        for value in values { append(value) }
    }

    private mutating func append(_ value: LabValue?) {
        guard let value else { return append(-1) }
        append(value)
    }

    private mutating func append(_ thread: ThreadState) {
        append(thread.objectReference)
        append(thread.name)
        append(thread.isDaemon)
        append(thread.phase)
        append(thread.frames.count)
        for frame in thread.frames { append(frame) }
        switch thread.suspension {
        case nil: append(0)
        case .condition(let condition, let depth):
            append(1)
            append(condition)
            append(depth)
        case .barrier(let barrier, let generation, let index):
            append(2)
            append(barrier)
            append(generation)
            append(index)
        }
    }

    private mutating func append(_ phase: ThreadState.Phase) {
        switch phase {
        case .running: append(0)
        case .finished: append(1)
        case .created(let target, let arguments, let keywordNames, let keywordValues):
            append(2)
            append(target)
            append(arguments)
            append(keywordNames.count)
            for name in keywordNames { append(name) }
            append(keywordValues)
        }
    }

    private mutating func append(_ frame: Frame) {
        append(frame.function)
        append(frame.programCounter)
        append(frame.locals.count)
        for local in frame.locals { append(local) }
        append(frame.stack)
        append(frame.withContexts.count)
        for context in frame.withContexts { append(context) }
    }

    private mutating func append(_ exception: LabException) {
        append(exception.threadID)
        append(exception.threadName)
        append(exception.type)
        append(exception.message)
        append(exception.position.line)
        append(exception.position.column)
    }
}
