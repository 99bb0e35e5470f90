// swift-tools-version: 6.1
// libFuzzer targets for Chronicle. Build (Linux, from the repository root):
//   swift build -c debug -Xswiftc -sanitize=fuzzer,address --package-path Fuzz
// Run: Fuzz/.build/debug/FuzzPipeline -max_total_time=600 -max_len=4096 CORPUS_DIR
// See Docs/Reliability.md.
import PackageDescription

let package = Package(
  name: "ChronicleFuzz",
  dependencies: [.package(name: "Chronicle", path: "..")],
  targets: [
    .executableTarget(
      name: "FuzzTemporalTagger",
      dependencies: [.product(name: "ChronicleExtraction", package: "Chronicle")]),
    .executableTarget(
      name: "FuzzReaders",
      dependencies: [.product(name: "ChronicleExtraction", package: "Chronicle")]),
    .executableTarget(
      name: "FuzzPipeline",
      dependencies: [.product(name: "ChronicleExtraction", package: "Chronicle")]),
  ],
  swiftLanguageModes: [.v6]
)
