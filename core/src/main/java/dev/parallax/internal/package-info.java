/**
 * Internal helpers shared by the pipeline's packages and Parallax's own modules (the command line). Not part of
 * the API: do not depend on this package; it may change in any release.
 */
package dev.parallax.internal;
