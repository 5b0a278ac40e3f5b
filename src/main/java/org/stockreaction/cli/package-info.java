/**
 * CLI: the picocli command, the only place that knows about argv, exit codes, stdout and stderr.
 */
package org.stockreaction.cli;
