/**
 * Clean: drops page chrome (menus, captions, teasers, footers, feed links) and keeps every sentence of the
 * story, recording what was removed and why.
 *
 * <p>The standard cleaner ({@link dev.parallax.clean.Cleaners#standard()}) works line by line, in the
 * manner of jusText and boilerpipe, on general signals only: the share of function words, whether a line
 * ends like a sentence, the share of URL characters, the script of its letters, repetition on the page,
 * its position (before the headline, between the headline and the first paragraph of prose, after the
 * last one, after a comment header), and the shapes of credits (on a line of their own or at the end of a
 * caption), bylines and role credits, datelines, teasers, alt text and caption pairs, embedded posts, and
 * text with no words (separator lines, table borders, script code). It marks the headline ({@link dev.parallax.clean.BlockKind#HEADLINE})
 * and embedded posts ({@link dev.parallax.clean.BlockKind#EMBEDDED}), and sets an empty title from the
 * headline. Regression pages live in {@code core/src/test/resources/cleaning/}.
 *
 * <p>Key types: {@link dev.parallax.clean.Cleaner}, {@link dev.parallax.clean.Cleaners},
 * {@link dev.parallax.clean.Block}, {@link dev.parallax.clean.Removal},
 * {@link dev.parallax.clean.RemovalReason}.
 */
package dev.parallax.clean;
