/**
 * Internal helpers shared by the pipeline's packages. Not part of the API: do not depend on this package;
 * it may change in any release.
 */
package dev.parallax.internal;
