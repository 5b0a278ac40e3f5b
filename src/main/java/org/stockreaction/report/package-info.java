/**
 * Report: turns a study's results into the output files: CSV tables (spreadsheet-safe, UTF-8 with
 * BOM) and their JSON twins, report.md, the self-contained report.html with inline SVG charts, and
 * PNG charts in charts/. Charts are data ({@link org.stockreaction.report.Chart}) laid out once by
 * ChartPainter onto SVG or Java2D. Formatting is locale-independent.
 */
package org.stockreaction.report;
