/// Splits a text into sentences and tokens over its UTF-8 bytes. (Stub: replaced by the Text stage.)
public struct TextAnalyzer: Sendable {
  public init() {}

  /// Analyzes `text`, whose first `headlineLength` bytes are the headline.
  public func analyze(_ text: String, headlineLength: Int) -> AnalyzedText {
    AnalyzedText(text: text, sentences: [], headlineLength: headlineLength)
  }
}
