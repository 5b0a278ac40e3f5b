package org.stockreaction.job;

import java.time.LocalDate;

/**
 * A price file the run read, for the report's method section and the manifest.
 *
 * @param ticker the ticker
 * @param path the file, relative to the input folder
 * @param rows price rows read
 * @param first first date
 * @param last last date used (after {@code as-of})
 * @param priceColumn the column returns came from
 */
public record InputFile(
    String ticker, String path, int rows, LocalDate first, LocalDate last, String priceColumn) {}
