/**
 * Report: turns a study's results into the output files: the result tables ({@link
 * org.stockreaction.report.ResultTable}) as CSV (spreadsheet-safe, UTF-8 with BOM), as JSON
 * copies and as the workbook results.xlsx, each when the {@code formats} setting asks for it;
 * report.md, the self-contained report.html with inline SVG charts, and PNG charts in charts/.
 * Charts are data ({@link org.stockreaction.report.Chart}) laid out once by ChartPainter onto SVG
 * or Java2D. Formatting is locale-independent.
 */
package org.stockreaction.report;
