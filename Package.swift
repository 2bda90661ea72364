// swift-tools-version:6.1
import PackageDescription

/// Settings every target shares: Swift 6 mode plus the upcoming features that keep module
/// boundaries honest.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let grdb: Target.Dependency = .product(name: "GRDB", package: "GRDB.swift")
/// SQLite's C interface as GRDB links it, for what GRDB's Swift API does not cover cheaply.
let grdbSQLite: Target.Dependency = .product(name: "GRDBSQLite", package: "GRDB.swift")
let yams: Target.Dependency = .product(name: "Yams", package: "Yams")
let argumentParser: Target.Dependency = .product(name: "ArgumentParser", package: "swift-argument-parser")

var targets: [Target] = []

// MARK: Core modules

targets += [
    /// Handing freed memory back to the system (glibc's `malloc_trim`), for DocGraphKit's `FreedMemory`.
    .target(name: "CFreedMemory"),
    .target(name: "DocGraphKit", dependencies: ["CFreedMemory"], swiftSettings: strictSettings),
    .target(name: "DocGraphStore", dependencies: ["DocGraphKit", grdb, grdbSQLite], swiftSettings: strictSettings),
    .target(name: "DocGraphPipeline", dependencies: ["DocGraphKit", yams], swiftSettings: strictSettings),
]

/// Questions the command line answers about the graph, over GraphReading.
targets += [
    .target(name: "DocGraphReports", dependencies: ["DocGraphKit"], exclude: ["README.md"], swiftSettings: strictSettings),
]

// MARK: Readers (Plugins/Readers)

/// A reader target under Plugins/Readers (SwiftPM reserves Plugins/ for its own plugins, hence `path:`).
func readerTarget(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
    .target(name: name, dependencies: ["DocGraphKit"] + dependencies, path: "Plugins/Readers/\(name)",
            swiftSettings: strictSettings)
}

let zipFoundation: Target.Dependency = .product(name: "ZIPFoundation", package: "ZIPFoundation")

targets += [
    .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
                   providers: [.apt(["libxml2-dev"])]),
    .target(name: "ReaderSupport", dependencies: ["DocGraphKit"], path: "Plugins/Readers/Shared/ReaderSupport",
            exclude: ["README.md"], swiftSettings: strictSettings),
    .target(name: "MarkupText", dependencies: ["DocGraphKit", "ReaderSupport", "CLibXML2"],
            path: "Plugins/Readers/Shared/MarkupText", exclude: ["README.md"], swiftSettings: strictSettings),
    readerTarget("HTMLReader", ["ReaderSupport", "MarkupText"]),
    readerTarget("MarkdownReader", ["ReaderSupport"]),
    readerTarget("DOCXReader", ["ReaderSupport", "MarkupText", zipFoundation]),
    readerTarget("EmailReader", ["ReaderSupport", "MarkupText"]),
    readerTarget("PDFReader", ["ReaderSupport"]),
]

targets += [
    .target(name: "TextReader", dependencies: ["DocGraphKit"], path: "Plugins/Readers/TextReader",
            swiftSettings: strictSettings),
]

// MARK: Extractors and linkers (Plugins/Extractors, Plugins/Linkers)

targets += [
    .target(name: "BuiltinRulePacks", path: "Plugins/RulePacks", resources: [.copy("core")],
            swiftSettings: strictSettings),
    // The template in examples/swift-plugin, built and tested with the package so it stays working.
    .target(name: "AcronymExtractor", dependencies: ["DocGraphKit"], path: "examples/swift-plugin/Sources/AcronymExtractor",
            swiftSettings: strictSettings),
]

targets += [
    .target(name: "AuthorExtractor", dependencies: ["DocGraphKit"], path: "Plugins/Extractors/AuthorExtractor",
            swiftSettings: strictSettings),
    .target(name: "MeetingExtractor", dependencies: ["DocGraphKit"], path: "Plugins/Extractors/MeetingExtractor",
            swiftSettings: strictSettings),
    .target(name: "DecisionExtractor", dependencies: ["DocGraphKit"], path: "Plugins/Extractors/DecisionExtractor",
            swiftSettings: strictSettings),
]

targets += [
    .target(name: "OrganisationExtractor", dependencies: ["DocGraphKit"], path: "Plugins/Extractors/OrganisationExtractor",
            resources: [.copy("Lexicons")], swiftSettings: strictSettings),
    .target(name: "PeopleExtractor", dependencies: ["DocGraphKit"], path: "Plugins/Extractors/PeopleExtractor",
            resources: [.copy("Lexicons")], swiftSettings: strictSettings),
    .target(name: "PlaceExtractor", dependencies: ["DocGraphKit"], path: "Plugins/Extractors/PlaceExtractor",
            resources: [.copy("Lexicons")], swiftSettings: strictSettings),
]

targets += [
    .target(name: "CommitmentExtractor", dependencies: ["DocGraphKit"], path: "Plugins/Extractors/CommitmentExtractor",
            resources: [.copy("Resources/lexicons")], swiftSettings: strictSettings),
    .target(name: "FollowUpLinker", dependencies: ["DocGraphKit"], path: "Plugins/Linkers/FollowUpLinker",
            resources: [.copy("Resources/lexicons")], swiftSettings: strictSettings),
]

// MARK: Query language

targets += [
    .target(name: "DocGraphQuery", dependencies: ["DocGraphKit", "DocGraphStore"], exclude: ["README.md"], swiftSettings: strictSettings),
]

// MARK: Evaluation (docgraph eval)

targets += [
    .target(name: "DocGraphEvaluation", dependencies: ["DocGraphKit"], swiftSettings: strictSettings),
]

// MARK: Command-line tool

targets += [
    .target(
        name: "DocGraphBuiltins",
        dependencies: [
            "DocGraphKit",
            "DocGraphPipeline",
            "BuiltinRulePacks",
            "TextReader",
            "HTMLReader",
            "MarkdownReader",
            "DOCXReader",
            "EmailReader",
            "PDFReader",
            "OrganisationExtractor",
            "PeopleExtractor",
            "PlaceExtractor",
            "AuthorExtractor",
            "MeetingExtractor",
            "DecisionExtractor",
            "CommitmentExtractor",
            "FollowUpLinker",
        ],
        swiftSettings: strictSettings),
    .executableTarget(
        name: "docgraph",
        dependencies: [
            "DocGraphKit",
            "DocGraphStore",
            "DocGraphPipeline",
            "DocGraphBuiltins",
            "BuiltinRulePacks",
            "DocGraphQuery",
            "DocGraphEvaluation",
            "DocGraphReports",
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
    .testTarget(name: "DocGraphStoreTests", dependencies: ["DocGraphStore", "DocGraphTestSupport", grdb, grdbSQLite],
                swiftSettings: strictSettings),
    .testTarget(name: "DocGraphPipelineTests",
                dependencies: ["DocGraphPipeline", "DocGraphStore", "DocGraphTestSupport"],
                swiftSettings: strictSettings),
]


// MARK: Tests of readers

/// A reader's test target, with the fixtures written for it as resources.
func readerTestTarget(_ name: String, _ dependencies: [Target.Dependency] = [], fixtures: Bool = false) -> Target {
    .testTarget(name: "\(name)Tests", dependencies: [.target(name: name), "DocGraphKit", "DocGraphTestSupport"] + dependencies,
                path: "Tests/\(name)Tests", resources: fixtures ? [.copy("Fixtures")] : [],
                swiftSettings: strictSettings)
}

targets += [
    readerTestTarget("ReaderSupport"),
    readerTestTarget("MarkupText", ["CLibXML2", "ReaderSupport"]),
    readerTestTarget("HTMLReader", fixtures: true),
    readerTestTarget("MarkdownReader"),
    readerTestTarget("DOCXReader", [zipFoundation]),
    readerTestTarget("EmailReader"),
    readerTestTarget("PDFReader"),
    .testTarget(name: "ReaderSelectionTests", dependencies: ["DocGraphPipeline", "DocGraphKit", "DocGraphTestSupport",
                "TextReader", "HTMLReader", "MarkdownReader", "DOCXReader", "EmailReader", "PDFReader"],
                swiftSettings: strictSettings),
]

targets += [
    .testTarget(name: "TextReaderTests", dependencies: ["TextReader", "DocGraphKit", "DocGraphTestSupport"],
                swiftSettings: strictSettings),
]

// MARK: Tests of extractors and linkers

targets += [
    .testTarget(name: "BuiltinRulePacksTests",
                dependencies: ["BuiltinRulePacks", "DocGraphPipeline", "DocGraphTestSupport"],
                swiftSettings: strictSettings),
    .testTarget(name: "AcronymExtractorTests", dependencies: ["AcronymExtractor", "DocGraphTestSupport"],
                path: "examples/swift-plugin/Tests/AcronymExtractorTests", swiftSettings: strictSettings),
]

/// What the tests of the meetings, decisions and authors extractors build on: the core rule
/// pack's word lists, loaded through the pipeline.
let extractorTestDependencies: [Target.Dependency] = ["BuiltinRulePacks", "DocGraphPipeline", "DocGraphTestSupport"]

targets += [
    .testTarget(name: "AuthorExtractorTests", dependencies: ["AuthorExtractor"] + extractorTestDependencies,
                swiftSettings: strictSettings),
    .testTarget(name: "MeetingExtractorTests",
                dependencies: ["MeetingExtractor", "AuthorExtractor"] + extractorTestDependencies,
                swiftSettings: strictSettings),
    .testTarget(name: "DecisionExtractorTests",
                dependencies: ["DecisionExtractor", "AuthorExtractor"] + extractorTestDependencies,
                swiftSettings: strictSettings),
    .testTarget(name: "SeedMeetingsAndDecisionsTests",
                dependencies: ["TextReader", "OrganisationExtractor", "PeopleExtractor", "PlaceExtractor", "AuthorExtractor",
                               "MeetingExtractor", "DecisionExtractor"] + extractorTestDependencies,
                swiftSettings: strictSettings),
]

targets += [
    .testTarget(name: "OrganisationExtractorTests",
                dependencies: ["OrganisationExtractor", "DocGraphPipeline", "BuiltinRulePacks", "DocGraphTestSupport"],
                path: "Tests/OrganisationExtractorTests", swiftSettings: strictSettings),
    .testTarget(name: "PeopleExtractorTests",
                dependencies: ["PeopleExtractor", "OrganisationExtractor", "DocGraphPipeline", "BuiltinRulePacks",
                               "DocGraphTestSupport"],
                path: "Tests/PeopleExtractorTests", swiftSettings: strictSettings),
    .testTarget(name: "PlaceExtractorTests", dependencies: ["PlaceExtractor", "DocGraphTestSupport"],
                path: "Tests/PlaceExtractorTests", swiftSettings: strictSettings),
    .testTarget(name: "EntityResolutionTests",
                dependencies: [
                    "DocGraphPipeline", "DocGraphStore", "DocGraphBuiltins", "DocGraphEvaluation", "OrganisationExtractor",
                    "PeopleExtractor", "PlaceExtractor", "DocGraphTestSupport",
                ],
                path: "Tests/EntityResolutionTests", swiftSettings: strictSettings),
]

targets += [
    .testTarget(name: "CommitmentExtractorTests",
                dependencies: ["CommitmentExtractor", "AuthorExtractor", "BuiltinRulePacks", "DocGraphPipeline", "DocGraphTestSupport"],
                swiftSettings: strictSettings),
    .testTarget(name: "FollowUpLinkerTests",
                dependencies: ["FollowUpLinker", "CommitmentExtractor", "AuthorExtractor", "BuiltinRulePacks", "DocGraphPipeline",
                               "DocGraphStore", "DocGraphTestSupport"],
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
    .testTarget(name: "DocGraphReportsTests",
                dependencies: ["DocGraphReports", "DocGraphBuiltins", "DocGraphEvaluation", "DocGraphPipeline", "DocGraphStore",
                               "DocGraphTestSupport"],
                swiftSettings: strictSettings),
]

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
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: targets
)
