package dev.parallax.cli;

import dev.parallax.DeadlineExceededException;
import dev.parallax.InvalidInputException;
import dev.parallax.ParallaxException;
import dev.parallax.internal.Deadline;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Turns exceptions into one line on stderr and an exit code: never a stack trace. */
final class ErrorHandler implements IExecutionExceptionHandler {
  /** The status of a process ended by SIGTERM (128 + 15), as a shell reports it. */
  static final int EXIT_SIGTERM = 143;

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    var err = cmd.getErr();
    if (StoppedBySignal.in(ex)) {
      // an ordinary stop (Ctrl-C, SIGTERM) that landed as a report was written: the run's shutdown hook says what was
      // kept, and the JVM ends with the signal's status whatever this returns
      return EXIT_SIGTERM;
    }
    if (ex instanceof InvalidInputException) {
      err.println("parallax: " + oneLine(ex.getMessage()));
      return Main.EXIT_BAD_INPUT;
    }
    if (ex instanceof OptionValueException) {
      err.println("parallax: " + oneLine(ex.getMessage()));
      return Main.EXIT_USAGE;
    }
    if (ex instanceof DeadlineExceededException) {
      err.println("parallax: " + oneLine(forTheCommandLine((DeadlineExceededException) ex)));
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
   * A deadline's message with the remedy a command-line user has: "allow more time (--deadline) or compare less text",
   * not the library's builder method as well.
   */
  static String forTheCommandLine(DeadlineExceededException ex) {
    return ex.deadline() == null ? String.valueOf(ex.getMessage())   // deserialized: its deadline is not kept
        : Deadline.overrun(ex.deadline(), ex.stage(), "--deadline");
  }

  /** Two items or more as a person lists them: "a and b", "a, b and c". */
  static String listed(List<String> items) {
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
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
    String message = ex.getMessage();
    if (ex instanceof UnmatchedArgumentException && cmd.getParent() == null && !cmd.getSubcommands().isEmpty()
        && args.length > 0 && !args[0].startsWith("-")) {
      // "parallax comprae ...": the first word is where a command goes, so it is a command that does not exist
      List<String> commands = List.copyOf(cmd.getSubcommands().keySet());
      message = "unknown command '" + args[0] + "'; the commands are "
          + listed(commands);
    }
    cmd.getErr().println("parallax: " + oneLine(message) + " (see '" + name + " --help')");
    return Main.EXIT_USAGE;
  }
}
