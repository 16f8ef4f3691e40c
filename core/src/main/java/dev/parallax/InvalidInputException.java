package dev.parallax;

/**
 * Input that Parallax cannot read or compare: a missing, empty, binary or oversized file, a broken
 * manifest, text with no English sentences, fewer than two articles or two with one id.
 */
public class InvalidInputException extends ParallaxException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a one-line message naming the input and the problem. */
  public InvalidInputException(String message) {
    super(message);
  }

  /** Creates an exception with a one-line message and its cause. */
  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
