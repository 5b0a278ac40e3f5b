/**
 * Report: turns a study's results into CSV tables, Markdown and the other output files. Formatting is locale-independent.
 */
package org.stockreaction.report;
