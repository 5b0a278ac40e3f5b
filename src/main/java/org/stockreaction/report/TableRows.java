package org.stockreaction.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.stockreaction.job.StudyResult;

/**
 * The CSV tables in pieces, for an engine that computes events and groups apart and joins their
 * rows later: a table's file is its {@link #header} followed by the {@link #rows} of each part in
 * order (events in events-file order, groups in order of first appearance), byte for byte the file
 * {@link ReportWriter} writes for the whole study. A row never depends on the rows around it.
 */
public final class TableRows {

  /** The tables that can be written in pieces, with their file names. */
  public enum Table {
    SUMMARY("summary.csv", ResultTables.SUMMARY),
    CAR("car.csv", ResultTables.CAR),
    ABNORMAL_RETURNS("abnormal_returns.csv", ResultTables.ABNORMAL),
    /** The loadings of the run's own model; {@link #COMPARED_LOADINGS} follow them. */
    LOADINGS("loadings.csv", LoadingsTable.HEADER),
    GROUP_SUMMARY("group_summary.csv", GroupTables.GROUP_SUMMARY),
    AAR("aar.csv", GroupTables.AAR);

    private final String file;
    private final List<String> columns;

    Table(String file, List<String> columns) {
      this.file = file;
      this.columns = columns;
    }

    public String file() {
      return file;
    }

    public List<String> columns() {
      return columns;
    }
  }

  private TableRows() {}

  /** The start of a table's file: the byte-order mark and the header line. */
  public static byte[] header(Table table) {
    return csv(new CsvTable(table.columns()));
  }

  /**
   * The rows {@code study} gives a table, without the header. For {@link Table#LOADINGS} these are
   * the run's own model's rows; {@link #comparedLoadings} gives the second model's.
   */
  public static byte[] rows(Table table, StudyResult study) {
    byte[] whole = switch (table) {
      case SUMMARY -> streamed(table, t -> ResultTables.summary(study, t));
      case CAR -> streamed(table, t -> ResultTables.car(study, t));
      case ABNORMAL_RETURNS -> streamed(table, t -> ResultTables.abnormalReturns(study, t));
      case LOADINGS -> csv(LoadingsTable.of(new StudyResult(study.config(), study.outcomes(),
          study.inputs(), study.warnings(), study.hasGroups(), study.factorFiles(), null,
          study.groups(), null)));
      case GROUP_SUMMARY -> csv(GroupTables.groupSummary(study));
      case AAR -> csv(GroupTables.aar(study));
    };
    return withoutHeader(table, whole);
  }

  /** The loadings rows of the second model, which follow every event's own in loadings.csv. */
  public static byte[] comparedLoadings(StudyResult study) {
    if (study.comparison() == null) {
      return new byte[0];
    }
    byte[] all = csv(LoadingsTable.of(study));
    byte[] own = rows(Table.LOADINGS, study);
    int from = header(Table.LOADINGS).length + own.length;
    return Arrays.copyOfRange(all, from, all.length);
  }

  private interface Rows {
    void write(TableWriter t) throws IOException;
  }

  private static byte[] streamed(Table table, Rows rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter t = new TableWriter(table.name(), table.columns(), out, null)) {
      rows.write(t);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] csv(CsvTable t) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      t.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] withoutHeader(Table table, byte[] whole) {
    int skip = header(table).length;
    return Arrays.copyOfRange(whole, skip, whole.length);
  }
}
