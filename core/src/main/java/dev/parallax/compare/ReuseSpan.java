package dev.parallax.compare;

/**
 * A run of text one article shares with another, as character offsets in each article's text.
 *
 * @param fromStart start in the source article
 * @param fromEnd end in the source article
 * @param toStart start in the copying article
 * @param toEnd end in the copying article
 */
public record ReuseSpan(int fromStart, int fromEnd, int toStart, int toEnd) {}
