package dev.parallax;

/**
 * The one exception type Parallax throws for problems a caller can act on.
 *
 * <p>Subtypes say what went wrong: {@link InvalidInputException} for input that cannot be compared
 * (an empty or binary file, a broken manifest, a single article), {@link DeadlineExceededException} for a run
 * stopped at its deadline; the type itself for the rest (a language model not on the class path, a corpus run that
 * failed). The message is one line meant for a person; the CLI prints it as is.
 */
public class ParallaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a one-line message. */
  public ParallaxException(String message) {
    super(message);
  }

  /** Creates an exception with a one-line message and its cause. */
  public ParallaxException(String message, Throwable cause) {
    super(message, cause);
  }
}
