/**
 * Config: the study's settings ({@link org.stockreaction.config.Setting}), read from the config file and merged with the command line into a {@link org.stockreaction.config.StudyConfig}.
 */
package org.stockreaction.config;
