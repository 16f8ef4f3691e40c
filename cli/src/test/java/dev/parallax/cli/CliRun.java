package dev.parallax.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One run of the command line in this JVM, with what it printed. */
record CliRun(int code, String out, String err) {
  static final Path SEEDS = Path.of("..", "examples", "data", "lavrov-nightmare");

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** The one line printed on standard error. */
  String errorLine() {
    String e = err.strip();
    if (e.contains("\n")) {
      throw new AssertionError("expected one line on stderr, got:\n" + err);
    }
    return e;
  }
}
