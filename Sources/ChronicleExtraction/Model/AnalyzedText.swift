/// The kind of a token.
public enum TokenKind: UInt8, Sendable, Codable {
  case word, number, punctuation, symbol
}

/// One token: a word, number or punctuation mark, with its byte span.
public struct Token: Sendable, Equatable {
  /// UTF-8 byte span in the document text.
  public var span: TextSpan
  /// The token as written.
  public var text: String
  /// Lower-cased text (ASCII lower-casing plus Unicode for non-ASCII).
  public var lower: String
  public var kind: TokenKind
  /// First character is an upper-case letter.
  public var isCapitalized: Bool
  /// Whether whitespace precedes the token.
  public var spaceBefore: Bool

  public init(
    span: TextSpan, text: String, lower: String, kind: TokenKind, isCapitalized: Bool,
    spaceBefore: Bool
  ) {
    self.span = span
    self.text = text
    self.lower = lower
    self.kind = kind
    self.isCapitalized = isCapitalized
    self.spaceBefore = spaceBefore
  }
}

/// One sentence with its tokens.
public struct Sentence: Sendable, Equatable {
  /// 0-based index in the document.
  public var index: Int
  /// UTF-8 byte span in the document text.
  public var span: TextSpan
  public var text: String
  public var tokens: [Token]
  /// 0-based paragraph index (paragraphs are separated by line breaks).
  public var paragraph: Int
  /// The sentence is the headline.
  public var isHeadline: Bool
  /// Byte spans of quoted passages (inside the quotation marks) in this sentence.
  public var quotes: [TextSpan]

  public init(
    index: Int, span: TextSpan, text: String, tokens: [Token], paragraph: Int,
    isHeadline: Bool, quotes: [TextSpan] = []
  ) {
    self.index = index
    self.span = span
    self.text = text
    self.tokens = tokens
    self.paragraph = paragraph
    self.isHeadline = isHeadline
    self.quotes = quotes
  }
}

/// A document split into sentences and tokens.
public struct AnalyzedText: Sendable {
  /// The full text (``Article/fullText``).
  public var text: String
  public var sentences: [Sentence]
  /// Byte length of the headline at the start of ``text`` (0 when none).
  public var headlineLength: Int

  public init(text: String, sentences: [Sentence], headlineLength: Int) {
    self.text = text
    self.sentences = sentences
    self.headlineLength = headlineLength
  }
}
