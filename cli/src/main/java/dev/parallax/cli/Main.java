package dev.parallax.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
   * Lists the exit codes at the end of the help of the command and of each subcommand, so that a script that runs
   * {@code parallax} learns what each code means from {@code --help} alone.
   */
  private static void withExitCodes(CommandLine cmd) {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("0", "success");
    codes.put(String.valueOf(EXIT_BAD_INPUT), "input Parallax cannot read or compare, or an output it must not write"
        + " (the error names the file); also an input left out once the others are compared and written: a file named"
        + " or listed in a manifest that cannot be read, a feed line that holds no article");
    codes.put(String.valueOf(EXIT_USAGE), "a wrong command line: an unknown option, no input, options that conflict");
    codes.put(String.valueOf(EXIT_INTERNAL), "a bug (please report it with the input that caused it)");
    codes.put(String.valueOf(EXIT_ENVIRONMENT), "a model, module or native library that cannot be loaded");
    codes.put(String.valueOf(EXIT_DEADLINE), "a comparison stopped at its deadline (--deadline)");
    cmd.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
    for (CommandLine sub : cmd.getSubcommands().values()) {
      if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
        sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codesOf(sub, codes));
      }
    }
  }

  /** The exit codes {@code sub} can return: the deadline's code only when it has a {@code --deadline}. */
  private static Map<String, String> codesOf(CommandLine sub, Map<String, String> all) {
    Map<String, String> codes = new LinkedHashMap<>(all);
    if (sub.getCommandSpec().findOption("--deadline") == null) {
      codes.remove(String.valueOf(EXIT_DEADLINE));
    }
    if (sub.getCommand() instanceof CorpusCommand) {
      codes.put(String.valueOf(ErrorHandler.EXIT_SIGTERM), "stopped by SIGTERM (Ctrl-C gives 130): the compared events"
          + " are kept in DIR/.parts; run the same command again to resume");
    }
    return codes;
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
    withExitCodes(cmd);
    try {
      if (args.length > 0 && !args[0].startsWith("-") && !cmd.getSubcommands().containsKey(args[0])) {
        // picocli answers "parallax clean --help" with the top-level help (exit 0), as if the word were not there
        return ErrorHandler.usage(new CommandLine.UnmatchedArgumentException(cmd, List.of(args[0])), args);
      }
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
