/**
 * Stats: abnormal returns, CARs, BHARs and their tests, on primitive arrays and records. Knows nothing of files, the command line or threads.
 */
package org.stockreaction.stats;
