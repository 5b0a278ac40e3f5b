package org.stockreaction.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.stockreaction.calendar.Window;
import org.stockreaction.stats.Exclusion;
import org.stockreaction.stats.GroupDayResult;
import org.stockreaction.stats.GroupResult;
import org.stockreaction.stats.GroupTest;
import org.stockreaction.stats.GroupWindowResult;
import org.stockreaction.stats.ReferenceDistribution;
import org.stockreaction.stats.TestResult;

/**
 * A group's statistics as bytes, to be brought to the driver for the group tables and the
 * reports: every field of the record, doubles bit for bit, so the driver formats exactly the
 * numbers the group's task computed.
 */
final class GroupCodec {

  private GroupCodec() {}

  static byte[] encode(GroupResult g) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(g.name());
      out.writeInt(g.events());
      out.writeInt(g.windows().size());
      for (GroupWindowResult w : g.windows()) {
        out.writeInt(w.window().fromInclusive());
        out.writeInt(w.window().toInclusive());
        out.writeInt(w.n());
        out.writeInt(w.excluded().size());
        for (Exclusion e : w.excluded()) {
          out.writeUTF(e.event());
          out.writeUTF(e.reason());
        }
        out.writeDouble(w.caar());
        out.writeInt(w.positive());
        out.writeDouble(w.meanBhar());
        out.writeDouble(w.correlation());
        tests(out, w.tests());
      }
      out.writeInt(g.days().size());
      for (GroupDayResult d : g.days()) {
        out.writeInt(d.relDay());
        out.writeInt(d.n());
        out.writeDouble(d.aar());
        out.writeDouble(d.caar());
        out.writeDouble(d.correlation());
        tests(out, d.tests());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static GroupResult decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      String name = in.readUTF();
      int events = in.readInt();
      int n = in.readInt();
      List<GroupWindowResult> windows = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Window w = new Window(in.readInt(), in.readInt());
        int used = in.readInt();
        int k = in.readInt();
        List<Exclusion> excluded = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
          excluded.add(new Exclusion(in.readUTF(), in.readUTF()));
        }
        windows.add(new GroupWindowResult(w, used, excluded, in.readDouble(), in.readInt(),
            in.readDouble(), in.readDouble(), tests(in)));
      }
      n = in.readInt();
      List<GroupDayResult> days = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        days.add(new GroupDayResult(in.readInt(), in.readInt(), in.readDouble(), in.readDouble(),
            in.readDouble(), tests(in)));
      }
      return new GroupResult(name, events, windows, days);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void tests(DataOutputStream out, List<TestResult> tests) throws IOException {
    out.writeInt(tests.size());
    for (TestResult t : tests) {
      out.writeUTF(t.test().name());
      out.writeDouble(t.value());
      out.writeDouble(t.p());
      out.writeUTF(t.reference().name());
      out.writeDouble(t.df());
    }
  }

  private static List<TestResult> tests(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<TestResult> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new TestResult(GroupTest.valueOf(in.readUTF()), in.readDouble(), in.readDouble(),
          ReferenceDistribution.valueOf(in.readUTF()), in.readDouble()));
    }
    return out;
  }
}
