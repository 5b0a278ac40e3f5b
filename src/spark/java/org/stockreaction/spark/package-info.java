/**
 * The study on Apache Spark: {@link org.stockreaction.spark.SparkStudy} reads the CLI's input
 * folder (or a Parquet panel) from any Hadoop file system, computes every event in the executors
 * with the CLI's own per-event code ({@code job.StudyJob#compute}) and every group with its group
 * statistics ({@code stats.GroupStatistics}), and publishes the CLI's tables byte for byte, with
 * the CLI's reports built on the driver from the group results and the events they show. This is
 * the only package that imports Spark; the pipeline's packages know nothing of it.
 */
package org.stockreaction.spark;
