/**
 * Config: the study's settings ({@link org.stockreaction.config.Setting}), read from the config file and merged with the command line into a {@link org.stockreaction.config.StudyConfig}.
 *
 * <p>In the pipeline order (src/site/markdown/architecture.md) config comes after stats and before
 * job: its settings name the choices of ingest, calendar and model, and only the job and the
 * stages above it read them; the stages below receive plain values and enums.
 */
package org.stockreaction.config;
