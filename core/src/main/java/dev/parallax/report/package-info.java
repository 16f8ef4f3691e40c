/**
 * Report: writes a {@link dev.parallax.Comparison} as JSON (schema {@code parallax-report/1}), an HTML
 * page and a text summary. Deterministic: the same comparison gives the same bytes.
 *
 * <p>Key types: {@link dev.parallax.report.JsonReport}, {@link dev.parallax.report.TextReport}.
 */
package dev.parallax.report;
