package dev.parallax.cli;

import dev.parallax.DeadlineExceededException;
import dev.parallax.InvalidInputException;
import dev.parallax.ParallaxException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns exceptions into one line on stderr and an exit code: never a stack trace. */
final class ErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    var err = cmd.getErr();
    if (ex instanceof InvalidInputException) {
      err.println("parallax: " + oneLine(ex.getMessage()));
      return Main.EXIT_BAD_INPUT;
    }
    if (ex instanceof OptionValueException) {
      err.println("parallax: " + oneLine(ex.getMessage()));
      return Main.EXIT_USAGE;
    }
    if (ex instanceof DeadlineExceededException) {
      err.println("parallax: " + oneLine(ex.getMessage()));
      return Main.EXIT_DEADLINE;
    }
    if (ex instanceof ParallaxException) {
      // Not the input's fault: a model, lexicon or native library that cannot be loaded here.
      err.println("parallax: " + oneLine(ex.getMessage()));
      return Main.EXIT_ENVIRONMENT;
    }
    if (ex instanceof UncheckedIOException io) {
      err.println("parallax: " + oneLine(io.getCause().getMessage()));
      return Main.EXIT_BAD_INPUT;
    }
    err.println("parallax: internal error: " + oneLine(String.valueOf(ex)) + " (please report it with the input that caused it)");
    return Main.EXIT_INTERNAL;
  }

  /**
   * A message as one safe line: line breaks, terminal escape sequences, other control characters and
   * bidirectional controls (from a file name, say) are written as escapes ({@code \n}, {@code \u001b}).
   */
  static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(message.length());
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20 || c >= 0x7F && c < 0xA0 || c == '\u2028' || c == '\u2029' || c == '\u061C'
          || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * A wrong command line (picocli's parse errors, and the conflicts a command finds itself): one line naming
   * the problem and where the help is, exit code {@link Main#EXIT_USAGE}.
   */
  static int usage(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName();
    cmd.getErr().println("parallax: " + oneLine(ex.getMessage()) + " (see '" + name + " --help')");
    return Main.EXIT_USAGE;
  }
}
