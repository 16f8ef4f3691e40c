package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** When progress is shown, with a fake clock: many files, or a run that has taken more than a moment. */
class ProgressTest {
  private final StringWriter err = new StringWriter();
  private final AtomicLong now = new AtomicLong(0);

  private Progress progress(boolean quiet, int files) {
    return new Progress(new PrintWriter(err, true), quiet, files, now::get);
  }

  @Test
  void fewFilesAndAQuickRunSayNothing() {
    Progress p = progress(false, 3);
    p.step("reading 3 files");
    p.file(3, 3);
    now.set(500_000_000L);
    p.step("comparing 3 articles");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aSlowRunAnnouncesItsNextSteps() {
    Progress p = progress(false, 3);
    now.set(2_000_000_000L);
    p.step("comparing 3 articles");
    assertThat(err.toString()).isEqualTo("parallax: comparing 3 articles" + System.lineSeparator());
  }

  @Test
  void manyFilesAnnounceEveryTenthFileAndTheLast() {
    Progress p = progress(false, 23);
    p.step("reading 23 files");
    for (int i = 1; i <= 23; i++) {
      p.file(i, 23);
    }
    assertThat(err.toString().lines()).containsExactly("parallax: reading 23 files", "parallax: read 10/23 files",
        "parallax: read 20/23 files", "parallax: read 23/23 files");
  }

  @Test
  void quietSaysNothingEvenWhenSlowWithManyFiles() {
    Progress p = progress(true, 50);
    now.set(60_000_000_000L);
    p.step("comparing 50 articles");
    p.file(50, 50);
    assertThat(err.toString()).isEmpty();
  }
}
