/**
 * Report: writes a {@link dev.parallax.Comparison} as JSON (schema {@code parallax-report/1}), an HTML
 * page and a text summary. Deterministic: the same comparison gives the same bytes.
 *
 * Every piece of article text in the HTML page is escaped by one helper, so a hostile page cannot inject
 * markup; the text summary replaces terminal control characters.
 *
 * <p>Key types: {@link dev.parallax.report.JsonReport} (documented in
 * {@code docs/schema/parallax-report-1.schema.json} and {@code docs/json.md}),
 * {@link dev.parallax.report.HtmlReport}, {@link dev.parallax.report.TextReport}.
 */
package dev.parallax.report;
