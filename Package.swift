// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "spindle",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "spindle", targets: ["spindle"]),
        .executable(name: "spindle-bench", targets: ["spindle-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
    ],
    targets: [
        // The trace's per-event time stamp (the CPU's counter) and per-thread buffer slot.
        .target(name: "CTraceClock"),
        // Every sentence the tutor prints, in each language it speaks.
        .target(name: "Messages"),
        .target(
            name: "Trace",
            dependencies: [
                "CTraceClock", "Messages", .product(name: "HeapModule", package: "swift-collections"),
            ]
        ),
        .target(
            name: "Lessons",
            dependencies: ["TextRendering", "Messages", .product(name: "Yams", package: "Yams")]
        ),
        // The terminal's C primitives (raw mode, size, the signal self-pipe) and the one Swift
        // module every other target reaches them through.
        .target(name: "CTerminal"),
        .target(name: "Terminal", dependencies: ["CTerminal"]),
        .target(name: "TextRendering"),
        .target(name: "Stage", dependencies: ["Trace", "TextRendering", "Terminal", "Messages"]),
        .target(name: "CPrimitives"),
        .target(
            name: "Threading",
            dependencies: [
                "Trace", "CPrimitives",
                .product(name: "DequeModule", package: "swift-collections"),
            ]
        ),
        .target(name: "BinaryFormat"),
        .target(
            name: "Multiprocessing",
            dependencies: [
                "Trace", "Threading", "BinaryFormat", "CPrimitives",
                .product(name: "DequeModule", package: "swift-collections"),
            ]
        ),
        .target(
            name: "EventLoop",
            dependencies: [
                "Trace", "Threading", "CPrimitives",
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "HeapModule", package: "swift-collections"),
            ]
        ),
        .target(name: "GILSimulation", dependencies: ["Trace", "Threading"]),
        .target(
            name: "Demos",
            dependencies: [
                "Trace", "Threading", "Multiprocessing", "EventLoop", "GILSimulation", "Messages",
            ]
        ),
        .target(
            name: "CLineEdit",
            dependencies: ["CTerminal"],
            linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]
        ),
        .target(name: "LineEditing", dependencies: ["CLineEdit", "Terminal"]),
        // The lab: a small subset of Python, parsed and run under Spindle's own scheduler.
        .target(name: "Lab", dependencies: ["Trace", "TextRendering", "Messages"]),
        // The lab's screen: plays any LabGame full screen or as plain text; knows nothing of the engine.
        .target(name: "LabScreen", dependencies: ["Stage", "TextRendering", "Terminal", "Messages"]),
        // A student's own Python program, run under the probe and turned into a trace.
        .target(name: "ScriptTracing", dependencies: ["Trace", "CPrimitives", "Messages"]),
        .executableTarget(
            name: "spindle",
            dependencies: [
                "Trace", "Lessons", "TextRendering", "Stage", "Terminal", "LineEditing",
                "Multiprocessing", "Demos", "Lab", "LabScreen", "ScriptTracing", "Messages",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "spindle-bench",
            dependencies: [
                "Trace", "Threading", "Multiprocessing", "GILSimulation", "Stage", "Lab",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
            ]
        ),
        // Helpers shared by the test targets; never linked into a product.
        .target(name: "TestSupport", dependencies: ["Trace"], path: "Tests/TestSupport"),
        .testTarget(name: "TraceTests", dependencies: ["Messages", "TestSupport", "Trace"]),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons", "Messages"]),
        .testTarget(name: "MessagesTests", dependencies: ["Messages"]),
        .testTarget(name: "TextRenderingTests", dependencies: ["TextRendering"]),
        .testTarget(
            name: "StageTests",
            dependencies: [
                "Messages",
                "Stage", "TextRendering", "Trace",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "ThreadingTests", dependencies: ["TestSupport", "Threading", "Trace"]),
        .testTarget(name: "BinaryFormatTests", dependencies: ["BinaryFormat"]),
        .testTarget(
            name: "MultiprocessingTests",
            dependencies: [
                "TestSupport", "Multiprocessing", "Threading", "BinaryFormat", "Trace", "CPrimitives",
            ]
        ),
        // CPython 3.11's own tests of threading, queue and multiprocessing, restated against
        // the mirrors (docs/conformance.md lists every case).
        .testTarget(
            name: "ConformanceTests",
            dependencies: ["TestSupport", "Threading", "Multiprocessing", "Trace"]),
        .testTarget(
            name: "EventLoopTests", dependencies: ["TestSupport", "EventLoop", "Threading", "Trace"]),
        .testTarget(name: "GILSimulationTests", dependencies: ["GILSimulation", "Threading", "Trace"]),
        .testTarget(
            name: "DemosTests",
            dependencies: ["TestSupport", "Demos", "Threading", "Multiprocessing", "Trace", "Messages"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(
            name: "LabTests", dependencies: ["TestSupport", "Lab", "Trace", "Messages", "TextRendering"]),
        .testTarget(
            name: "ScriptTracingTests", dependencies: ["TestSupport", "ScriptTracing", "Trace", "Messages"],
            exclude: ["Scripts"]),
        .testTarget(
            name: "LabScreenTests",
            dependencies: [
                "Messages",
                "LabScreen", "Stage",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "SpindleBenchTests", dependencies: ["spindle-bench"]),
        .testTarget(
            name: "SpindleTests",
            dependencies: ["TestSupport", "spindle", "Lessons", "TextRendering", "Messages"]),
        // Drives the built binary (tmux, plain demos, the benchmark smoke test) and runs the kill
        // soaks; the unit tier skips it and the fuzz suites: `swift test --skip "EndToEndTests|Fuzz"`.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["TestSupport", "spindle", "Lessons", "Demos", "Multiprocessing", "Trace"]),
    ],
    swiftLanguageModes: [.v6]
)
