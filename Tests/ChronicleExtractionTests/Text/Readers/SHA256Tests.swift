import Testing

@testable import ChronicleExtraction

@Suite struct SHA256Tests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      // FIPS 180-2 appendix B.3 long message (896 bits, two blocks after padding)
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
    ("The quick brown fox jumps over the lazy dog", "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"),
  ])
  func knownVectors(input: String, digest: String) {
    #expect(SHA256.hex(Array(input.utf8)) == digest)
    #expect(SHA256.hex(input.utf8) == digest)
  }

  /// Lengths around the 64-byte block and the 56-byte padding boundary.
  @Test(arguments: [
    (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
    (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
    (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
    (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
    (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
    (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
    (1_000_000, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
  ])
  func repeatedA(count: Int, digest: String) {
    #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: count)) == digest)
  }

  @Test func nonContiguousSequences() {
    let lazy = (0..<3).lazy.map { UInt8(ascii: "a") + UInt8($0) }  // "abc"
    #expect(SHA256.hex(lazy) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(SHA256.digest([]).count == 32)
  }

  /// Input fed in pieces (split inside and across blocks) hashes like the joined input.
  @Test(arguments: [0, 1, 55, 63, 64, 65, 130])
  func piecesEqualTheWhole(split: Int) {
    let bytes = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 7) }
    for second in [split, min(200, split + 1), min(200, split + 64)] {
      var hasher = SHA256.Hasher()
      hasher.update(bytes[0..<split])
      hasher.update(bytes[split..<second])
      hasher.update(CollectionOfOne(bytes[second...].first ?? 0).prefix(0))
      hasher.update(bytes[second...])
      #expect(hasher.finalizeHex() == SHA256.hex(bytes), "\(split) \(second)")
    }
  }
}

@Suite struct SHA256HardwareTests {
  /// The CPU's SHA instructions and the Swift rounds leave the same hash words after any
  /// number of blocks (when the CPU has no such instructions, the hardware path is not
  /// used and only the Swift rounds are checked against the known vectors above).
  @Test(arguments: [1, 2, 3, 17])
  func hardwareEqualsPortable(blocks: Int) throws {
    try #require(
      SHA256.usesHardware || !Self.cpuClaimsSHA(),
      "the CPU lists the SHA extensions but the hardware path is off")
    guard SHA256.usesHardware else { return }
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(blocks)
    let bytes = (0..<(64 * blocks)).map { _ -> UInt8 in
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: seed >> 33)
    }
    var hardware = SHA256.State()
    var portable = SHA256.State()
    bytes.withUnsafeBufferPointer {
      hardware.hardwareBlocks($0)
      portable.portableBlocks($0)
    }
    #expect(hardware.h == portable.h)
    #expect(hardware.h != SHA256.State().h)
  }

  /// Whether /proc/cpuinfo (Linux) lists `sha_ni`; false where it cannot be read.
  static func cpuClaimsSHA() -> Bool {
    guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return false }
    return info.split(separator: "\n").contains { $0.hasPrefix("flags") && $0.split(separator: " ").contains("sha_ni") }
  }
}
