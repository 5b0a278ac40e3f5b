/**
 * Publish: how a run's reports reach the output folder. Each run is written into a hidden folder
 * beside the published ones, forced to disk, renamed into {@code runs/<run>}, and only then
 * made {@code latest} by replacing a symbolic link with a rename; a lock file keeps a second run
 * out; {@code manifest.json} records what the run read and did. Nothing here knows about the
 * command line or exit codes beyond recording the code it is given.
 */
package org.stockreaction.publish;
