package dev.parallax.corpus;

import dev.parallax.compare.FramingKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one outlet does across the events it covers, each figure a {@link Proportion} with its 95% Wilson
 * interval and the events behind it; the figures over quotes and passages, several of which may sit in one event, also
 * carry an interval from resampling events ({@link Proportion.Bootstrap}). Only events that at least two outlets cover count (with one outlet
 * there is nothing to leave out or to quote differently); the omission and exclusive figures also leave out the
 * events whose outlets share no passage at all ({@link EventFindings#sharesNothing()}), where every fact of each is
 * the others' omission.
 *
 * @param outlet the outlet
 * @param events the events counted, in event order
 * @param omitsSalient events where it leaves out a salient fact (salience at least 0.5) that others carry, out of the
 *     events where the outlets share at least one passage
 * @param meanOmissionScore mean salience-weighted share of the others' passages it leaves out, in [0, 1], over the
 *     same events (0 when there are none)
 * @param framing per framing-cue kind, the events where it uses that kind at least once, in enum order
 * @param verbatim its shared quotes given word for word, out of its shared quotes
 * @param truncated its shared quotes cut short
 * @param altered its shared quotes with other words inside the quotation marks
 * @param paraphrased its shared quotes given without quotation marks
 * @param exclusives events where it carries a passage no other outlet has, out of the events where the outlets share
 *     at least one passage
 * @param copies events where it reuses another outlet's text (a reuse whose direction rests on evidence, not on
 *     the input order)
 * @param exclusivePassages its passages that no other outlet carries, out of all its passages, over the same events as
 *     {@code omitsSalient}; its events are those with at least one: how much of what it reports is its own, where
 *     {@code exclusives} is reached by one sentence of its own in an event (and so is near 100% for every outlet)
 */
public record OutletProfile(String outlet, List<String> events, Proportion omitsSalient, double meanOmissionScore,
    List<KindRate> framing, Proportion verbatim, Proportion truncated, Proportion altered, Proportion paraphrased,
    Proportion exclusives, Proportion copies, Proportion exclusivePassages) {

  /**
   * The rate of one framing-cue kind.
   *
   * @param kind the kind
   * @param events the events where the outlet uses it, out of the events it covers
   */
  public record KindRate(FramingKind kind, Proportion events) {
    /** Validates. */
    public KindRate {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(events, "events");
    }
  }

  /** One outlet's finding in one event. */
  private record Row(String event, OutletFinding finding, boolean sharesNothing) {}

  /** Validates and copies. */
  public OutletProfile {
    Objects.requireNonNull(outlet, "outlet");
    events = List.copyOf(events);
    framing = List.copyOf(framing);
    Objects.requireNonNull(exclusivePassages, "exclusivePassages");
  }

  /** One profile per outlet, by outlet name, from the findings of every event (in event order). */
  public static List<OutletProfile> of(List<EventFindings> findings) {
    Objects.requireNonNull(findings, "findings");
    Map<String, List<Row>> byOutlet = new TreeMap<>();
    for (EventFindings e : findings) {
      if (e.outlets().size() < 2) {
        continue;
      }
      for (OutletFinding f : e.outlets()) {
        byOutlet.computeIfAbsent(f.outlet(), k -> new ArrayList<>()).add(new Row(e.event(), f, e.sharesNothing()));
      }
    }
    List<OutletProfile> out = new ArrayList<>();
    byOutlet.forEach((outlet, rows) -> out.add(profile(outlet, rows)));
    return out;
  }

  private static OutletProfile profile(String outlet, List<Row> rows) {
    List<String> events = new ArrayList<>();
    List<String> salient = new ArrayList<>();
    List<String> exclusive = new ArrayList<>();
    List<String> copy = new ArrayList<>();
    Map<FramingKind, List<String>> kinds = new TreeMap<>();
    List<List<String>> quoteEvents = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    double omission = 0;
    int sharing = 0; // events whose outlets share a passage: the omission and exclusive figures' total
    // per event, for the bootstrap over events: its quotes of each fidelity, all its quotes, its passages, its own
    int[][] quotesByEvent = new int[4][rows.size()];
    int[] quoteTotals = new int[rows.size()];
    int[] passagesByEvent = new int[rows.size()];
    int[] ownByEvent = new int[rows.size()];
    for (int at = 0; at < rows.size(); at++) {
      Row r = rows.get(at);
      String event = r.event();
      OutletFinding f = r.finding();
      events.add(event);
      quoteTotals[at] = f.quotes();
      if (!r.sharesNothing()) {
        sharing++;
        omission += f.omissionScore();
        if (f.omitsSalient()) {
          salient.add(event);
        }
        if (f.exclusive()) {
          exclusive.add(event);
        }
        passagesByEvent[at] = f.passages();
        ownByEvent[at] = f.exclusivePassages();
      }
      if (f.copies()) {
        copy.add(event);
      }
      for (FramingKind k : f.framing()) {
        kinds.computeIfAbsent(k, x -> new ArrayList<>()).add(event);
      }
      int[] q = {f.verbatim(), f.truncated(), f.altered(), f.paraphrased()};
      for (int i = 0; i < 4; i++) {
        quotesByEvent[i][at] = q[i];
        if (q[i] > 0) {
          quoteEvents.get(i).add(event);
        }
      }
    }
    int n = events.size();
    List<KindRate> framing = new ArrayList<>();
    for (FramingKind k : FramingKind.values()) {
      List<String> ev = kinds.getOrDefault(k, List.of());
      framing.add(new KindRate(k, Proportion.wilson(ev.size(), n, ev)));
    }
    return new OutletProfile(outlet, events, Proportion.wilson(salient.size(), sharing, salient),
        sharing == 0 ? 0.0 : omission / sharing, framing,
        Proportion.byEvent(quotesByEvent[0], quoteTotals, quoteEvents.get(0)),
        Proportion.byEvent(quotesByEvent[1], quoteTotals, quoteEvents.get(1)),
        Proportion.byEvent(quotesByEvent[2], quoteTotals, quoteEvents.get(2)),
        Proportion.byEvent(quotesByEvent[3], quoteTotals, quoteEvents.get(3)),
        Proportion.wilson(exclusive.size(), sharing, exclusive), Proportion.wilson(copy.size(), n, copy),
        Proportion.byEvent(ownByEvent, passagesByEvent, exclusive));
  }
}
