package dev.parallax.align;

/** Whether an article reports the event being compared. */
public enum EventMembership {
  /** The article reports the main event: it takes part in passages, omissions and scores. */
  MAIN,
  /** The article reports a different event: it is listed, with the reason, and left out of the comparison. */
  OTHER
}
