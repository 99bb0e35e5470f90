// Words that classify capitalized names not found in the dictionaries.

extension ActorData {
  /// A name containing one of these is an organization ("Bank of Mexico", "Quds Force").
  static let organizationWords = """
    ministry agency corp corp. corporation inc inc. ltd ltd. llc llc. co. company companies party council bank
    university college institute institution committee commission court courts army guard guards front forces force
    brigade brigades battalion regiment division movement organization organisation association union federation
    league alliance group foundation fund center centre office department service services police authority
    authorities board assembly parliament congress senate tribunal church mosque news times post journal network
    radio television tv hospital school academy society coalition fleet navy command corps bureau administration
    trust airlines airways railways motors industries holdings partners club team fc watch observatory mission
    cartel syndicate directorate secretariat cabinet government regime council militia army's
    """

  /// A name ending in one of these is a place ("Kurdistan Province", "Red Sea").
  static let placeWords = """
    province region district county city town village valley river sea ocean gulf strait island islands
    mountains mountain peninsula bay desert square street avenue oblast governorate prefecture state
    airport port base border crossing canal lake coast straits harbor harbour basin archipelago
    """

  /// Lower-case particles inside personal and organization names.
  static let nameConnectors = """
    of de del della di da das dos du la le van von der den ten bin ibn al el y
    """
}
