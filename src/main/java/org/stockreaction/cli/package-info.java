/**
 * CLI: the command and its help, the only place that knows about exit codes, stdout and stderr.
 */
package org.stockreaction.cli;
