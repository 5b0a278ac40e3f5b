/**
 * Job: runs the stages for every event, collecting per-event failures with reason codes so one bad event never sinks the run.
 */
package org.stockreaction.job;
