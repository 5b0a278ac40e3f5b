/**
 * Bench: generates a seeded synthetic universe (clearly labelled synthetic) and runs the full job on
 * it stage by stage, printing wall time, MB/s, rows/s, events/s and peak heap, next to the floor of
 * a bare single pass over the same bytes.
 *
 * <p>In the pipeline order (src/site/markdown/architecture.md) bench comes after publish, just
 * below cli: it runs every stage up to publish, and only the command line starts it.
 */
package org.stockreaction.bench;
