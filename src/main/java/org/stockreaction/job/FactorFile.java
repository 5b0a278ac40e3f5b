package org.stockreaction.job;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.stockreaction.model.ModelType;

/**
 * A factor file the run read, for the report's method section and the manifest.
 *
 * @param setting the setting that names it, such as {@code ff3-factors}
 * @param path the file, relative to the input folder
 * @param vintage the file's vintage line, such as {@code 202604 CRSP database}; empty when the file
 *     states none
 * @param rows daily rows read
 * @param first first date
 * @param last last date
 * @param models the models of the run that read it
 */
public record FactorFile(String setting, String path, String vintage, int rows, LocalDate first,
    LocalDate last, List<ModelType> models) {

  public FactorFile {
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(vintage, "vintage");
    models = List.copyOf(models);
  }

  /**
   * The vintages of the files a model read, joined with {@code "; "} (the three-factor file, then
   * the momentum file for carhart4); empty for the models that read no factor file.
   */
  public static String vintageOf(List<FactorFile> files, ModelType model) {
    StringBuilder sb = new StringBuilder();
    for (FactorFile f : files) {
      if (f.models().contains(model)) {
        sb.append(sb.length() > 0 ? "; " : "")
            .append(f.vintage().isEmpty() ? "vintage not stated" : f.vintage());
      }
    }
    return sb.toString();
  }
}
