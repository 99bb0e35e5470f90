/// A learned event-trigger classifier: two linear models over the hashed features of a
/// candidate token (``TriggerFeatures``). The first says whether the token is a TimeML EVENT
/// (score above ``threshold``, or ``keepThreshold`` for a trigger the rules found), the second which TimeML class it has (the highest of one score per class).
///
/// Weights sit in flat tables indexed by the top bits of a feature hash. The shipped model
/// (``shipped``) is trained on TimeBank + AQUAINT by `chronicle eval events DIR --train-model
/// FILE` (`scripts/train-trigger-model.sh`) and embedded as generated source
/// (`TriggerModelWeights.swift`).
public struct TriggerModel: Sendable {
  /// The feature-set version of this build's feature extractor: a model trained with
  /// another version must be retrained.
  public static let featureVersion = TriggerFeatures.version
  /// The TimeML classes the class model scores, in table order.
  public static let classes: [EventClass] = EventClass.allCases

  /// log2 of the event table's size.
  public let bits: Int
  /// Event-or-not weights, `1 << bits` entries.
  public let weights: [Float]
  /// log2 of the class table's rows.
  public let classBits: Int
  /// Class weights, `(1 << classBits) * classes.count` entries, row-major (a row per hash).
  public let classWeights: [Float]
  /// A candidate the rules did not take becomes a trigger when its score is above this.
  public var threshold: Float
  /// A rule trigger is kept when its score is above this (≤ ``threshold``: the model needs
  /// more confidence to drop a rule trigger than to add one).
  public var keepThreshold: Float

  /// A model with the given tables (`weights.count == 1 << bits`, `classWeights.count ==
  /// (1 << classBits) * classes.count`; an empty class table scores no classes).
  public init(
    bits: Int, weights: [Float], classBits: Int, classWeights: [Float], threshold: Float = 0, keepThreshold: Float? = nil
  ) {
    precondition(weights.count == 1 << bits, "weights must have 1 << bits entries")
    precondition(classWeights.isEmpty || classWeights.count == (1 << classBits) * Self.classes.count,
      "classWeights must have (1 << classBits) * classes entries")
    self.bits = bits
    self.weights = weights
    self.classBits = classBits
    self.classWeights = classWeights
    self.threshold = threshold
    self.keepThreshold = keepThreshold ?? threshold
    // Scored from Int16 copies: half the memory of the floats, so more of the table stays in
    // cache (the lookups are random).
    let m = weights.reduce(Float(0)) { max($0, abs($1)) }
    packedScale = m > 0 ? m / 32767 : 0
    let unit = m / 32767
    packed = m > 0 ? weights.map { Self.roundedToInt16($0 / unit) } : [Int16](repeating: 0, count: weights.count)
    classBitWeights = Self.classBitWeights(packed: packed, bits: bits)
    smallValueWeights = Self.smallValueWeights(packed: packed, bits: bits)
  }

  /// `Int16(x.rounded())` (half away from zero) for `x` within ±32767.5, without the
  /// library call `rounded()` makes on every weight when a model loads: the fraction
  /// `x - trunc(x)` is exact in `Float`, so comparing it with ±0.5 rounds exactly as
  /// `rounded()` does (a test compares the two).
  @inline(__always) static func roundedToInt16(_ x: Float) -> Int16 {
    let t = Int32(x)
    let f = x - Float(t)
    return Int16(truncatingIfNeeded: f >= 0.5 ? t + 1 : f <= -0.5 ? t - 1 : t)
  }

  /// The values the tables of ``smallValueWeights`` cover: rule codes (``EventRun/ruleCode(_:)``,
  /// below 512), readings (a verb-form code and a noun bit, below 16) and shapes (a
  /// token's context bits and three position bits, below 4096).
  static let ruleValues: UInt64 = 512
  static let readingValues: UInt64 = 16
  static let shapeValues: UInt64 = 4096
  /// Where the reading × rule and the shape entries start in ``smallValueWeights``.
  static let readingTableStart = Int(ruleValues)
  static let shapeTableStart = Int(ruleValues + readingValues * ruleValues)

  /// The ``packed`` entries of the rule features (value `r` at `r`), the reading features
  /// (`pair(reading, rule)` at ``readingTableStart`` + reading × 512 + rule) and the shape
  /// features (value `s` at ``shapeTableStart`` + `s`): the fused score reads these instead
  /// of hashing them (empty without index bits).
  let smallValueWeights: [Int16]

  static func smallValueWeights(packed: [Int16], bits: Int) -> [Int16] {
    guard bits > 0 else { return [] }
    typealias F = TriggerFeatures
    var table: [Int16] = []
    table.reserveCapacity(shapeTableStart + Int(shapeValues))
    for rule in 0..<ruleValues { table.append(packed[index(F.feature(F.tRule, rule), bits: bits)]) }
    for reading in 0..<readingValues {
      for rule in 0..<ruleValues { table.append(packed[index(F.feature(F.tReading, F.pair(reading, rule)), bits: bits)]) }
    }
    for shape in 0..<shapeValues { table.append(packed[index(F.feature(F.tShape, shape), bits: bits)]) }
    return table
  }

  /// The ``packed`` entry of every class-bit feature (template ``TriggerFeatures/tClassBit``
  /// + offset, offset -1…1; value a bit index 0…31), at `32 * (offset + 1) + bit`: the
  /// fused score reads these instead of hashing each bit (empty without index bits).
  let classBitWeights: [Int16]

  static func classBitWeights(packed: [Int16], bits: Int) -> [Int16] {
    guard bits > 0 else { return [] }
    var table: [Int16] = []
    table.reserveCapacity(96)
    for offset in -1...1 {
      let template = TriggerFeatures.tClassBit &+ UInt64(bitPattern: Int64(offset))
      for bit in 0..<32 { table.append(packed[index(TriggerFeatures.feature(template, UInt64(bit)), bits: bits)]) }
    }
    return table
  }

  /// The event table as Int16 (times ``packedScale``), which ``score(_:)`` reads.
  let packed: [Int16]
  let packedScale: Float

  /// The event table's index of feature `h`.
  @inline(__always) public static func index(_ h: UInt64, bits: Int) -> Int { Int(truncatingIfNeeded: h >> UInt64(64 - bits)) }

  /// The event score of a candidate: above ``threshold`` means an event.
  public func score(_ features: [UInt64]) -> Float {
    features.withUnsafeBufferPointer { score($0) }
  }

  /// The event score of a candidate's features.
  @inline(__always) func score(_ features: UnsafeBufferPointer<UInt64>) -> Float {
    let shift = UInt64(64 - bits)
    return packed.withUnsafeBufferPointer { w in
      var s: Int32 = 0
      for h in features { s &+= Int32(w[Int(truncatingIfNeeded: h >> shift)]) }
      return score(sum: s)
    }
  }

  /// The event score of a sum of ``packed`` entries (see ``TriggerEventScore``).
  @inline(__always) func score(sum: Int32) -> Float { Float(sum) * packedScale }

  /// The class scores of a candidate, in ``classes`` order.
  public func classScores(_ features: [UInt64]) -> [Float] {
    features.withUnsafeBufferPointer { classScores($0) }
  }

  func classScores(_ features: UnsafeBufferPointer<UInt64>) -> [Float] {
    let k = Self.classes.count
    var out = [Float](repeating: 0, count: k)
    guard !classWeights.isEmpty else { return out }
    let shift = UInt64(64 - classBits)
    classWeights.withUnsafeBufferPointer { w in
      for h in features {
        let row = Int(truncatingIfNeeded: h >> shift) * k
        for c in 0..<k { out[c] += w[row + c] }
      }
    }
    return out
  }

  /// The best-scoring class of a candidate (`nil` without a class table).
  public func classify(_ features: [UInt64]) -> EventClass? {
    features.withUnsafeBufferPointer { classify($0) }
  }

  func classify(_ features: UnsafeBufferPointer<UInt64>) -> EventClass? {
    guard !classWeights.isEmpty else { return nil }
    // ``classScores(_:)`` summed in a temporary buffer (no array allocated per candidate):
    // each class's sum adds the same entries in the same order, so the same floats.
    let k = Self.classes.count
    let best = withUnsafeTemporaryAllocation(of: Float.self, capacity: k) { out in
      out.initialize(repeating: 0)
      let shift = UInt64(64 - classBits)
      classWeights.withUnsafeBufferPointer { w in
        for h in features {
          let row = Int(truncatingIfNeeded: h >> shift) * k
          for c in 0..<k { out[c] += w[row + c] }
        }
      }
      var best = 0
      for c in 1..<k where out[c] > out[best] { best = c }
      return best
    }
    return Self.classes[best]
  }

  // MARK: Encoding

  /// The tables as base64 of little-endian Int16 (event table, then class table), each
  /// scaled so its largest magnitude is 32767; with the two scales that undo it.
  public func encoded() -> (data: String, scale: Float, classScale: Float) {
    func quantize(_ a: [Float]) -> ([Int16], Float) {
      let m = a.reduce(Float(0)) { max($0, abs($1)) }
      guard m > 0 else { return ([Int16](repeating: 0, count: a.count), 0) }
      let scale = m / 32767
      return (a.map { Int16(($0 / scale).rounded()) }, scale)
    }
    let (q, scale) = quantize(weights)
    let (cq, classScale) = quantize(classWeights)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(2 * (q.count + cq.count))
    for v in q + cq {
      let u = UInt16(bitPattern: v)
      bytes.append(UInt8(u & 0xFF))
      bytes.append(UInt8(u >> 8))
    }
    return (Base64.encode(bytes), scale, classScale)
  }

  /// Decodes ``encoded()``'s output (whitespace in `data` is skipped); `nil` if `data` does
  /// not hold the tables of these sizes.
  public init?(
    bits: Int, classBits: Int, data: String, scale: Float, classScale: Float, threshold: Float = 0,
    keepThreshold: Float? = nil
  ) {
    guard let bytes = Base64.decode(data) else { return nil }
    let n = 1 << bits
    let cn = classScale == 0 && bytes.count == 2 * n ? 0 : (1 << classBits) * Self.classes.count
    guard bytes.count == 2 * (n + cn) else { return nil }
    // Each table written once from the bytes (no zero-filled arrays first), reading each
    // little-endian Int16 in one load.
    func table(_ count: Int, from first: Int, times scale: Float) -> [Float] {
      [Float](unsafeUninitializedCapacity: count) { out, initialized in
        bytes.withUnsafeBytes { raw in
          let values = raw.baseAddress! + 2 * first
          for i in 0..<count {
            out[i] = Float(Int16(littleEndian: values.loadUnaligned(fromByteOffset: 2 * i, as: Int16.self))) * scale
          }
        }
        initialized = count
      }
    }
    let w = table(n, from: 0, times: scale)
    let cw = table(cn, from: n, times: classScale)
    self.init(
      bits: bits, weights: w, classBits: classBits, classWeights: cw, threshold: threshold, keepThreshold: keepThreshold)
  }

  /// The model shipped in the binary (``TriggerModelWeights``), decoded on first use; `nil`
  /// when none is embedded or it was trained with another feature version.
  public static let shipped: TriggerModel? = {
    guard TriggerModelWeights.featureVersion == featureVersion, !TriggerModelWeights.data.isEmpty else { return nil }
    return TriggerModel(
      bits: TriggerModelWeights.bits, classBits: TriggerModelWeights.classBits, data: TriggerModelWeights.data,
      scale: TriggerModelWeights.scale, classScale: TriggerModelWeights.classScale, threshold: TriggerModelWeights.threshold,
      keepThreshold: TriggerModelWeights.keepThreshold)
  }()
}

/// Standard base64 (RFC 4648, with padding), for the embedded weights.
enum Base64 {
  static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  static func encode(_ bytes: [UInt8]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity((bytes.count + 2) / 3 * 4)
    var i = 0
    while i < bytes.count {
      let b0 = UInt32(bytes[i])
      let b1 = i + 1 < bytes.count ? UInt32(bytes[i + 1]) : 0
      let b2 = i + 2 < bytes.count ? UInt32(bytes[i + 2]) : 0
      let v = b0 << 16 | b1 << 8 | b2
      out.append(alphabet[Int(v >> 18 & 63)])
      out.append(alphabet[Int(v >> 12 & 63)])
      out.append(i + 1 < bytes.count ? alphabet[Int(v >> 6 & 63)] : UInt8(ascii: "="))
      out.append(i + 2 < bytes.count ? alphabet[Int(v & 63)] : UInt8(ascii: "="))
      i += 3
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Value of each byte in the alphabet, -1 for any other byte.
  static let values: [Int8] = {
    var table = [Int8](repeating: -1, count: 256)
    for (i, c) in alphabet.enumerated() { table[Int(c)] = Int8(i) }
    return table
  }()

  /// Decodes base64, skipping whitespace; `nil` on any other byte outside the alphabet.
  /// (It decodes the embedded model when extraction starts: it scans a contiguous buffer.)
  static func decode(_ s: String) -> [UInt8]? {
    var s = s
    return s.withUTF8 { decode(bytes: $0) }
  }

  /// The 12 bits of two alphabet bytes `a`, `b` at `a << 8 | b`; 0xFFFF for any other pair
  /// (a byte outside the alphabet, whitespace, padding). Whole groups decode by two lookups.
  static let pairValues: [UInt16] = {
    var table = [UInt16](repeating: 0xFFFF, count: 1 << 16)
    for (i, a) in alphabet.enumerated() {
      for (j, b) in alphabet.enumerated() { table[Int(a) << 8 | Int(b)] = UInt16(i << 6 | j) }
    }
    return table
  }()

  /// A group "AAAA" (three zero bytes) read as one little- or big-endian word: the weight
  /// tables are mostly zeros, which the output holds before anything is written.
  static let zeroGroup = UInt32(UInt8(ascii: "A")) * 0x0101_0101

  static func decode(bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    var out = [UInt8](repeating: 0, count: bytes.count / 4 * 3 + 3)
    var count = 0
    var acc: UInt32 = 0
    var n = 0
    guard let base = bytes.baseAddress else { return [] }
    let ok = values.withUnsafeBufferPointer { table in
      pairValues.withUnsafeBufferPointer { pairs in
        out.withUnsafeMutableBufferPointer { o in
          var i = 0
          let end = bytes.count
          while i < end {
            // Whole groups of four alphabet bytes at a group's start (all but the lines' ends
            // and the padding): a zero group is skipped, any other is three output bytes from
            // two pair lookups, with one test for all four bytes.
            if n == 0 {
              while end - i >= 4 {
                if UnsafeRawPointer(base + i).loadUnaligned(as: UInt32.self) == zeroGroup {
                  count += 3
                  i += 4
                  continue
                }
                let high = pairs[Int(bytes[i]) << 8 | Int(bytes[i + 1])]
                let low = pairs[Int(bytes[i + 2]) << 8 | Int(bytes[i + 3])]
                guard high | low < 0x1000 else { break }
                let v = UInt32(high) << 12 | UInt32(low)
                o[count] = UInt8(truncatingIfNeeded: v >> 16)
                o[count + 1] = UInt8(truncatingIfNeeded: v >> 8)
                o[count + 2] = UInt8(truncatingIfNeeded: v)
                count += 3
                i += 4
              }
              guard i < end else { break }
            }
            // Anything else byte by byte: whitespace, padding, a group split by a line break.
            let c = bytes[i]
            i += 1
            if c == UInt8(ascii: "=") { break }
            if c == 10 || c == 13 || c == 32 || c == 9 { continue }
            let v = table[Int(c)]
            guard v >= 0 else { return false }
            acc = acc << 6 | UInt32(v)
            n += 1
            if n == 4 {
              o[count] = UInt8(acc >> 16 & 0xFF)
              o[count + 1] = UInt8(acc >> 8 & 0xFF)
              o[count + 2] = UInt8(acc & 0xFF)
              count += 3
              acc = 0
              n = 0
            }
          }
          if n == 3 {
            o[count] = UInt8(acc >> 10 & 0xFF)
            o[count + 1] = UInt8(acc >> 2 & 0xFF)
            count += 2
          } else if n == 2 {
            o[count] = UInt8(acc >> 4 & 0xFF)
            count += 1
          }
          return true
        }
      }
    }
    guard ok else { return nil }
    out.removeLast(out.count - count)
    return out
  }
}
