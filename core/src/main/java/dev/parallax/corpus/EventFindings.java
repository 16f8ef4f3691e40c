package dev.parallax.corpus;

import dev.parallax.Comparison;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventMembership;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.compare.Fidelity;
import dev.parallax.compare.FramingKind;
import dev.parallax.compare.FramingSummary;
import dev.parallax.compare.Omission;
import dev.parallax.compare.OutletSummary;
import dev.parallax.compare.QuoteGroup;
import dev.parallax.compare.QuoteVariant;
import dev.parallax.compare.Reuse;
import dev.parallax.compare.ReuseBasis;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The per-outlet facts of one event's comparison, small enough to keep for every event of a corpus and to
 * ship between machines; outlet profiles are sums of these.
 *
 * @param event the event's id
 * @param outlets one finding per outlet whose article belongs to the event's main story, in article order
 * @param sharesNothing whether no passage is carried by two of the main story's articles (opinion pieces on one
 *     subject, or articles nothing joins): every fact of each is then the others' omission and exclusive, which
 *     says nothing about the outlets, so profiles leave such events out of those figures
 * @param setApart the ids of the event's articles that its comparison set apart (another event, or nothing shared with
 *     the others), in article order; no outlet's profile counts them (a {@code null} read from an older part is empty)
 */
public record EventFindings(String event, List<OutletFinding> outlets, boolean sharesNothing, List<String> setApart) {
  /** Salience from which an omitted passage counts as a salient fact. */
  public static final double SALIENT = 0.5;

  /** Validates and copies. */
  public EventFindings {
    Objects.requireNonNull(event, "event");
    outlets = List.copyOf(outlets);
    setApart = setApart == null ? List.of() : List.copyOf(setApart);
  }

  /** Findings of an event none of whose articles was set apart. */
  public EventFindings(String event, List<OutletFinding> outlets, boolean sharesNothing) {
    this(event, outlets, sharesNothing, List.of());
  }

  /** Findings of an event whose outlets share at least one passage (or that has fewer than two outlets). */
  public EventFindings(String event, List<OutletFinding> outlets) {
    this(event, outlets, false);
  }

  /** The findings of {@code comparison}, the comparison of event {@code event}. */
  public static EventFindings of(String event, Comparison comparison) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(comparison, "comparison");
    Map<String, String> outletOf = new HashMap<>();
    for (AnalyzedArticle a : comparison.articles()) {
      outletOf.put(a.id(), a.article().outlet());
    }
    Set<String> main = new HashSet<>();
    List<String> setApart = new ArrayList<>();
    for (ArticleEvent e : comparison.events()) {
      if (e.membership() == EventMembership.MAIN) {
        main.add(e.article());
      } else {
        setApart.add(e.article());
      }
    }
    Map<String, OutletFinding> byOutlet = new LinkedHashMap<>();
    for (OutletSummary s : comparison.outlets()) {
      String outlet = outletOf.getOrDefault(s.article(), s.article());
      if (!main.contains(s.article()) || byOutlet.containsKey(outlet)) {
        continue;
      }
      byOutlet.put(outlet, finding(outlet, s, comparison));
    }
    return new EventFindings(event, new ArrayList<>(byOutlet.values()),
        byOutlet.size() >= 2 && comparison.mainArticlesShareNothing(), setApart);
  }

  /**
   * Whether a reuse's direction rests on evidence (an earlier date, a credit, more of the source's own text around
   * the shared words), not on which article was given first: only then is the copier known.
   */
  private static boolean directed(Reuse r) {
    return r.basis() == ReuseBasis.PUBLISHED_EARLIER || r.basis() == ReuseBasis.CREDITS_SOURCE
        || r.basis() == ReuseBasis.LONGER_CONTEXT;
  }

  private static OutletFinding finding(String outlet, OutletSummary s, Comparison c) {
    String id = s.article();
    boolean salient = false;
    for (Omission o : c.omissionsOf(id)) { // what only later articles carry is not its omission
      salient |= o.salience() >= SALIENT && !o.isPart(); // a passage left out, not a part of one it carries
    }
    EnumSet<FramingKind> kinds = EnumSet.noneOf(FramingKind.class);
    for (FramingSummary.KindCount k : s.framing().counts()) {
      if (k.count() > 0) {
        kinds.add(k.kind());
      }
    }
    int[] fidelity = new int[Fidelity.values().length];
    int quotes = 0;
    for (QuoteGroup g : c.quotes()) {
      Set<String> carriers = new HashSet<>();
      for (QuoteVariant v : g.variants()) {
        carriers.add(v.article());
      }
      if (carriers.size() < 2 || !carriers.contains(id)) {
        continue;
      }
      for (QuoteVariant v : g.variants()) {
        // the quoted version another outlet only paraphrases is given in no one else's words: not counted
        if (v.article().equals(id) && v.fidelity() != Fidelity.UNIQUE
            && (v.fidelity() != Fidelity.VERBATIM || g.sameWordsElsewhere(v))) {
          quotes++;
          fidelity[v.fidelity().ordinal()]++;
        }
      }
    }
    boolean copies = false;
    for (Reuse r : c.reuse()) {
      copies |= r.to().equals(id) && directed(r);
    }
    int passages = (int) c.passages().stream().filter(p -> p.carriedBy(id)).count();
    return new OutletFinding(outlet, id, s.omissionScore(), salient, new ArrayList<>(kinds), quotes,
        fidelity[Fidelity.VERBATIM.ordinal()], fidelity[Fidelity.TRUNCATED.ordinal()], fidelity[Fidelity.ALTERED.ordinal()],
        fidelity[Fidelity.PARAPHRASE.ordinal()], !s.exclusives().isEmpty(), copies, passages, s.exclusives().size());
  }
}
