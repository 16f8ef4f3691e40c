package dev.parallax.clean;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Small closed word lists the cleaning rules use: English function words (for the stop-word ratio of
 * jusText) and the generic vocabulary of page furniture (cookies, sharing, subscribing) and captions.
 * None of them names an outlet, a story or a string from a particular page.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** English function words; running prose has about 40% of its words here, menus and tag lists almost none. */
  static final Set<String> STOP_WORDS = Set.of(
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
      "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
      "did", "do", "does", "doing", "down", "during", "each", "either", "even", "ever", "few", "for", "from",
      "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his",
      "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most",
      "must", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
      "out", "over", "own", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the",
      "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
      "under", "until", "up", "upon", "very", "was", "we", "were", "what", "when", "where", "whether", "which",
      "while", "who", "whom", "whose", "why", "will", "with", "would", "you", "your", "yours", "said", "says",
      "according", "per", "via", "amid", "among", "since", "though", "although", "yet", "it's", "isn't",
      "don't", "didn't", "won't", "can't", "he's", "she's", "they're", "we're", "there's", "that's");

  /** Words of site furniture: cookie banners, sign-up and subscription boxes, legal lines. */
  static final Set<String> FURNITURE = Set.of(
      "cookie", "cookies", "javascript", "browser", "subscribe", "newsletter", "newsletters", "unsubscribe",
      "login", "signup", "inbox", "paywall");

  /** Words that address the reader or speak for the site, which furniture does and reporting rarely does. */
  static final Set<String> ADDRESS = Set.of(
      "you", "your", "yours", "our", "ours", "we", "us", "please", "click", "tap");

  /** What a page calls itself: "this website", "this site". */
  static final Set<String> SITE = Set.of("website", "site", "page", "app", "browser");

  /** Verbs that open a call to action: a share, follow or subscribe widget. */
  static final Set<String> CALL_TO_ACTION = Set.of(
      "share", "subscribe", "follow", "download", "sign", "log", "register", "join", "click", "tap", "print",
      "email", "accept", "reject", "install", "listen", "watch", "read", "see", "view", "comment", "like", "skip",
      "go", "back", "load", "show", "continue", "scroll", "gift", "save");

  /**
   * Imperatives that open a sign-up box ("Stay informed with ... newsletters", "Enable JavaScript"); not
   * "like", "see" or "back", which open reporting sentences as prepositions and adverbs.
   */
  static final Set<String> PROMPT_VERBS = Set.of(
      "sign", "subscribe", "register", "join", "get", "stay", "download", "install", "follow", "never", "keep",
      "enable", "accept", "allow", "manage", "update", "log", "receive", "try", "start", "unlock");

  /** What follows a call-to-action verb in a prompt ("Share this", "Follow us", "Sign up"), not in a headline. */
  static final Set<String> PROMPT_OBJECTS = Set.of(
      "this", "the", "our", "us", "on", "to", "up", "in", "now", "here", "more", "for", "a", "an", "all", "your",
      "it", "with", "via", "out", "and", "reading", "down", "below");

  /** Words before "by" in a credit line: "Reporting by", "Posted by". */
  static final Set<String> CREDIT_VERBS = Set.of(
      "reporting", "writing", "editing", "written", "compiled", "edited", "words", "posted");

  /** Nouns of widgets and services that make up share bars and comment counters. */
  static final Set<String> WIDGET = Set.of(
      "share", "shares", "comment", "comments", "reply", "replies", "like", "likes", "tweet", "email", "print",
      "facebook", "twitter", "whatsapp", "telegram", "linkedin", "reddit", "pinterest", "flipboard", "vk",
      "messenger", "copy", "link", "app", "apps", "podcast", "podcasts", "newsletter", "rss", "feed",
      "advertisement", "advert", "sponsored",
      // a live page's controls over its posts: "Pinned post", "Refresh"
      "pinned", "refresh");

  /** Verbs of reported speech: a line that uses them reports, it does not describe a picture. */
  static final Set<String> SPEECH = Set.of(
      "said", "says", "told", "tells", "added", "stated", "announced", "reported", "according", "claimed",
      "warned", "insisted");

  /** Past and modal auxiliaries: narration, which picture captions (written in the present) avoid. */
  static final Set<String> PAST_OR_MODAL = Set.of(
      "was", "were", "had", "has", "have", "would", "will", "did", "could", "should", "been", "might", "must",
      // common irregular past forms
      "broke", "rose", "fell", "began", "came", "went", "took", "made", "gave", "got", "saw", "left", "met",
      "held", "led", "won", "lost", "ran", "sent", "spent", "sold", "bought", "brought", "thought", "found",
      "kept", "paid", "grew", "drew", "flew", "knew", "became", "wrote", "spoke", "chose", "struck", "fought",
      "threw", "shot", "stood", "sat", "felt", "heard", "meant", "built", "wore", "drove", "rode", "fled",
      "sank", "swore", "told", "said");

  /** Labels that introduce a teaser for another article. */
  static final Set<String> TEASER_LABELS = Set.of(
      "read more", "read also", "also read", "related", "related article", "related articles", "related story",
      "related stories", "see also", "more", "more on this", "watch", "listen", "recommended", "must read",
      "don't miss", "trending", "read next", "up next", "full coverage", "more coverage", "special coverage",
      "live", "live updates", "live blog", "in pictures", "in photos", "in pics", "in video", "watch live",
      "more stories", "more news", "top stories", "editor's pick", "editor's picks", "related posts",
      "related news", "related links", "related content", "related coverage", "full article", "full story",
      "read full story", "continue reading", "more like this", "you may also like", "you might also like",
      "most popular", "most read", "most viewed", "most shared", "trending now", "popular now", "popular stories",
      "latest stories", "latest news", "top picks", "what to read next", "recommended for you");

  /** What "More ... on ..." promises in a teaser: "More coverage on ...", "More stories about ...". */
  static final Set<String> COVERAGE_NOUNS = Set.of(
      "coverage", "stories", "news", "articles", "reports", "reporting", "photos", "pictures", "videos",
      "updates", "headlines", "analysis", "features");

  /** Words that make a line a sentence rather than a teaser's noun phrase. */
  static final Set<String> FINITE_VERBS = Set.of(
      "is", "are", "was", "were", "be", "been", "will", "would", "has", "have", "had", "can", "could", "should",
      "may", "might", "must", "to", "do", "does", "did");

  /** Words of a picture: the label of a credit ({@code [Photo/Agency]}) or the subject of a caption. */
  static final Set<String> PICTURE_WORDS = Set.of(
      "image", "images", "photo", "photos", "photograph", "photographs", "picture", "pictures", "pic", "pics",
      "video", "footage", "illustration", "graphic", "graphics", "screenshot", "screengrab");

  /** Words after which a word in -ed describes rather than narrates: "a collapsed building", "is carried". */
  static final Set<String> BEFORE_PARTICIPLE = Set.of(
      "a", "an", "the", "this", "these", "those", "its", "his", "her", "their", "our", "is", "are", "be",
      "being", "get", "gets", "of", "in", "on", "at", "by", "from", "with", "past", "near", "among", "through",
      "into", "and", "or", "newly", "badly", "heavily", "partly", "partially", "fully");

  /** Present-tense verbs of a caption that describes its picture: "A handout picture shows ...". */
  static final Set<String> PICTURE_VERBS = Set.of("shows", "show", "locates", "depicts", "captures", "illustrates");

  /** Labels of a credit line that names who made the article: "Editor: Name", "Chief Reporter: Name". */
  static final Set<String> ROLE_LABELS = Set.of(
      "editor", "editors", "reporter", "reporters", "author", "authors", "writer", "writers", "correspondent",
      "correspondents", "photographer", "photographers", "translator", "translators", "contributor",
      "contributors", "producer", "producers", "columnist", "byline", "editor-in-chief", "compiler");

  /** Words of a licence notice: "may not be published, broadcast, rewritten or redistributed". */
  static final Set<String> RIGHTS = Set.of(
      "rewritten", "redistributed", "republished", "republication", "reproduced", "non-commercial",
      "redistribution", "reproduction", "broadcast", "published");

  /** Words that label a picture credit or caption. */
  static final Set<String> CAPTION_LABELS = Set.of(
      "image", "images", "photo", "photos", "photograph", "picture", "pictures", "pic", "credit", "credits",
      "source", "file", "video", "illustration", "graphic", "footage", "screenshot", "representational",
      "representative", "foto");

  /** A site's sections, the first step of a breadcrumb ("Blogs > Lindby Newsroom", "News » Local"). */
  static final Set<String> SECTIONS = Set.of(
      "home", "news", "local news", "blogs", "blog", "sport", "sports", "opinion", "opinions", "world", "local",
      "politics", "business", "money", "entertainment", "lifestyle", "life", "culture", "arts", "tech",
      "technology", "science", "health", "travel", "weather", "features", "comment", "editorials", "columns",
      "columnists", "video", "videos", "photos", "magazine", "us news", "world news", "nation", "national");

  /** The last word of a news organisation's name: "Lindwire Press", "Ostvik News Agency", "Strand Wire Service". */
  static final Set<String> NEWS_ORGANISATION = Set.of("press", "news", "agency", "wire", "service", "newswire");

  /**
   * The last word of a newspaper's name over its pages ("The Lindby Courier", "Harbour Evening Gazette"): the nouns
   * mastheads end with and headlines seldom do.
   */
  static final Set<String> MASTHEAD_NOUNS = Set.of(
      "courier", "gazette", "herald", "ledger", "tribune", "chronicle", "journal", "times", "post", "telegraph",
      "observer", "examiner", "inquirer", "enquirer", "dispatch", "sentinel", "advertiser", "argus", "bulletin",
      "courant", "clarion", "intelligencer");

  /**
   * The label of a box that sums up the story in a few lines under its headline ("Key points", "At a glance"),
   * lower case, without a colon.
   */
  static final Set<String> KEY_POINTS_LABELS = Set.of(
      "key points", "the key points", "key facts", "key takeaways", "takeaways", "key findings", "main points",
      "at a glance", "summary", "in summary", "story highlights");

  /** Words that mark an advertising slot. */
  static final Set<String> ADVERTISING = Set.of("advertisement", "advertisements", "advert", "adverts", "sponsored");

  /** Second words of a caption label without a colon: "Image source, ...", "Photo caption, ...". */
  static final Set<String> CAPTION_LABEL_TAILS = Set.of("source", "caption", "credit", "credits", "copyright");

  /** Month names and their abbreviations. */
  static final Set<String> MONTHS = Set.of(
      "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
      "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december");

  /** Holidays a deadline may name ("by Christmas", "by Easter"). */
  static final Set<String> HOLIDAYS = Set.of("christmas", "easter", "thanksgiving", "halloween", "hanukkah",
      "ramadan", "eid", "diwali", "passover", "midsummer", "year's", "year\u2019s");

  /** The names of the days of the week. */
  static final Set<String> WEEKDAYS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Month names and abbreviations, weekdays, clock words and time zones: the words of a dateline. */
  static final Set<String> DATE_WORDS = Set.of(
      "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
      "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
      "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri",
      "friday", "sat", "saturday", "sun", "sunday", "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest",
      "est", "edt", "et", "pt", "pst", "pdt", "cst", "cdt", "ct", "mst", "mdt", "mt", "akst", "akdt", "hst", "msk",
      "ist", "aest", "updated", "published", "posted", "aired", "originally",
      "last", "on", "at", "created", "modified", "time", "date", "today", "yesterday", "ago", "hours", "hour",
      "minutes", "minute", "mins", "min", "h", "read", "first", "estimated", "reading", "and", "edited");

  /** The months and weekdays among the date words: what names a day ("Mon, Jun 3"). */
  static final Set<String> CALENDAR_WORDS = Stream.of(MONTHS, WEEKDAYS,
          Set.of("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"))
      .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

  /** Units of a page's age before "ago" besides the clock's ("7 days ago", "3 weeks ago"); years are no page's age. */
  static final Set<String> AGE_UNITS = Set.of("day", "days", "week", "weeks", "month", "months");

  /**
   * Verbs of a timestamp line: "Posted and last updated" still says when, after its date was lost; a broadcast's
   * transcript is stamped "Aired March 3, 2024 - 20:00 ET".
   */
  static final Set<String> TIMESTAMP_VERBS =
      Set.of("updated", "published", "posted", "aired", "modified", "created", "edited");

  /** Words that may follow "By" in a byline besides capitalized names. */
  static final Set<String> NAME_PARTICLES = Set.of(
      "and", "of", "the", "de", "da", "del", "van", "von", "der", "bin", "al", "el", "le", "la", "in", "for", "&");
}
