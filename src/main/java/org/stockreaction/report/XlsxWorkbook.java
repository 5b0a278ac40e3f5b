package org.stockreaction.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.stockreaction.config.OutputFormat;
import org.stockreaction.job.FactorFile;
import org.stockreaction.job.InputFile;
import org.stockreaction.job.StudyResult;

/**
 * {@code results.xlsx}: one sheet per result table ({@link ResultTable#ALL}, each an
 * {@link XlsxSheet}) and an {@code about} sheet with the study, the run, the settings and the
 * SHA-256 of every input file. Written with fastexcel, a small streaming writer, one sheet after
 * another on one thread. Only a run whose {@code formats} asks for {@code xlsx} loads this class
 * and fastexcel.
 *
 * <p>The cells are the same on every rerun; the file's bytes are not, because the workbook's
 * document properties hold the time it was created.
 */
final class XlsxWorkbook {

  static final String FILE = "results.xlsx";

  private XlsxWorkbook() {}

  /** Writes {@code results.xlsx} into {@code folder}; returns its name. */
  static List<String> write(StudyResult study, Path folder, RunInfo run) throws IOException {
    try (OutputStream out = new BufferedOutputStream(
        Files.newOutputStream(folder.resolve(FILE)), 1 << 16)) {
      Workbook wb = new Workbook(out, "stock-reaction", null);
      for (ResultTable t : ResultTable.ALL) {
        XlsxSheet sheet = new XlsxSheet(wb, t.name(), t.header());
        t.write(study, sheet);
        sheet.finish();
      }
      if (!study.crossSection().characteristics().isEmpty()) {
        CsvTable cs = CrossSectionReport.table(study);
        XlsxSheet sheet = new XlsxSheet(wb, "cross_section", cs.header());
        cs.writeRows(sheet);
        sheet.finish();
      }
      about(study, run, new XlsxSheet(wb, "about", List.of("section", "name", "detail")));
      wb.finish();
    }
    return List.of(FILE);
  }

  private static void about(StudyResult study, RunInfo run, XlsxSheet s) throws IOException {
    if (run != null) {
      row(s, "study", "input folder", run.inputDisplay());
      row(s, "run", "id", run.runId());
      row(s, "run", "version", run.version());
    }
    row(s, "study", "events", study.config().events());
    for (Map.Entry<String, String> e : study.config().describe().entrySet()) {
      row(s, "setting", e.getKey(), e.getValue());
    }
    row(s, "setting", "formats", OutputFormat.describe(study.config().formats()));
    if (run != null) {
      if (run.configFile() != null && Files.isRegularFile(run.configFile())) {
        row(s, "sha256", run.configDisplay(), run.digests().sha256(run.configFile()));
      }
      String events = study.config().events();
      row(s, "sha256", run.inputDisplay() + "/" + events,
          run.digests().sha256(run.inputDir().resolve(events)));
      for (InputFile f : study.inputs()) {
        row(s, "sha256", run.inputDisplay() + "/" + f.path(),
            run.digests().sha256(run.inputDir().resolve(f.path())));
      }
      for (FactorFile f : study.factorFiles()) {
        row(s, "sha256", run.inputDisplay() + "/" + f.path(),
            run.digests().sha256(run.inputDir().resolve(f.path())));
      }
    }
    s.finish();
  }

  private static void row(XlsxSheet s, String section, String name, String detail)
      throws IOException {
    s.text(section).text(name).text(detail);
    s.endRow();
  }
}
