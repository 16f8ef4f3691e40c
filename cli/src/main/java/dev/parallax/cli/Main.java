package dev.parallax.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;

/** The {@code parallax} command line: {@code parallax compare ...}. */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Compare how different news outlets report the same event.",
    subcommands = {CompareCommand.class, PairsCommand.class, CorpusCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  /** Exit code for input Parallax cannot read or compare. */
  static final int EXIT_BAD_INPUT = 1;
  /** Exit code for a wrong command line: an unknown option, a missing argument, options that conflict. */
  static final int EXIT_USAGE = 2;
  /** Exit code for an unexpected failure (a bug). */
  static final int EXIT_INTERNAL = 3;
  /** Exit code for a setup problem: a model, lexicon or native library that cannot be loaded. */
  static final int EXIT_ENVIRONMENT = 4;
  /** Exit code for a comparison stopped at its deadline ({@code --deadline}). */
  static final int EXIT_DEADLINE = 5;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // System.console() is there only when standard input and output are a terminal: colour only then.
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.console() != null, args));
  }

  /** Runs the command line and returns its exit code (for tests and embedding); never colours its output. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the command line writing to {@code out} and {@code err}, and returns its exit code; no colour. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, false, args);
  }

  /**
   * Runs the command line; {@code terminal} says whether {@code out} is a terminal, the only case in which
   * the help is coloured. Error messages are never coloured: standard error is often a log file.
   */
  static int run(PrintWriter out, PrintWriter err, boolean terminal, String... args) {
    CommandLine cmd = new CommandLine(new Main());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setColorScheme(CommandLine.Help.defaultColorScheme(terminal ? Ansi.ON : Ansi.OFF));
    cmd.setExecutionExceptionHandler(new ErrorHandler());
    cmd.setParameterExceptionHandler(ErrorHandler::usage);
    try {
      return cmd.execute(args);
    } catch (OutOfMemoryError e) {
      cmd.getErr().println("parallax: out of memory; give the JVM more (-Xmx) or compare fewer or smaller files");
      return EXIT_INTERNAL;
    } catch (StackOverflowError e) {
      cmd.getErr().println("parallax: internal error: stack overflow (please report it with the input that caused it)");
      return EXIT_INTERNAL;
    } finally {
      out.flush();
      err.flush();
    }
  }
}
