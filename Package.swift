// swift-tools-version:6.1
import PackageDescription

/// Settings every target shares: Swift 6 mode plus the upcoming features that keep module
/// boundaries honest.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let grdb: Target.Dependency = .product(name: "GRDB", package: "GRDB.swift")
let yams: Target.Dependency = .product(name: "Yams", package: "Yams")
let argumentParser: Target.Dependency = .product(name: "ArgumentParser", package: "swift-argument-parser")

var targets: [Target] = []

// MARK: Core modules

targets += [
    .target(name: "DocGraphKit", swiftSettings: strictSettings),
    .target(name: "DocGraphStore", dependencies: ["DocGraphKit", grdb], swiftSettings: strictSettings),
    .target(name: "DocGraphPipeline", dependencies: ["DocGraphKit", yams], swiftSettings: strictSettings),
]

// MARK: Readers (Plugins/Readers)

targets += [
    .target(name: "TextReader", dependencies: ["DocGraphKit"], path: "Plugins/Readers/TextReader",
            swiftSettings: strictSettings),
]

// MARK: Extractors and linkers (Plugins/Extractors, Plugins/Linkers)

targets += [
    .target(name: "BuiltinRulePacks", path: "Plugins/RulePacks", resources: [.copy("core")],
            swiftSettings: strictSettings),
]

// MARK: Query language

targets += [
    .target(name: "DocGraphQuery", dependencies: ["DocGraphKit", "DocGraphStore"], swiftSettings: strictSettings),
]

// MARK: Evaluation (docgraph eval)

targets += [
    .target(name: "DocGraphEvaluation", dependencies: ["DocGraphKit"], swiftSettings: strictSettings),
]

// MARK: Command-line tool

targets += [
    .target(name: "DocGraphBuiltins", dependencies: ["DocGraphKit", "DocGraphPipeline", "TextReader"],
            swiftSettings: strictSettings),
    .executableTarget(
        name: "docgraph",
        dependencies: [
            "DocGraphKit",
            "DocGraphStore",
            "DocGraphPipeline",
            "DocGraphBuiltins",
            "DocGraphQuery",
            "DocGraphEvaluation",
            argumentParser,
        ],
        swiftSettings: strictSettings),
]

// MARK: Benchmarks (docgraph-bench, bench/)

targets += [
    .target(name: "DocGraphBench",
            dependencies: ["DocGraphKit", "DocGraphStore", "DocGraphPipeline", "DocGraphQuery", "DocGraphBuiltins"],
            swiftSettings: strictSettings),
    .executableTarget(name: "docgraph-bench", dependencies: ["DocGraphBench", "DocGraphStore", argumentParser],
                      swiftSettings: strictSettings),
    .testTarget(name: "DocGraphBenchTests", dependencies: ["DocGraphBench", "DocGraphStore", "DocGraphTestSupport"],
                swiftSettings: strictSettings),
]

// MARK: Test support

targets += [
    .target(name: "DocGraphTestSupport", dependencies: ["DocGraphKit"], path: "Tests/DocGraphTestSupport",
            swiftSettings: strictSettings),
]

// MARK: Tests of the core

targets += [
    .testTarget(name: "DocGraphKitTests", dependencies: ["DocGraphKit", "DocGraphTestSupport"],
                swiftSettings: strictSettings),
    .testTarget(name: "DocGraphStoreTests", dependencies: ["DocGraphStore", "DocGraphTestSupport", grdb],
                swiftSettings: strictSettings),
    .testTarget(name: "DocGraphPipelineTests",
                dependencies: ["DocGraphPipeline", "DocGraphStore", "DocGraphTestSupport"],
                swiftSettings: strictSettings),
]

// MARK: Tests of readers

targets += [
    .testTarget(name: "TextReaderTests", dependencies: ["TextReader", "DocGraphKit", "DocGraphTestSupport"],
                swiftSettings: strictSettings),
]

// MARK: Tests of extractors and linkers

targets += [
    .testTarget(name: "BuiltinRulePacksTests",
                dependencies: ["BuiltinRulePacks", "DocGraphPipeline", "DocGraphTestSupport"],
                swiftSettings: strictSettings),
]

// MARK: Tests of the query language

targets += [
    .testTarget(name: "DocGraphQueryTests",
                dependencies: ["DocGraphQuery", "DocGraphStore", "DocGraphKit", "DocGraphTestSupport"],
                swiftSettings: strictSettings),
    .testTarget(name: "DocGraphQueryTCKTests",
                dependencies: ["DocGraphQuery", "DocGraphStore", "DocGraphTestSupport"],
                swiftSettings: strictSettings),
]

// MARK: Tests of evaluation

targets += [
    .testTarget(name: "DocGraphEvaluationTests",
                dependencies: ["DocGraphEvaluation", "DocGraphStore", "DocGraphTestSupport"],
                swiftSettings: strictSettings),
]

// MARK: End-to-end and command-line tests

targets += [
    .testTarget(name: "EndToEndTests",
                dependencies: ["DocGraphBuiltins", "DocGraphPipeline", "DocGraphStore", "DocGraphTestSupport"],
                swiftSettings: strictSettings),
    .testTarget(name: "CLITests", dependencies: ["docgraph", "DocGraphTestSupport"], swiftSettings: strictSettings),
]

let package = Package(
    name: "docgraph",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "docgraph", targets: ["docgraph"]),
        .library(name: "DocGraphKit", targets: ["DocGraphKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: targets
)
