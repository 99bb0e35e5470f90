import ChronicleExtraction
import Foundation

/// One labelled trigger candidate: its features, whether it is a gold EVENT, and the gold
/// class index (in ``TriggerModel/classes``) when it is.
public struct TriggerExample: Sendable {
  public var features: [UInt64]
  public var isEvent: Bool
  public var classIndex: Int?

  public init(features: [UInt64], isEvent: Bool, classIndex: Int?) {
    self.features = features
    self.isEvent = isEvent
    self.classIndex = classIndex
  }
}

/// Trains a ``TriggerModel``: an averaged perceptron for event-or-not and a multi-class
/// averaged perceptron for the TimeML class (trained on the events), deterministic (the
/// examples are shuffled each epoch by a fixed-seed generator).
public enum TriggerModelTrainer {
  /// Training settings.
  public struct Options: Sendable {
    public var bits = 18
    public var classBits = 16
    public var epochs = 5
    public var seed: UInt64 = 0x5EED
    /// The decision threshold of the trained model: below 0 trades precision for recall
    /// (-2 chosen by 5-fold cross-validation among 0, -1, -2, -3, -4: F1 0.853, 0.854, 0.856,
    /// 0.857, 0.856; -2 keeps more precision).
    public var threshold: Float = -2
    /// The threshold below which a rule trigger is dropped: lower than `threshold`, as
    /// dropping a rule trigger costs codings and timeline events (-4: cross-validated F1
    /// 0.857 against 0.856 with -2, and SemEval timeline recall 0.404 against 0.387).
    public var keepThreshold: Float = -4
    public init() {}
  }

  /// SplitMix64: a small deterministic generator.
  struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// Trains both models on `examples`.
  public static func train(_ examples: [TriggerExample], options: Options = Options()) -> TriggerModel {
    let weights = binary(examples, options: options)
    let classWeights = multiclass(examples.filter { $0.isEvent && $0.classIndex != nil }, options: options)
    return TriggerModel(
      bits: options.bits, weights: weights, classBits: options.classBits, classWeights: classWeights,
      threshold: options.threshold, keepThreshold: options.keepThreshold)
  }

  /// The averaged perceptron for event-or-not (weights averaged over every step).
  static func binary(_ examples: [TriggerExample], options: Options) -> [Float] {
    let n = 1 << options.bits
    let shift = UInt64(64 - options.bits)
    var w = [Float](repeating: 0, count: n)
    var u = [Float](repeating: 0, count: n)
    var c: Float = 1
    var rng = SplitMix(state: options.seed)
    var order = Array(examples.indices)
    for _ in 0..<options.epochs {
      order.shuffle(using: &rng)
      for e in order {
        let x = examples[e]
        var s: Float = 0
        for h in x.features { s += w[Int(truncatingIfNeeded: h >> shift)] }
        let y: Float = x.isEvent ? 1 : -1
        if y * s <= 0 {
          for h in x.features {
            let j = Int(truncatingIfNeeded: h >> shift)
            w[j] += y
            u[j] += y * c
          }
        }
        c += 1
      }
    }
    for j in 0..<n { w[j] -= u[j] / c }
    return w
  }

  /// The multi-class averaged perceptron for the class (rows of ``TriggerModel/classes``).
  static func multiclass(_ examples: [TriggerExample], options: Options) -> [Float] {
    let k = TriggerModel.classes.count
    let n = (1 << options.classBits) * k
    let shift = UInt64(64 - options.classBits)
    var w = [Float](repeating: 0, count: n)
    var u = [Float](repeating: 0, count: n)
    var c: Float = 1
    var rng = SplitMix(state: options.seed ^ 0xC1A55)
    var order = Array(examples.indices)
    var scores = [Float](repeating: 0, count: k)
    for _ in 0..<options.epochs {
      order.shuffle(using: &rng)
      for e in order {
        let x = examples[e]
        guard let gold = x.classIndex else { continue }
        for i in 0..<k { scores[i] = 0 }
        for h in x.features {
          let row = Int(truncatingIfNeeded: h >> shift) * k
          for i in 0..<k { scores[i] += w[row + i] }
        }
        var best = 0
        for i in 1..<k where scores[i] > scores[best] { best = i }
        if best != gold {
          for h in x.features {
            let row = Int(truncatingIfNeeded: h >> shift) * k
            w[row + gold] += 1
            u[row + gold] += c
            w[row + best] -= 1
            u[row + best] -= c
          }
        }
        c += 1
      }
    }
    for j in 0..<n { w[j] -= u[j] / c }
    return w
  }

  /// The generated Swift source of `TriggerModelWeights.swift` holding `model`; `command`
  /// is recorded in the header as the way it was made.
  public static func swiftSource(_ model: TriggerModel, command: String, summary: String) -> String {
    let (data, scale, classScale) = model.encoded()
    var lines: [String] = []
    var i = data.startIndex
    while i < data.endIndex {
      let j = data.index(i, offsetBy: 128, limitedBy: data.endIndex) ?? data.endIndex
      lines.append(String(data[i..<j]))
      i = j
    }
    return """
      // Generated by `\(command)`; do not edit.
      // Regenerate (after any change to TriggerFeatures, which bumps its version):
      //   scripts/train-trigger-model.sh ../shared/corpora/timeml-tbaq
      // \(summary)

      /// The embedded weights of ``TriggerModel/shipped`` (generated): base64 of little-endian
      /// Int16, the event table then the class table, times `scale` / `classScale`.
      enum TriggerModelWeights {
        static let featureVersion = \(TriggerModel.featureVersion)
        static let bits = \(model.bits)
        static let classBits = \(model.classBits)
        static let scale: Float = \(scale)
        static let classScale: Float = \(classScale)
        static let threshold: Float = \(model.threshold)
        static let keepThreshold: Float = \(model.keepThreshold)
        static let data = \"\"\"
      \(lines.joined(separator: "\n"))
      \"\"\"
      }

      """
  }
}
