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
import org.stockreaction.model.ModelFit;
import org.stockreaction.model.ModelType;
import org.stockreaction.stats.EventAbnormalReturns;
import org.stockreaction.stats.WindowStatistics;

/**
 * One event's abnormal returns as bytes, to be shuffled to its group: every field of the record,
 * doubles bit for bit, so the group statistics see exactly the numbers the event computed.
 */
final class AbnormalCodec {

  private AbnormalCodec() {}

  static byte[] encode(EventAbnormalReturns a) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      ModelFit f = a.fit();
      out.writeUTF(f.type().name());
      doubles(out, f.coefficients());
      doubles(out, f.standardErrors());
      out.writeDouble(f.sigma2());
      out.writeInt(f.observations());
      out.writeInt(f.degreesOfFreedom());
      out.writeDouble(f.rSquared());
      doubles(out, f.regressorMeans());
      doubles(out, f.centeredInverse());
      ints(out, a.estimationDays());
      doubles(out, a.estimationResiduals());
      out.writeInt(a.firstRelDay());
      ints(out, a.days());
      doubles(out, a.actual());
      doubles(out, a.expected());
      doubles(out, a.ar());
      doubles(out, a.arVariance());
      doubles(out, a.t());
      doubles(out, a.p());
      out.writeInt(a.windows().size());
      for (WindowStatistics w : a.windows()) {
        out.writeInt(w.window().fromInclusive());
        out.writeInt(w.window().toInclusive());
        out.writeInt(w.days());
        out.writeInt(w.missingDays());
        out.writeDouble(w.car());
        out.writeDouble(w.carVariance());
        out.writeDouble(w.t());
        out.writeDouble(w.p());
        out.writeDouble(w.bhar());
      }
      ints(out, a.estimationRelDays());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static EventAbnormalReturns decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      ModelFit fit = new ModelFit(ModelType.valueOf(in.readUTF()), doubles(in), doubles(in),
          in.readDouble(), in.readInt(), in.readInt(), in.readDouble(), doubles(in), doubles(in));
      int[] estimationDays = ints(in);
      double[] residuals = doubles(in);
      int firstRelDay = in.readInt();
      int[] days = ints(in);
      double[] actual = doubles(in);
      double[] expected = doubles(in);
      double[] ar = doubles(in);
      double[] variance = doubles(in);
      double[] t = doubles(in);
      double[] p = doubles(in);
      int n = in.readInt();
      List<WindowStatistics> windows = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        windows.add(new WindowStatistics(new Window(in.readInt(), in.readInt()), in.readInt(),
            in.readInt(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
            in.readDouble()));
      }
      int[] estimationRelDays = ints(in);
      return new EventAbnormalReturns(fit, estimationDays, residuals, firstRelDay, days, actual,
          expected, ar, variance, t, p, windows, estimationRelDays);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void doubles(DataOutputStream out, double[] v) throws IOException {
    out.writeInt(v == null ? -1 : v.length);
    if (v != null) {
      for (double d : v) {
        out.writeDouble(d);
      }
    }
  }

  private static void ints(DataOutputStream out, int[] v) throws IOException {
    out.writeInt(v == null ? -1 : v.length);
    if (v != null) {
      for (int d : v) {
        out.writeInt(d);
      }
    }
  }

  private static double[] doubles(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = in.readDouble();
    }
    return v;
  }

  private static int[] ints(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    int[] v = new int[n];
    for (int i = 0; i < n; i++) {
      v[i] = in.readInt();
    }
    return v;
  }
}
