/**
 * Ingest: reads the events file (with each event's {@link org.stockreaction.ingest.EventTime}), the price files and Kenneth French's daily factor files into immutable, validated series. Every user mistake becomes an {@link org.stockreaction.ingest.InputException} naming file, line, column and raw text.
 *
 * <p>Ingest is the first stage of the pipeline (src/site/markdown/architecture.md) and uses no other
 * package of the tool. How a price file is read, file by file, is in {@link
 * org.stockreaction.ingest.PriceFileReader}'s class comment.
 */
package org.stockreaction.ingest;
