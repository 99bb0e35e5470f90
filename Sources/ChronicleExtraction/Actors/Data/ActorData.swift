/// Namespace for the built-in actor tables (plain text, parsed once by ``ActorKnowledge``).
enum ActorData {}
