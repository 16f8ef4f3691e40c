package dev.parallax.cli;

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
      err.println("parallax: " + ex.getMessage());
      return Main.EXIT_BAD_INPUT;
    }
    if (ex instanceof ParallaxException) {
      // Not the input's fault: a model, lexicon or native library that cannot be loaded here.
      err.println("parallax: " + ex.getMessage());
      return Main.EXIT_ENVIRONMENT;
    }
    if (ex instanceof UncheckedIOException io) {
      err.println("parallax: " + io.getCause().getMessage());
      return Main.EXIT_BAD_INPUT;
    }
    err.println("parallax: internal error: " + ex + " (please report it with the input that caused it)");
    return Main.EXIT_INTERNAL;
  }

  /**
   * A wrong command line (picocli's parse errors, and the conflicts a command finds itself): one line naming
   * the problem and where the help is, exit code {@link Main#EXIT_USAGE}.
   */
  static int usage(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName();
    cmd.getErr().println("parallax: " + ex.getMessage() + " (see '" + name + " --help')");
    return Main.EXIT_USAGE;
  }
}
