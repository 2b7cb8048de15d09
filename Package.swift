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
    ],
    targets: [
        .target(name: "Trace"),
        .target(
            name: "Lessons",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(name: "CTerminal"),
        .target(name: "Stage", dependencies: ["Trace", "CTerminal"]),
        .target(name: "CPrimitives"),
        .target(
            name: "Primitives",
            dependencies: [
                "Trace", "CPrimitives",
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "HeapModule", package: "swift-collections"),
            ]
        ),
        .target(
            name: "Demos",
            dependencies: ["Primitives", "Trace"]
        ),
        .target(
            name: "CLineEdit",
            linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]
        ),
        .target(name: "LineEditing", dependencies: ["CLineEdit"]),
        .executableTarget(
            name: "spindle",
            dependencies: [
                "Trace", "Lessons", "Stage", "CTerminal", "LineEditing", "Primitives", "Demos",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "spindle-bench",
            dependencies: [
                "Primitives", "Stage", "Trace",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TraceTests", dependencies: ["Trace"]),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons"]),
        .testTarget(name: "StageTests", dependencies: ["Stage", "Trace"]),
        .testTarget(name: "PrimitivesTests", dependencies: ["Primitives", "Trace"]),
        .testTarget(name: "DemosTests", dependencies: ["Demos", "Primitives", "Trace"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(name: "SpindleTests", dependencies: ["spindle", "Lessons"]),
    ],
    swiftLanguageModes: [.v6]
)
