package dev.parallax.compare;

/** The kind of a token-level wording change between two outlets' versions of a passage. */
public enum EditKind {
  /** A word replaced by a synonym or near-synonym of the same strength. */
  SYNONYM,
  /** A stronger word for the same thing ("severe" for "serious"). */
  INTENSIFIER,
  /** A weaker word for the same thing. */
  SOFTENER,
  /** A hedge or certainty marker added, dropped or changed ("may", "reportedly", "certainly"). */
  HEDGE,
  /** A different verb of attribution ("said" versus "claimed", "accused", "asserted", "warned"). */
  ATTRIBUTION,
  /** Distancing from a claim: "alleged", "purported", "so-called", scare quotes. */
  DISTANCING,
  /** A loaded or evaluative word ("irresponsibly", "stockpiled", "Kremlin-backed"). */
  LOADED,
  /** A number changed. */
  NUMBER,
  /** A date or weekday changed. */
  DATE,
  /** A named entity added or dropped. */
  ENTITY,
  /** A clause of several words added or dropped. */
  CLAUSE,
  /** Any other change of words. */
  OTHER
}
