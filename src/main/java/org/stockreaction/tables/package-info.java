/**
 * Tables: a study's result tables as typed Tablesaw tables, for analysts who rerun a study from
 * JShell or a notebook and sort, filter and join the results in Java ({@link
 * org.stockreaction.tables.StudyTables}). It sits after report, whose table definitions it
 * reads; the command line never loads it, so Tablesaw stays off a run's start-up path.
 */
package org.stockreaction.tables;
