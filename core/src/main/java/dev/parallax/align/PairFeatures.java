package dev.parallax.align;

import dev.parallax.analyze.Mention;
import dev.parallax.analyze.MentionKind;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.SentenceRole;
import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The features of a cross-article sentence pair that the {@link SameFactModel} weighs: the similarity's
 * score, word overlap by kind (all content words, informative words, names, numbers), the sentences' roles
 * and positions, and the words of the story (used by many of the articles) that both use.
 *
 * <p>Bound to the sentences of one alignment run; not thread-safe (one instance per run and thread: see {@link
 * #forAnotherThread}).
 */
final class PairFeatures {
  /** Feature names, in the order of {@link #of(int, int)}'s array and of the model's weights. */
  static final List<String> NAMES = List.of(
      "sim", "evidence", "overlap_min", "overlap_max", "names", "numbers_shared", "numbers_conflict",
      "head_both", "head_one", "lead_both", "position_max", "length_ratio", "quote_both",
      "words_min", "words_max", "words_shared", "names_share", "position_gap",
      "story_words_shared", "story_names_shared");

  /** Stems of verbs of saying: an attribution is no shared content. */
  static final Set<String> REPORTING = Set.of("said", "say", "tell", "told", "ad", "add", "report", "state",
      "stat", "announc");

  /** A date mention's value with a month and day ({@code 2021-12-02} or {@code 12-02}). */
  private static final java.util.regex.Pattern MONTH_DAY = java.util.regex.Pattern.compile("(\\d{4}-)?\\d{2}-\\d{2}");

  /** A word used by at least this share of the articles is one of the story's own words. */
  static final double STORY_SHARE = 0.4;


  /** What the aligner knows of the run that the features read. */
  interface Run {
    List<Sentence> sentences();

    int articleOf(int node);

    /** The similarity's score for the pair, divided by its threshold. */
    double relativeScore(int x, int y);

    /** Informative-word evidence (the aligner's own measure). */
    double evidence(int x, int y);

    /** Position of the node among its article's reporting sentences, in [0, 1]. */
    double position(int node);

    /** Rank of the node among its article's reporting sentences, headlines excluded (0 = lead). */
    int bodyRank(int node);

    /** The numbers, dates and weekdays the analyzer found in the node's sentence. */
    List<Mention> mentions(int node);

    /**
     * The surnames (as lemmas) of the speakers the analyzer gave the quotations of the node's sentence, found
     * in the article's own words; empty when none.
     */
    Set<String> speakers(int node);

    /** The publication date of the node's article, when known. */
    Optional<LocalDate> published(int node);
  }

  private final Run run;
  private final Lexicon lexicon;
  private final List<Set<String>> names;
  private final List<Set<String>> numbers;
  private final boolean[] quoted;
  /**
   * Node -> the IDF weights of its content keys (lemma or {@code #number}) in the iteration order of its key set
   * (the order {@link #pass} sums them in); the keys themselves are in {@link #keyIdOf}.
   */
  private final double[][] weightOf;
  /** Node -> per key: {@link #NUMBER}, {@link #NAME}, {@link #REPORTED} (a verb of saying) or {@link #WORD}. */
  private final byte[][] kindOf;
  /** Node -> per key: whether it is one of the story's own words (at least {@link #STORY_SHARE} of the articles use it). */
  private final boolean[][] storyOf;
  /** The tables of a node's marks: its keys, its synonym groups. */
  private static final int KEYS = 0;
  private static final int GROUPS = 1;
  private static final byte NUMBER = 0;
  private static final byte NAME = 1;
  private static final byte REPORTED = 2;
  private static final byte WORD = 3;
  private final int[] length;
  /** Node -> per key: the key's id in this run (equal ids for equal keys), for array lookups instead of hashing. */
  private final int[][] keyIdOf;
  /** Node -> per key: its synonym groups as ids dense in this run. */
  private final int[][][] keyGroupIdsOf;
  /** Node -> the dense ids of the synonym groups of all its words. */
  private final int[][] groupIdsOf;
  /** One node's keys (table {@link #KEYS}, with their positions) and groups ({@link #GROUPS}) marked. */
  private final NodeMarks marks;

  /** Prepares the features of a run. */
  PairFeatures(Run run, Lexicon lexicon) {
    this.run = run;
    this.lexicon = lexicon;
    this.names = new ArrayList<>();
    this.numbers = new ArrayList<>();
    List<Sentence> sentences = run.sentences();
    int n = sentences.size();
    quoted = new boolean[n];
    length = new int[n];
    List<Set<String>> keys = new ArrayList<>(n);
    Set<String> nameLemmas = new HashSet<>();
    // a capitalised word as written (lower case) -> its key, for the words of a resolved full name
    Map<String, String> nameKeys = new HashMap<>();
    for (Sentence s : sentences) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.kind() == TokenKind.WORD && t.isCapitalized()) {
          if (i > 0 && s.role() != SentenceRole.HEADLINE) {
            nameLemmas.add(t.lemma());
          }
          if (t.norm().length() > 2 && !lexicon.isStopWord(t.norm())) {
            nameKeys.putIfAbsent(t.norm(), IrregularVerbs.standard().base(t.lemma()));
          }
        }
      }
    }
    // per distinct lemma of the run: its base form and whether it is a content word (looked up once)
    Map<String, String> contentLemma = new HashMap<>();
    /* Node -> the keys of its words' lemmas (whose synonym groups are the node's groups). */
    List<List<String>> lemmaKeys = new ArrayList<>(n);
    for (int g = 0; g < n; g++) {
      Set<String> k = new HashSet<>();
      Set<String> nm = new HashSet<>();
      Set<String> num = new HashSet<>();
      List<String> lemmas = new ArrayList<>();
      List<Token> tokens = sentences.get(g).tokens();
      // a name is what the analyzer found as one ("Trump" in the headline "Trump Says Obama Should Resign", not
      // "Says"), or a sentence's first word that another sentence of the run, not a headline, writes
      // capitalised inside it ("Holloway apologized" in an article that names her only there)
      boolean[] named = namedTokens(tokens, run.mentions(g));
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.kind() == TokenKind.NUMBER) {
          k.add("#" + t.lemma());
          num.add(t.lemma());
          length[g]++;
        } else if (t.kind() == TokenKind.WORD) {
          if (t.norm().length() > 2 && !lexicon.isStopWord(t.norm())) {
            String lemma = contentLemma.computeIfAbsent(t.lemma(), x -> IrregularVerbs.standard().base(x));
            k.add(lemma);
            lemmas.add(lemma);
            if (named[i] || i == 0 && t.isCapitalized() && nameLemmas.contains(t.lemma())) {
              nm.add(lemma);
            }
          }
          length[g]++;
        } else if (t.norm().equals("\"")) {
          quoted[g] = true;
        }
      }
      for (String v : standAlone(run.mentions(g), run.published(g))) {
        k.add("#" + v);
        num.add(v);
      }
      // "Gingrich" stands alone as "Newt Gingrich" when the article names him so (the analyzer resolved it)
      for (Mention m : run.mentions(g)) {
        if (m.kind() == MentionKind.NAME && m.value().indexOf(' ') > 0) {
          for (String word : m.value().split(" ")) {
            String key = nameKeys.get(word);
            if (key != null && k.add(key)) {
              nm.add(key);
            }
          }
        }
      }
      // "he said" stands alone as "Braley said": the speaker of a quotation in the sentence is one of its names
      for (String speaker : run.speakers(g)) {
        if (k.add(speaker)) {
          nm.add(speaker);
        }
      }
      keys.add(k);
      names.add(nm);
      numbers.add(num);
      lemmaKeys.add(lemmas);
    }
    // each distinct key gets an id of this run, with its sentence and article counts and synonym groups (the
    // nodes come article by article, so a key's articles are counted by noting the last one seen)
    Map<String, Integer> keyIds = new HashMap<>();
    int[] df = new int[16];
    int[] articles = new int[16];
    int[] lastArticle = new int[16];
    int articleCount = 0;
    keyIdOf = new int[n][];
    for (int g = 0; g < n; g++) {
      int article = run.articleOf(g);
      articleCount = Math.max(articleCount, article + 1);
      keyIdOf[g] = new int[keys.get(g).size()];
      int i = 0;
      // a node's keys in the iteration order of its set: the order its weights are summed in
      for (String key : keys.get(g)) {
        int id = keyIds.computeIfAbsent(key, x -> keyIds.size());
        if (id == df.length) {
          df = java.util.Arrays.copyOf(df, 2 * id);
          articles = java.util.Arrays.copyOf(articles, 2 * id);
          lastArticle = java.util.Arrays.copyOf(lastArticle, 2 * id);
        }
        if (df[id]++ == 0 || lastArticle[id] != article) {
          articles[id]++;
          lastArticle[id] = article;
        }
        keyIdOf[g][i++] = id;
      }
    }
    String[] keyById = new String[keyIds.size()];
    keyIds.forEach((key, id) -> keyById[id] = key);
    boolean[] story = new boolean[keyById.length];
    for (int id = 0; id < keyById.length; id++) {
      story[id] = articleCount > 1 && articles[id] >= Math.max(2, STORY_SHARE * articleCount) && df[id] > 2;
    }
    // synonym groups as ids dense in this run, per key
    Map<Integer, Integer> groupIds = new HashMap<>();
    int[][] groupIdsOfKey = new int[keyById.length][];
    for (int id = 0; id < keyById.length; id++) {
      int[] groups = keyById[id].startsWith("#") ? new int[0] : lexicon.groupsOf(keyById[id]);
      groupIdsOfKey[id] = new int[groups.length];
      for (int j = 0; j < groups.length; j++) {
        groupIdsOfKey[id][j] = groupIds.computeIfAbsent(groups[j], x -> groupIds.size());
      }
    }
    weightOf = new double[n][];
    kindOf = new byte[n][];
    storyOf = new boolean[n][];
    keyGroupIdsOf = new int[n][][];
    groupIdsOf = new int[n][];
    for (int g = 0; g < n; g++) {
      int size = keyIdOf[g].length;
      weightOf[g] = new double[size];
      kindOf[g] = new byte[size];
      keyGroupIdsOf[g] = new int[size][];
      storyOf[g] = new boolean[size];
      for (int i = 0; i < size; i++) {
        int id = keyIdOf[g][i];
        String key = keyById[id];
        weightOf[g][i] = Math.log((1.0 + n) / (1.0 + df[id])) + 1.0;
        kindOf[g][i] = key.startsWith("#") ? NUMBER : names.get(g).contains(key) ? NAME
            : REPORTING.contains(key) ? REPORTED : WORD;
        keyGroupIdsOf[g][i] = groupIdsOfKey[id];
        storyOf[g][i] = story[id];
      }
      // the groups of the node's words (a group repeated as often as words have it: marked once)
      List<String> lemmas = lemmaKeys.get(g);
      int total = 0;
      for (String lemma : lemmas) {
        total += groupIdsOfKey[keyIds.get(lemma)].length;
      }
      groupIdsOf[g] = new int[total];
      int j = 0;
      for (String lemma : lemmas) {
        int[] ids = groupIdsOfKey[keyIds.get(lemma)];
        System.arraycopy(ids, 0, groupIdsOf[g], j, ids.length);
        j += ids.length;
      }
    }
    marks = new NodeMarks(keyIds.size(), groupIds.size());
  }

  /** The features of {@code of}'s run, read from its tables with marks of their own, and {@code run}'s scores. */
  private PairFeatures(PairFeatures of, Run run) {
    this.run = run;
    lexicon = of.lexicon;
    names = of.names;
    numbers = of.numbers;
    quoted = of.quoted;
    weightOf = of.weightOf;
    kindOf = of.kindOf;
    storyOf = of.storyOf;
    length = of.length;
    keyIdOf = of.keyIdOf;
    keyGroupIdsOf = of.keyGroupIdsOf;
    groupIdsOf = of.groupIdsOf;
    marks = of.marks.another();
  }

  /**
   * These features for another thread: the same tables (only read once built), marks of their own, and {@code run},
   * the same run as that thread reads it (with its own scratch state).
   */
  PairFeatures forAnotherThread(Run run) {
    return new PairFeatures(this, run);
  }

  /**
   * Node {@code g}'s action terms: the run ids of its content words that are neither names, numbers nor verbs of
   * saying, and, as {@code -1 - id}, the ids of those words' synonym groups (a derived form shares one: "arrest" /
   * "arrested"), so that two nodes naming one action in different forms share a term.
   */
  Set<Integer> actionTerms(int g) {
    Set<Integer> terms = new HashSet<>();
    for (int i = 0; i < keyIdOf[g].length; i++) {
      if (kindOf[g][i] == WORD) {
        terms.add(keyIdOf[g][i]);
        for (int gid : keyGroupIdsOf[g][i]) {
          terms.add(-1 - gid);
        }
      }
    }
    return terms;
  }

  /** The slot holding node {@code y}'s keys and groups, marking them now if neither slot does (never evicting {@code keep}'s). */
  private NodeMarks.Slot marked(int y, int keep) {
    NodeMarks.Slot m = marks.holding(y);
    if (m == null) {
      m = marks.claim(y, keep);
      int[] ids = keyIdOf[y];
      for (int j = 0; j < ids.length; j++) {
        m.mark(KEYS, ids[j], j);
      }
      for (int group : groupIdsOf[y]) {
        m.mark(GROUPS, group);
      }
    }
    return m;
  }

  /** Whether the marked node has a word of one of these synonym groups. */
  private static boolean hasGroup(NodeMarks.Slot y, int[] keyGroupIds) {
    for (int group : keyGroupIds) {
      if (y.has(GROUPS, group)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sentence's figures and days as they read out of context: a number written in words by its value
   * ("Fifteen" as 15), a date by its month and day, a weekday by the date it names counted back from the
   * article's publication date ("Thursday" in an article of Friday 3 December is 12-02).
   */
  /** Which tokens are words of a name the analyzer found ("Trump" in "Mr. Trump Says", not "Says"). */
  private static boolean[] namedTokens(List<Token> tokens, List<Mention> mentions) {
    boolean[] out = new boolean[tokens.size()];
    int i = 0;
    for (Mention m : mentions) {
      if (m.kind() != MentionKind.NAME) {
        continue;
      }
      Set<String> words = new HashSet<>(List.of(m.value().split(" ")));
      while (i < tokens.size() && tokens.get(i).end() <= m.start()) {
        i++;
      }
      for (int k = i; k < tokens.size() && tokens.get(k).start() < m.end(); k++) {
        out[k] = words.contains(tokens.get(k).norm());
      }
    }
    return out;
  }

  static Set<String> standAlone(List<Mention> mentions, Optional<LocalDate> published) {
    Set<String> out = new HashSet<>();
    for (Mention m : mentions) {
      switch (m.kind()) {
        case NUMBER -> {
          int space = m.value().indexOf(' ');
          String v = space < 0 ? m.value() : m.value().substring(0, space);
          if (!v.isEmpty() && Character.isDigit(v.charAt(0))) {
            out.add(v);
          }
        }
        case DATE -> {
          String v = m.value();
          if (MONTH_DAY.matcher(v).matches()) {
            out.add("@" + v.substring(v.length() - 5));
          }
        }
        case WEEKDAY -> published.ifPresent(p -> {
          for (int back = 0; back < 7; back++) {
            LocalDate d = p.minusDays(back);
            if (d.getDayOfWeek().name().equalsIgnoreCase(m.value())) {
              out.add(String.format(Locale.ROOT, "@%02d-%02d", d.getMonthValue(), d.getDayOfMonth()));
            }
          }
        });
        default -> { }
      }
    }
    return out;
  }

  /** The features of the pair, in the order of {@link #NAMES}. */
  double[] of(int x, int y) {
    return features(x, y, pass(x, y), pass(y, x));
  }

  /** The features of the pair when it {@linkplain #sharesContent shares content}, else null: one pass each way. */
  double[] ofSharing(int x, int y) {
    double[] px = pass(x, y);
    return sharesContent(x, y, px) ? features(x, y, px, pass(y, x)) : null;
  }

  private double[] features(int x, int y, double[] px, double[] py) {
    double rel = Math.min(2.0, run.relativeScore(x, y));
    double covX = px[HIT_ALL] == 0 ? 0.0 : px[HIT_ALL] / px[TOTAL_ALL];
    double covY = py[HIT_ALL] == 0 ? 0.0 : py[HIT_ALL] / py[TOTAL_ALL];
    int sharedNames = (int) px[NAMES_SHARED];
    int sharedNumbers = (int) px[NUMBERS_SHARED];
    boolean conflict = !numbers.get(x).isEmpty() && !numbers.get(y).isEmpty() && sharedNumbers == 0;
    boolean hx = SentenceNodes.isSummary(run.sentences().get(x));
    boolean hy = SentenceNodes.isSummary(run.sentences().get(y));
    boolean lead = (hx || run.bodyRank(x) <= 1) && (hy || run.bodyRank(y) <= 1);
    double wordsX = px[HIT_WORDS] == 0 ? 0.0 : px[HIT_WORDS] / px[TOTAL_WORDS];
    double wordsY = py[HIT_WORDS] == 0 ? 0.0 : py[HIT_WORDS] / py[TOTAL_WORDS];
    int fewer = Math.min(names.get(x).size(), names.get(y).size());
    double lengthRatio = Math.max(length[x], length[y]) == 0 ? 0.0
        : (double) Math.min(length[x], length[y]) / Math.max(length[x], length[y]);
    return new double[] {
      rel,
      Math.min(4.0, run.evidence(x, y)) / 4.0,
      Math.min(covX, covY),
      Math.max(covX, covY),
      Math.min(3, sharedNames) / 3.0,
      Math.min(2, sharedNumbers) / 2.0,
      conflict ? 1 : 0,
      hx && hy ? 1 : 0,
      hx != hy ? 1 : 0,
      lead ? 1 : 0,
      Math.max(run.position(x), run.position(y)),
      lengthRatio,
      quoted[x] && quoted[y] ? 1 : 0,
      Math.min(wordsX, wordsY),
      Math.max(wordsX, wordsY),
      Math.min(4, px[WORDS_SHARED]) / 4.0,
      fewer == 0 ? 0.0 : (double) sharedNames / fewer,
      Math.abs(run.position(x) - run.position(y)),
      Math.min(3, px[STORY_WORDS]) / 3.0,
      Math.min(3, px[STORY_NAMES]) / 3.0
    };
  }

  /**
   * Whether the two sentences share content beyond their actors: two common words (the same or synonyms),
   * or one plus a name or number, or a number plus a name. Past the leads one of the common words must be
   * the fact's own (not one of the story's words, not a synonym) unless they share a number. The model may
   * only link pairs that do: sentences that share nothing but the story's actors ("the union told the company
   * ..." / "the company said the union ...") report different facts.
   */
  boolean sharesContent(int x, int y) {
    return sharesContent(x, y, pass(x, y));
  }

  private boolean sharesContent(int x, int y, double[] px) {
    double words = px[WORDS_SHARED];
    boolean names = px[NAMES_SHARED] > 0;
    boolean numbers = px[NUMBERS_SHARED] > 0;
    boolean content = words >= 2 || words == 1 && (names || numbers) || numbers && names;
    if (!content) {
      return false;
    }
    // past the leads, a fact needs a word of its own: the story's words and loose synonyms are its topic
    return isLead(x) && isLead(y) || numbers || px[OWN_WORDS] > 0;
  }

  private boolean isLead(int node) {
    return run.bodyRank(node) < SentenceNodes.LEAD_SENTENCES;
  }

  private static final int TOTAL_ALL = 0;
  private static final int HIT_ALL = 1;
  private static final int TOTAL_WORDS = 2;
  private static final int HIT_WORDS = 3;
  private static final int WORDS_SHARED = 4;
  private static final int STORY_WORDS = 5;
  private static final int STORY_NAMES = 6;
  private static final int NAMES_SHARED = 7;
  private static final int NUMBERS_SHARED = 8;
  private static final int OWN_WORDS = 9;

  /**
   * One pass over {@code x}'s content keys against {@code y}: the IDF-weighted coverage of all of them and of
   * the common words only (names and numbers apart; a synonym counts half), and how many common words (the
   * same or synonyms, verbs of saying apart), story words, story names, names, numbers and own words (common
   * words, exactly, not the story's) both use.
   */
  private double[] pass(int x, int y) {
    NodeMarks.Slot other = marked(y, x);
    double[] out = new double[10];
    int[] keys = keyIdOf[x];
    for (int i = 0; i < keys.length; i++) {
      byte kind = kindOf[x][i];
      double w = weightOf[x][i];
      boolean exact = other.has(KEYS, keys[i]);
      boolean synonym = !exact && kind != NUMBER && hasGroup(other, keyGroupIdsOf[x][i]);
      double hit = exact ? w : synonym ? 0.5 * w : 0.0;
      out[TOTAL_ALL] += w;
      out[HIT_ALL] += hit;
      if (kind != NUMBER && kind != NAME) {
        out[TOTAL_WORDS] += w;
        out[HIT_WORDS] += hit;
      }
      if (kind == WORD && (exact || synonym)) {
        out[WORDS_SHARED]++;
      }
      if (exact) {
        if (storyOf[x][i] && kind != NUMBER) {
          out[kind == NAME ? STORY_NAMES : STORY_WORDS]++;
        }
        // a name of x that y has is one of y's names too when y writes it as one ({@code kindOf} says which)
        if (kind == NAME && kindOf[y][other.value(KEYS, keys[i])] == NAME) {
          out[NAMES_SHARED]++;
        }
        if (kind == NUMBER) {
          out[NUMBERS_SHARED]++;
        }
        if (kind == WORD && !storyOf[x][i]) {
          out[OWN_WORDS]++;
        }
      }
    }
    return out;
  }

  private static int shared(Set<String> a, Set<String> b) {
    int n = 0;
    for (String s : a) {
      if (b.contains(s)) {
        n++;
      }
    }
    return n;
  }
}
