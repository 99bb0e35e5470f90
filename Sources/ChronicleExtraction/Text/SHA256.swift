/// SHA-256 digest, hex encoded. (Stub: replaced by the Text stage.)
public enum SHA256 {
  public static func hex(_ bytes: some Sequence<UInt8>) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return String(h, radix: 16)
  }
}
