// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Chronicle",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "chronicle", targets: ["chronicle"]),
    .library(name: "ChronicleExtraction", targets: ["ChronicleExtraction"]),
    .library(name: "ChronicleStore", targets: ["ChronicleStore"]),
    .library(name: "ChronicleExport", targets: ["ChronicleExport"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CSQLite",
      pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"])]
    ),
    // SHA-256 with the CPU's SHA instructions (x86-64); see README "Dependencies".
    // DWARF 4 debug information, which valgrind (the project's instruction counter) reads.
    .target(name: "CSHA256", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
    .target(name: "ChronicleExtraction", dependencies: ["CSHA256"]),
    .target(name: "ChronicleStore", dependencies: ["CSQLite", "ChronicleExtraction"]),
    .target(name: "ChronicleExport", dependencies: ["ChronicleStore", "ChronicleExtraction"]),
    .target(name: "ChronicleEval", dependencies: ["ChronicleExtraction"]),
    .target(name: "ChronicleBench", dependencies: ["ChronicleExtraction", "ChronicleStore"]),
    .executableTarget(
      name: "chronicle",
      dependencies: [
        "ChronicleExtraction", "ChronicleStore", "ChronicleExport", "ChronicleEval", "ChronicleBench",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Scratch files for the tests, removed when the test process exits.
    .target(name: "ChronicleTestSupport", path: "Tests/Support"),
    .testTarget(name: "ChronicleExtractionTests", dependencies: ["ChronicleExtraction"]),
    .testTarget(name: "ChronicleStoreTests", dependencies: ["ChronicleStore", "ChronicleExtraction"]),
    .testTarget(
      name: "ChronicleExportTests",
      dependencies: ["ChronicleExport", "ChronicleStore", "ChronicleExtraction", "ChronicleBench", "ChronicleTestSupport"],
      exclude: ["Golden"]),
    .testTarget(
      name: "ChronicleEvalTests", dependencies: ["ChronicleEval", "ChronicleExtraction", "ChronicleTestSupport"]),
    .testTarget(
      name: "chronicleCLITests", dependencies: ["chronicle", "ChronicleExtraction", "ChronicleTestSupport"],
      exclude: ["Reliability/Corpus"]),
    .testTarget(name: "ChronicleBenchTests", dependencies: ["ChronicleBench", "ChronicleStore", "ChronicleExtraction"]),
  ],
  swiftLanguageModes: [.v6]
)
