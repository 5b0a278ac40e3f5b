/**
 * Config: the study's settings, each declared once in {@link org.stockreaction.config.Setting}
 * (key, default, valid values, label, description). {@link org.stockreaction.config.ConfigLoader}
 * reads the config file and the command line's values with those declarations into a
 * {@link org.stockreaction.config.StudyConfig}; {@link org.stockreaction.config.SettingsDocs}
 * writes the README's settings table and the template config file from them;
 * {@link org.stockreaction.config.CommandLineArgs} parses a command line into the settings given
 * and a front end's own options, for the CLI and the Spark runner alike.
 *
 * <p>In the pipeline order (src/site/markdown/architecture.md) config comes after stats and before
 * job: its settings name the choices of ingest, calendar and model, and only the job and the
 * stages above it read them; the stages below receive plain values and enums.
 */
package org.stockreaction.config;
