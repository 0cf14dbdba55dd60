// swift-tools-version: 6.0
import PackageDescription

// Concord has no package dependencies: the toolchain's Foundation and
// Swift Testing only ("packages: none").
let package = Package(
    name: "Concord",
    products: [
        .library(name: "ConcordKit", targets: ["ConcordKit"]),
        .executable(name: "concord", targets: ["concord"]),
    ],
    targets: [
        .target(
            name: "ConcordKit",
            resources: [.copy("Resources/lexicon.json")]
        ),
        .target(
            name: "ConcordCommandLine",
            dependencies: ["ConcordKit"]
        ),
        .executableTarget(
            name: "concord",
            dependencies: ["ConcordCommandLine"]
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
