// swift-tools-version: 6.0
import PackageDescription

// Concord has no package dependencies: the toolchain's Foundation and
// Swift Testing only ("packages: none").
let package = Package(
    name: "Concord",
    products: [
        .library(name: "ConcordKit", targets: ["ConcordKit"]),
        .executable(name: "concord", targets: ["concord"]),
        .executable(name: "concord-bench", targets: ["ConcordBench"]),
    ],
    targets: [
        .target(
            name: "ConcordKit",
            // Built in as `BundledLexicon.swift`, so that the library needs
            // no resource bundle (and so no `Bundle`, which only Foundation
            // has: FoundationEssentials starts faster and smaller).
            exclude: ["Resources/lexicon.json"]
        ),
        .target(
            name: "ConcordCommandLine",
            dependencies: ["ConcordKit"]
        ),
        .executableTarget(
            name: "concord",
            dependencies: ["ConcordCommandLine"]
        ),
        // The benchmark program (issue 7): `swift run -c release concord-bench`.
        .executableTarget(
            name: "ConcordBench",
            dependencies: ["ConcordKit", "ConcordCommandLine"]
        ),
        .testTarget(
            name: "ConcordKitTests",
            dependencies: ["ConcordKit"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ConcordCommandLineTests",
            dependencies: ["ConcordCommandLine", "ConcordKit"]
        ),
    ]
)
