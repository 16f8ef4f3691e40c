/**
 * Clean: drops page chrome (menus, captions, teasers, footers, feed links) and keeps every sentence of the
 * story, recording what was removed and why.
 *
 * <p>Key types: {@link dev.parallax.clean.Cleaner}, {@link dev.parallax.clean.Cleaners},
 * {@link dev.parallax.clean.Block}, {@link dev.parallax.clean.Removal},
 * {@link dev.parallax.clean.RemovalReason}.
 */
package dev.parallax.clean;
