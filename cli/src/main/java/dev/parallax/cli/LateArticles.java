package dev.parallax.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.parallax.corpus.CorpusEvent;
import dev.parallax.internal.Names;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The articles a run into a folder of an earlier run adds with a date inside that run's days (a late report, or one
 * dated back), which are grouped with the earlier batch they are dated in and so may join, and change, one of its
 * events: its id, when the late article is now its earliest, and its title. Without a word, an earlier event renamed
 * by a later input looks like a fault; {@link #note} says which article did it. Stateless.
 */
final class LateArticles {
  /** How many late articles a note names before "and N more". */
  private static final int SHOWN = 5;

  private LateArticles() {}

  /** An event of the earlier run, as its {@code events.jsonl} line gives it. */
  record Earlier(String event, String title) {}

  /**
   * Each article of the earlier run in {@code out} with its event, read from {@code out/events.jsonl} (the last run that
   * ended): only each line's {@code event}, {@code title} and {@code articles}, its report skipped. Empty when there is
   * no such file or it cannot be read: the note is then left out, as nothing is known of the earlier events.
   */
  static Map<String, Earlier> earlierEvents(Path out) {
    Path file = out.resolve("events.jsonl");
    Map<String, Earlier> byArticle = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return byArticle;
    }
    JsonFactory json = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build();
    try (JsonParser p = json.createParser(file.toFile())) {
      while (p.nextToken() == JsonToken.START_OBJECT) {
        String event = "";
        String title = "";
        List<String> articles = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          JsonToken value = p.nextToken();
          if (field.equals("event") && value == JsonToken.VALUE_STRING) {
            event = p.getText();
          } else if (field.equals("title") && value == JsonToken.VALUE_STRING) {
            title = p.getText();
          } else if (field.equals("articles") && value == JsonToken.START_ARRAY) {
            while (p.nextToken() == JsonToken.VALUE_STRING) {
              articles.add(p.getText());
            }
          } else {
            p.skipChildren();   // the event's report: large, and not needed
          }
        }
        Earlier e = new Earlier(event, title);
        articles.forEach(a -> byArticle.put(a, e));
      }
    } catch (IOException | RuntimeException e) {
      return new HashMap<>();   // a file this build cannot read: nothing is said
    }
    return byArticle;
  }

  /**
   * How an event of the earlier run stands now: "event e1 'Ferry aground'" when its id and title are the same, "event
   * e1, now titled 'Ferry aground', was 'Ferry stuck'" when its title changed, "now event e2 'Ferry aground', was e1
   * 'Ferry stuck'" when its id did (a late article that is now its earliest).
   */
  private static String change(Earlier before, CorpusEvent now) {
    String title = "'" + Names.quote(now.title()) + "'";
    String was = "'" + Names.quote(before.title()) + "'";
    if (!before.event().equals(now.id())) {
      return "now event " + now.id() + " " + title + ", was " + before.event() + " " + was;
    }
    return before.title().equals(now.title()) ? "event " + now.id() + " " + title
        : "event " + now.id() + ", now titled " + title + ", was " + was;
  }

  /**
   * A note naming the articles of {@code events} that the earlier run did not have ({@code earlier}), dated on or before
   * {@code lastDay} (its last day), that joined an event holding articles of the earlier run: "1 article new to OUT is
   * dated on or before 2026-03-14, the last day of the earlier run there, and joined one of its events: ferry-courier
   * (now event e2 'Ferry aground', was e1 'Ferry runs aground'); ...". Empty when there is none.
   */
  static Optional<String> note(List<CorpusEvent> events, Map<String, Earlier> earlier, Function<String,
      Optional<LocalDate>> day, LocalDate lastDay, Path out) {
    if (earlier.isEmpty()) {
      return Optional.empty();
    }
    List<String> joined = new ArrayList<>();
    for (CorpusEvent e : events) {
      Optional<Earlier> before = e.articles().stream().map(earlier::get).filter(Objects::nonNull).findFirst();
      if (before.isEmpty()) {
        continue;
      }
      for (String a : e.articles()) {
        if (!earlier.containsKey(a) && day.apply(a).filter(d -> !d.isAfter(lastDay)).isPresent()) {
          joined.add(a + " (" + change(before.get(), e) + ")");
        }
      }
    }
    if (joined.isEmpty()) {
      return Optional.empty();
    }
    int n = joined.size();
    return Optional.of(CorpusCommand.count(n, "article") + " new to " + out + " " + (n == 1 ? "is" : "are")
        + " dated on or before " + lastDay + ", the last day of the earlier run there, and joined "
        + (n == 1 ? "one of its events" : "its events") + ": " + String.join("; ", joined.subList(0, Math.min(n, SHOWN)))
        + (n > SHOWN ? "; and " + (n - SHOWN) + " more" : "")
        + "; an article dated inside an earlier batch is grouped with it, so it can change that batch's events");
  }
}
