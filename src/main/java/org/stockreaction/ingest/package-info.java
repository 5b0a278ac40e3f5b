/**
 * Ingest: reads the events file, the price files and Kenneth French's daily factor files into immutable, validated series. Every user mistake becomes an {@link org.stockreaction.ingest.InputException} naming file, line, column and raw text.
 */
package org.stockreaction.ingest;
