package dev.parallax.cli;

/**
 * An option given a value out of its range ({@code --threads 0}): a wrong command line, exit code
 * {@link Main#EXIT_USAGE}, told in one line that names the option, the range and the value.
 */
final class OptionValueException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OptionValueException(String message) {
    super(message);
  }
}
