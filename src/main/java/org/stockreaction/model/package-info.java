/**
 * Model: expected-return models fitted on primitive arrays. Knows nothing of files, the command line or threads.
 */
package org.stockreaction.model;
