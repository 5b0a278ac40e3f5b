/**
 * Ingest: reads the events file and the price files into immutable, validated series. Every user mistake becomes an {@link org.stockreaction.ingest.InputException} naming file, line, column and raw text.
 */
package org.stockreaction.ingest;
