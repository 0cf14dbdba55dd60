// swift-tools-version: 6.0
import PackageDescription

/// Release builds of the executables link the Swift runtime and
/// FoundationEssentials in, as `swift build --static-swift-stdlib` does: a
/// run then maps no runtime libraries and binds none of their symbols, so
/// `concord` starts in about half the time and with 4 MB less resident
/// (docs/performance.md). The static FoundationEssentials needs the three
/// libraries named here, which the shared one links itself; the toolchain's
/// own `lld` links them without the warning GNU linkers print about a
/// `mktemp` inside it. Debug builds, for the tests, stay dynamic.
let staticRuntime: [LinkerSetting] = [
    .unsafeFlags(
        ["-static-stdlib", "-use-ld=lld", "-l_FoundationCShims", "-l_FoundationCollections", "-lswiftSynchronization"],
        .when(configuration: .release)),
]

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
            dependencies: ["ConcordCommandLine"],
            linkerSettings: staticRuntime
        ),
        // The benchmark program (issue 7): `swift run -c release concord-bench`.
        .executableTarget(
            name: "ConcordBench",
            dependencies: ["ConcordKit", "ConcordCommandLine"],
            // Statically linked as `concord` is: it measures itself run
            // as `concord` (`concord-bench --concord ARGS`).
            linkerSettings: staticRuntime
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
