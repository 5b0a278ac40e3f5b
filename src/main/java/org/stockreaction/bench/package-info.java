/**
 * Bench: generates a seeded synthetic universe (clearly labelled synthetic) and runs the full job on
 * it stage by stage, printing wall time, MB/s, rows/s, events/s and peak heap, next to the floor of
 * a bare single pass over the same bytes.
 */
package org.stockreaction.bench;
