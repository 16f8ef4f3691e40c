package dev.parallax.corpus;

import dev.parallax.Comparison;
import dev.parallax.InvalidInputException;
import dev.parallax.Parallax;
import dev.parallax.ParallaxException;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Corpus mode: finds the events of a feed or an archive, compares each event's articles, and profiles each
 * outlet across events.
 *
 * <p>Immutable and thread-safe; a run uses {@link #threads()} worker threads of its own and shuts them down
 * before it returns. The same input gives the same events, comparisons and profiles whatever the thread count.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.builder(Parallax.create()).threads(4).build();
 * CorpusReport report = corpus.run(articles, result -> write(result));
 * report.outlets().forEach(p -> System.out.println(p.outlet() + " " + p.omitsSalient().rate()));
 * }</pre>
 */
public final class Corpus {
  private final Parallax parallax;
  private final EventGrouper grouper;
  private final int threads;

  private Corpus(Builder b) {
    this.parallax = b.parallax;
    this.grouper = b.grouper;
    this.threads = b.threads;
  }

  /** A builder around {@code parallax} (the comparison stages), with the MinHash grouper and one thread per core. */
  public static Builder builder(Parallax parallax) {
    return new Builder(Objects.requireNonNull(parallax, "parallax"));
  }

  /** The worker thread count. */
  public int threads() {
    return threads;
  }

  /** The event grouper. */
  public EventGrouper grouper() {
    return grouper;
  }

  /** Groups, compares and profiles {@code articles}, keeping no comparison: {@code run(articles, EventSink.NONE)}. */
  public CorpusReport run(List<Article> articles) {
    return run(articles, EventSink.NONE);
  }

  /**
   * Groups, compares and profiles {@code articles}, handing each event to {@code sink} in event order.
   *
   * @throws InvalidInputException when two articles share an id
   */
  public CorpusReport run(List<Article> articles, EventSink sink) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(sink, "sink");
    Set<String> ids = new HashSet<>();
    for (Article a : articles) {
      Objects.requireNonNull(a, "article");
      if (!ids.add(a.id())) {
        throw new InvalidInputException("two articles have the id '" + a.id() + "': ids must be distinct");
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "parallax-corpus");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Object>> analyses = new ArrayList<>(articles.size());
      for (Article a : articles) {
        analyses.add(pool.submit(() -> analyzeOrReason(a)));
      }
      List<AnalyzedArticle> analyzed = new ArrayList<>(articles.size());
      List<Skipped> skipped = new ArrayList<>();
      for (int i = 0; i < analyses.size(); i++) {
        Object r = get(analyses.get(i));
        if (r instanceof AnalyzedArticle a) {
          analyzed.add(a);
        } else {
          skipped.add(new Skipped(articles.get(i).id(), (String) r));
        }
        if ((i + 1) % 100 == 0 || i + 1 == analyses.size()) {
          sink.analyzed(i + 1, analyses.size());
        }
      }
      List<CorpusEvent> events = grouper.group(analyzed);
      sink.grouped(events.size());
      Map<String, AnalyzedArticle> byId = new HashMap<>();
      for (AnalyzedArticle a : analyzed) {
        byId.put(a.id(), a);
      }
      List<Future<EventResult>> results = new ArrayList<>(events.size());
      for (CorpusEvent e : events) {
        Optional<EventFindings> done = e.size() > 1 ? sink.resume(e) : Optional.empty();
        if (done.isPresent()) {
          EventResult r = new EventResult(e, Optional.empty(), done.get(), Optional.empty());
          results.add(CompletableFuture.completedFuture(r));
        } else {
          results.add(pool.submit(() -> compare(e, byId)));
        }
      }
      List<EventFindings> findings = new ArrayList<>(events.size());
      for (Future<EventResult> f : results) {
        EventResult r = get(f);
        findings.add(r.findings());
        sink.accept(r);
      }
      return new CorpusReport(articles.size(), events, OutletProfile.of(findings), skipped);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Compares one event's articles (analyzed); an event of one article has no comparison. */
  public EventResult compare(CorpusEvent event, Map<String, AnalyzedArticle> analyzed) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(analyzed, "analyzed");
    EventFindings none = new EventFindings(event.id(), List.of());
    if (event.size() < 2) {
      return new EventResult(event, Optional.empty(), none, Optional.empty());
    }
    List<AnalyzedArticle> members = new ArrayList<>(event.size());
    for (String id : event.articles()) {
      AnalyzedArticle a = analyzed.get(id);
      if (a == null) {
        throw new IllegalArgumentException("event " + event.id() + " names article " + id + ", which was not analyzed");
      }
      members.add(a);
    }
    try {
      Comparison c = parallax.compareAnalyzed(members);
      return new EventResult(event, Optional.of(c), EventFindings.of(event.id(), c), Optional.empty());
    } catch (ParallaxException e) {
      return new EventResult(event, Optional.empty(), none, Optional.of(String.valueOf(e.getMessage())));
    }
  }

  private Object analyzeOrReason(Article a) {
    try {
      return parallax.analyze(a);
    } catch (ParallaxException e) {
      return String.valueOf(e.getMessage());
    }
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ParallaxException("corpus run interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new ParallaxException("corpus run failed: " + c, c);
    }
  }

  /** Configures a {@link Corpus}; not thread-safe. */
  public static final class Builder {
    private final Parallax parallax;
    private EventGrouper grouper = EventGroupers.minHash();
    private int threads = Runtime.getRuntime().availableProcessors();

    private Builder(Parallax parallax) {
      this.parallax = parallax;
    }

    /** The event grouper (default {@link EventGroupers#minHash()}). */
    public Builder grouper(EventGrouper value) {
      this.grouper = Objects.requireNonNull(value, "grouper");
      return this;
    }

    /**
     * Worker threads (default: the number of cores).
     *
     * @throws IllegalArgumentException when {@code value < 1}
     */
    public Builder threads(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("threads must be >= 1: " + value);
      }
      this.threads = value;
      return this;
    }

    /** The corpus runner. */
    public Corpus build() {
      return new Corpus(this);
    }
  }
}
