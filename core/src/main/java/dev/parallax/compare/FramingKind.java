package dev.parallax.compare;

/** The kind of a framing cue found in an outlet's own words. */
public enum FramingKind {
  /** A hedge ("may", "reportedly", "appears to"). */
  HEDGE,
  /** A certainty marker ("clearly", "undoubtedly"). */
  CERTAINTY,
  /** A distancing attribution verb ("claimed", "insisted", "alleged that"). */
  ATTRIBUTION,
  /** Distancing from a claim ("alleged", "purported", "so-called"). */
  DISTANCING,
  /** A word in quotation marks inside the outlet's own sentence: scare quotes. */
  SCARE_QUOTE,
  /** A loaded or evaluative word ("irresponsibly", "unilateral annexation", "Kremlin-backed"). */
  LOADED,
  /** An intensifier ("strongly", "massive"). */
  INTENSIFIER
}
