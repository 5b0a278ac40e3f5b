package org.stockreaction.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.job.StudyResult;
import org.stockreaction.report.TableRows;
import org.stockreaction.stats.GroupResult;
import org.stockreaction.report.TableRows.Table;

/**
 * The published folder. Everything is written into a temporary sibling folder
 * ({@code .<name>.tmp-<run>}), {@code _SUCCESS} last, which is then renamed to the output folder:
 * on HDFS and local disks the rename is atomic, so a reader sees the whole run or nothing. On an
 * object store (s3a) a rename is a copy and delete, not atomic: there a reader must wait for
 * {@code _SUCCESS}. An existing output folder is never overwritten.
 */
final class Output {

  /** The output folder exists already. */
  static final class ExistsException extends IOException {
    private static final long serialVersionUID = 1L;

    ExistsException(String message) {
      super(message);
    }
  }

  static final String SUCCESS = "_SUCCESS";

  private final FileSystem fs;
  private final Path target;
  private final Path tmp;
  private final String display;
  private final List<String> written = new ArrayList<>();
  private final Map<Table, Long> rows = new EnumMap<>(Table.class);

  private Output(FileSystem fs, Path target, Path tmp, String display) {
    this.fs = fs;
    this.target = target;
    this.tmp = tmp;
    this.display = display;
  }

  static Output open(Configuration conf, String uri, String runId) throws IOException {
    Path target = new Path(uri);
    FileSystem fs = target.getFileSystem(conf);
    // no .crc files beside the outputs on a local disk
    fs.setWriteChecksum(false);
    target = fs.makeQualified(target);
    if (fs.exists(target)) {
      throw new ExistsException(InputFolder.display(uri) + ": the output folder exists already;"
          + " a run publishes into a new folder (choose another --output, or remove it)");
    }
    Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp-" + runId);
    fs.mkdirs(tmp);
    return new Output(fs, target, tmp, InputFolder.display(uri));
  }

  /** The temporary folder, as a URI for Spark's writers. */
  String temporaryUri() {
    return tmp.toString();
  }

  String display() {
    return display;
  }

  List<String> written() {
    return List.copyOf(written);
  }

  Map<Table, Long> rows() {
    return Map.copyOf(rows);
  }

  OutputStream create(String name) throws IOException {
    written.add(name);
    return new BufferedOutputStream(fs.create(new Path(tmp, name), false), 1 << 16);
  }

  /**
   * Writes summary, car, abnormal_returns and loadings from every event's rows in events-file
   * order: each file is the CLI's header and then the rows, streamed as they arrive.
   */
  void writeEventTables(Iterator<EventRows> inOrder) throws IOException {
    Table[] tables = {Table.SUMMARY, Table.CAR, Table.ABNORMAL_RETURNS, Table.LOADINGS};
    OutputStream[] out = new OutputStream[tables.length];
    Path compared = new Path(tmp, ".loadings-compared");
    long comparedRows = 0;
    try (OutputStream second = fs.create(compared, false)) {
      for (int i = 0; i < tables.length; i++) {
        out[i] = create(tables[i].file());
        out[i].write(TableRows.header(tables[i]));
        rows.put(tables[i], 0L);
      }
      while (inOrder.hasNext()) {
        EventRows r = inOrder.next();
        byte[][] parts = {r.summary, r.car, r.abnormalReturns, r.loadings};
        for (int i = 0; i < tables.length; i++) {
          out[i].write(parts[i]);
          rows.merge(tables[i], (long) lines(parts[i]), Long::sum);
        }
        second.write(r.comparedLoadings);
        comparedRows += lines(r.comparedLoadings);
      }
    } finally {
      for (int i = 0; i < tables.length - 1; i++) {
        if (out[i] != null) {
          out[i].close();
        }
      }
    }
    // the second model's loadings follow every event's own, as in the CLI's loadings.csv
    try (OutputStream loadings = out[tables.length - 1];
        InputStream in = fs.open(compared)) {
      in.transferTo(loadings);
    }
    rows.merge(Table.LOADINGS, comparedRows, Long::sum);
    fs.delete(compared, false);
  }

  /**
   * Writes group_summary and aar from every group's statistics, groups in order of first line,
   * each group's rows formatted by the CLI's table writer.
   */
  void writeGroupTables(List<GroupResult> groups, StudyConfig config, boolean hasGroups)
      throws IOException {
    try (OutputStream summary = create(Table.GROUP_SUMMARY.file());
        OutputStream aar = create(Table.AAR.file())) {
      summary.write(TableRows.header(Table.GROUP_SUMMARY));
      aar.write(TableRows.header(Table.AAR));
      long s = 0;
      long a = 0;
      for (GroupResult g : groups) {
        StudyResult one = new StudyResult(config, List.of(), List.of(), List.of(), hasGroups,
            List.of(), null, List.of(g), null);
        byte[] tests = TableRows.rows(Table.GROUP_SUMMARY, one);
        byte[] days = TableRows.rows(Table.AAR, one);
        summary.write(tests);
        aar.write(days);
        s += lines(tests);
        a += lines(days);
      }
      rows.put(Table.GROUP_SUMMARY, s);
      rows.put(Table.AAR, a);
    }
  }

  /** Rows in a piece of CSV: its line ends outside quotes. */
  private static int lines(byte[] csv) {
    int n = 0;
    boolean quoted = false;
    for (byte b : csv) {
      if (b == '"') {
        quoted = !quoted;
      } else if (b == '\n' && !quoted) {
        n++;
      }
    }
    return n;
  }

  /** Marks the run complete and moves it to the output folder. */
  void publish() throws IOException {
    fs.create(new Path(tmp, SUCCESS), false).close();
    if (!fs.rename(tmp, target)) {
      throw new IOException("cannot rename " + tmp + " to " + target);
    }
  }

  /** Removes the temporary folder of a run that publishes nothing. */
  void abandon() {
    try {
      fs.delete(tmp, true);
    } catch (IOException e) {
      // nothing was published; a leftover temporary folder is named as such
    }
  }
}
