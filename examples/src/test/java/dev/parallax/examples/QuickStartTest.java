package dev.parallax.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The example programs run on the bundled data and print what a reader of the articles expects. */
class QuickStartTest {
  private static final String MANIFEST = Path.of("data/lavrov-nightmare/MANIFEST.tsv").toAbsolutePath().toString();

  private static String run(Consumer<String[]> program) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      program.accept(new String[] {MANIFEST});
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quickStartPrintsTheSummary() {
    assertThat(run(QuickStart::main))
        .contains("5 articles").contains("RT").contains("Business Insider").contains("ZeroHedge")
        .contains("JSON report:");
  }

  @Test
  void rtLeavesOutTheUkrainianTroopEstimate() {
    String out = run(WhatEachOutletLeavesOut::main);
    String rt = out.substring(out.indexOf("RT ("), out.indexOf("Business Insider ("));
    assertThat(rt).contains("90,000");
  }

  @Test
  void theEmbeddingModuleAlignsTheBidenPutinCallToldInOtherWords() {
    // The round-up's Biden "would almost certainly speak with Putin" and Business Insider's Biden and Putin "may
    // have the opportunity to speak directly" share almost no words; the semantic similarity puts them in one
    // passage. (The troop estimate told as "tens of thousands" the lexical similarity now aligns too.)
    String out = run(FactsInOtherWords::main);
    assertThat(out).startsWith("Aligned with all-minilm-l6-v2-q+lexical and not with lexical:");
    assertThat(out.split("\n\n")).anySatisfy(pair -> assertThat(pair)
        .contains("would \u201calmost certainly\u201d speak with Putin").contains("may have the opportunity to speak directly"));
  }

  @Test
  void stringsGiveEachOutletsWordsAndTheFigureTheyStateDifferently() {
    String out = run(args -> FromStrings.main(new String[0]));
    assertThat(out).contains("gazette: Twelve hurt as warehouse roof falls")
        .containsPattern("number in p\\d+: .*\"twelve workers\".* vs herald \"Fifteen workers\"");
  }

  @Test
  void oneFacadeServesTwoThreads() {
    String out = run(args -> {
      try {
        FromFiles.main(new String[] {Path.of("data/lavrov-nightmare").toAbsolutePath().toString()});
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    assertThat(out.lines()).hasSize(2).anySatisfy(l -> assertThat(l).startsWith("003_b011d7168288c4b4: "))
        .anySatisfy(l -> assertThat(l).startsWith("002_d2b672eee6184288: "))
        // ZeroHedge reuses one stretch of RT's text, Business Insider none: counts read as English
        .anySatisfy(l -> assertThat(l).endsWith(", 1 copied stretch"))
        .anySatisfy(l -> assertThat(l).endsWith(", 0 copied stretches"));
  }

  @Test
  void rtAndZeroHedgeQuoteTheNightmarishScenarioVerbatim() {
    String nightmarish = "The nightmarish scenario of military confrontation is returning";
    assertThat(run(HowFaithfulAreTheQuotes::main).lines())
        .anySatisfy(line -> assertThat(line).startsWith("  VERBATIM  RT:").contains(nightmarish))
        .anySatisfy(line -> assertThat(line).startsWith("  VERBATIM  ZeroHedge:").contains(nightmarish))
        .anySatisfy(line -> assertThat(line).startsWith("  ALTERED  Business Insider:").contains("nightmare scenario"));
  }
}
