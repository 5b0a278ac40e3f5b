// top-cars.jsh: rerun the shipped study in JShell and look at its results with Tablesaw.
//
// Run it from the project folder (Java 17, Maven). Build the classes and write the dependency
// class path once:
//
//   mvn -B -q package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
//
// then:
//
//   jshell --class-path "target/classes:$(cat target/classpath.txt)" examples/jshell/top-cars.jsh
//
// (On Windows, separate the class path with ';' instead of ':'.) It runs the study in input/ in
// memory, writing nothing, takes every result table as a typed Tablesaw table
// (StudyTables.of: the same rows and columns as the CSV files), and prints the five largest
// |CAR[-1,+1]| of each group. Drop the last line (/exit) to stay in JShell with `tables`.

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import org.stockreaction.job.StudyResult;
import org.stockreaction.tables.StudyTables;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

StudyResult study = StudyTables.run(Path.of("input"));
Map<String, Table> tables = StudyTables.of(study);

Table car = tables.get("car");
Table window = car.where(car.intColumn("window_start").isEqualTo(-1)
    .and(car.intColumn("window_end").isEqualTo(1)));
window.addColumns(window.doubleColumn("car_pct").abs().setName("abs_car_pct"));

for (String group : new LinkedHashSet<>(window.stringColumn("group").asList())) {
  Table top = window.where(window.stringColumn("group").isEqualTo(group))
      .sortDescendingOn("abs_car_pct").first(5)
      .selectColumns("group", "ticker", "event_date", "car_pct", "car_t", "car_p");
  System.out.println("Largest |CAR[-1,+1]| in group " + group);
  System.out.println(top.printAll());
}

/exit
