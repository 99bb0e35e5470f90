import CSHA256

/// SHA-256 (FIPS 180-4), used for content hashes of stored documents.
///
/// A plain, allocation-light implementation: the input is processed in 64-byte
/// blocks straight from contiguous storage when the sequence has it, and may come
/// in pieces (``Hasher``). On x86-64 processors with the SHA extensions the blocks are
/// compressed by those instructions (the small C target `CSHA256`, ~6 instructions a
/// byte instead of ~49); elsewhere by the Swift rounds below. Both give the same digest.
public enum SHA256 {
  /// Whether this machine compresses blocks with the CPU's SHA instructions.
  static let usesHardware = chronicle_sha256_hw_available() != 0
  /// The digest of `bytes`, as 64 lowercase hexadecimal digits.
  public static func hex(_ bytes: some Sequence<UInt8>) -> String {
    var hasher = Hasher()
    hasher.update(bytes)
    return hasher.finalizeHex()
  }

  /// The 32-byte digest of `bytes`.
  public static func digest(_ bytes: some Sequence<UInt8>) -> [UInt8] {
    var hasher = Hasher()
    hasher.update(bytes)
    return hasher.finalize()
  }

  /// An incremental SHA-256: feed the input in pieces (no need to join them into one
  /// array first), then finalize once.
  struct Hasher {
    private var state = State()
    /// Bytes hashed so far.
    private var length: UInt64 = 0
    /// The start of an incomplete block (fewer than 64 bytes).
    private var pending: [UInt8] = []

    init() { pending.reserveCapacity(64) }

    /// Hashes the bytes of `bytes` next.
    mutating func update(_ bytes: some Sequence<UInt8>) {
      let handled: Void? = bytes.withContiguousStorageIfAvailable { update($0) }
      if handled == nil { Array(bytes).withUnsafeBufferPointer { update($0) } }
    }

    /// Hashes `p` next: whole blocks straight from `p`, a remainder kept for later.
    mutating func update(_ p: UnsafeBufferPointer<UInt8>) {
      length &+= UInt64(p.count)
      var i = 0
      if !pending.isEmpty {
        let take = min(64 - pending.count, p.count)
        pending.append(contentsOf: p[0..<take])
        i = take
        guard pending.count == 64 else { return }
        pending.withUnsafeBufferPointer { state.blocks($0) }
        pending.removeAll(keepingCapacity: true)
      }
      let whole = (p.count - i) / 64 * 64
      if whole > 0 { state.blocks(UnsafeBufferPointer(rebasing: p[i..<(i + whole)])) }
      pending.append(contentsOf: p[(i + whole)...])
    }

    /// Pads, hashes the last blocks and returns the 32-byte digest.
    mutating func finalize() -> [UInt8] {
      // Pad: 0x80, zeros, then the bit length as a big-endian UInt64.
      var tail = pending
      tail.append(0x80)
      while tail.count % 64 != 56 { tail.append(0) }
      let bits = length &* 8
      for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
      tail.withUnsafeBufferPointer { state.blocks($0) }
      return state.digest()
    }

    /// ``finalize()`` as 64 lowercase hexadecimal digits.
    mutating func finalizeHex() -> String {
      let digest = finalize()
      return String(unsafeUninitializedCapacity: 64) { out in
        let digits: StaticString = "0123456789abcdef"
        digits.withUTF8Buffer { digits in
          for (i, b) in digest.enumerated() {
            out[2 * i] = digits[Int(b >> 4)]
            out[2 * i + 1] = digits[Int(b & 0x0f)]
          }
        }
        return 64
      }
    }
  }

  /// The 64 round constants (FIPS 180-4 §4.2.2), from the C target that shares them.
  private static var k: UnsafePointer<UInt32> { chronicle_sha256_round_constants() }

  /// The eight working hash words.
  struct State {
    var h = SIMD8<UInt32>(
      0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19)

    /// Hashes the whole 64-byte blocks of `p` (`p.count` is a multiple of 64), with the
    /// CPU's SHA instructions when it has them.
    mutating func blocks(_ p: UnsafeBufferPointer<UInt8>) {
      if SHA256.usesHardware {
        hardwareBlocks(p)
      } else {
        portableBlocks(p)
      }
    }

    /// ``blocks(_:)`` with the CPU's SHA instructions (only when ``SHA256/usesHardware``).
    mutating func hardwareBlocks(_ p: UnsafeBufferPointer<UInt8>) {
      guard let base = p.baseAddress, p.count >= 64 else { return }
      withUnsafeMutableBytes(of: &h) { words in
        chronicle_sha256_blocks_hw(words.baseAddress!.assumingMemoryBound(to: UInt32.self), base, p.count / 64)
      }
    }

    /// ``blocks(_:)`` in Swift, on any processor.
    mutating func portableBlocks(_ p: UnsafeBufferPointer<UInt8>) {
      guard let base = p.baseAddress else { return }
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
        var i = 0
        while i + 64 <= p.count {
          block(base + i, w.baseAddress!, SHA256.k)
          i += 64
        }
      }
    }

    /// Compresses the block at `base`; `w` is room for 64 words, `k` the round constants.
    mutating func block(_ base: UnsafePointer<UInt8>, _ w: UnsafeMutablePointer<UInt32>, _ k: UnsafePointer<UInt32>) {
      // The message schedule, then K[t] added to each word in place (a vector loop), so
      // that a round reads one word and keeps no second pointer in a register.
      let raw = UnsafeRawPointer(base)
      for t in 0..<16 { w[t] = UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: t * 4, as: UInt32.self)) }
      for t in 16..<64 {
        let x = w[t - 15]
        let y = w[t - 2]
        // σ0 = x ⋙ 7 ^ x ⋙ 18 ^ x ≫ 3 and σ1 = y ⋙ 17 ^ y ⋙ 19 ^ y ≫ 10, each rotation pair
        // as one rotation of a rotated xor (one copy of the word less).
        let s0 = Self.rotr(x ^ Self.rotr(x, 11), 7) ^ (x &>> 3)
        let s1 = Self.rotr(y ^ Self.rotr(y, 2), 17) ^ (y &>> 10)
        w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
      }
      for t in 0..<64 { w[t] &+= k[t] }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
      // b ^ c of the first round; each round leaves its a ^ b, the next round's b ^ c.
      var bc = b ^ c
      // Eight rounds per pass: each round changes two of the working words (`d` and `h` of
      // FIPS 180-4, which then serve as `e` and `a`), so the roles are renamed from one call
      // to the next instead of shifting all eight words every round.
      // One moving pointer (no index beside it) leaves a register for the working words.
      var kw = UnsafePointer(w)
      let end = kw + 64
      while kw < end {
        Self.round(a, b, &d, e, f, g, &hh, &bc, kw[0])
        Self.round(hh, a, &c, d, e, f, &g, &bc, kw[1])
        Self.round(g, hh, &b, c, d, e, &f, &bc, kw[2])
        Self.round(f, g, &a, b, c, d, &e, &bc, kw[3])
        Self.round(e, f, &hh, a, b, c, &d, &bc, kw[4])
        Self.round(d, e, &g, hh, a, b, &c, &bc, kw[5])
        Self.round(c, d, &f, g, hh, a, &b, &bc, kw[6])
        Self.round(b, c, &e, f, g, hh, &a, &bc, kw[7])
        kw += 8
      }
      h &+= SIMD8(a, b, c, d, e, f, g, hh)
    }

    /// The hash words as 32 big-endian bytes.
    func digest() -> [UInt8] {
      var out = [UInt8]()
      out.reserveCapacity(32)
      for i in 0..<8 {
        let v = h[i]
        out.append(UInt8(truncatingIfNeeded: v >> 24))
        out.append(UInt8(truncatingIfNeeded: v >> 16))
        out.append(UInt8(truncatingIfNeeded: v >> 8))
        out.append(UInt8(truncatingIfNeeded: v))
      }
      return out
    }

    /// One round of the compression with working words `a`…`h` (`c` enters only as
    /// `bc` = b ^ c, which the round replaces by a ^ b for the next one), `kw` = K[t] + W[t]:
    /// adds T1 to `d` and sets `h` to T1 + T2. Σ1 and Σ0 are three rotations each, written as
    /// rotations of rotated xors; Ch and Maj in their short forms (Maj = b ^ (a ^ b) & (b ^ c)).
    @inline(__always) static func round(
      _ a: UInt32, _ b: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
      _ h: inout UInt32, _ bc: inout UInt32, _ kw: UInt32
    ) {
      let s1 = rotr(e ^ rotr(e ^ rotr(e, 14), 5), 6)  // e ⋙ 6 ^ e ⋙ 11 ^ e ⋙ 25
      let ch = g ^ (e & (f ^ g))
      let t1 = h &+ s1 &+ ch &+ kw
      let s0 = rotr(a ^ rotr(a ^ rotr(a, 9), 11), 2)  // a ⋙ 2 ^ a ⋙ 13 ^ a ⋙ 22
      let ab = a ^ b
      let maj = b ^ (ab & bc)
      bc = ab
      d = d &+ t1
      h = t1 &+ s0 &+ maj
    }

    /// `x` rotated right by `n` (0 < n < 32).
    @inline(__always) static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }
  }
}
