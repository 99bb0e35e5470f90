import ChronicleExport
import Testing

@Suite struct GoldenTests {
  @Test(arguments: Output.allCases)
  func matchesGoldenFile(output: Output) {
    Golden.check(output.render(), output.rawValue)
  }

  @Test(arguments: Output.allCases)
  func isDeterministic(output: Output) {
    #expect(output.render() == output.render())
  }

  @Test(arguments: Output.allCases)
  func endsWithOneNewline(output: Output) {
    let s = output.render()
    #expect(s.hasSuffix("\n"))
    #expect(!s.hasSuffix("\n\n"))
  }
}
