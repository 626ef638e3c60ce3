package io.github.slakit.svg;

import io.github.slakit.core.report.ComplianceReport;
import io.github.slakit.core.report.ComplianceReport.Group;
import io.github.slakit.core.report.ComplianceReport.MetricFigures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A compliance report's pictures (docs/REPORTS.md): a bar per group, split into the cases met,
 * breached and still running of one metric; and the share met per group as columns, which for a
 * report grouped by month alone is the share met over the months. Plain SVG, no script, no font
 * or image fetched; the colours are the timelines' (Okabe-Ito: met green, breached vermillion,
 * running sky blue), and every figure is also written as text. Stateless.
 */
public final class ComplianceSvg {
  private ComplianceSvg() {}

  private static final int LABEL = 260;
  private static final int BAR = 420;
  private static final int ROW = 26;
  private static final String FONT = "font-family=\"DejaVu Sans,Verdana,Arial,sans-serif\"";

  /**
   * One horizontal bar per group: the cases of {@code metric} met, breached and running, each a
   * share of the bar's length, with the counts and the share met written after it.
   *
   * @param report the report
   * @param metric the metric ({@code INITIAL_RESPONSE})
   * @return the SVG document
   */
  public static String groups(ComplianceReport report, String metric) {
    Objects.requireNonNull(metric, "metric");
    List<Group> groups = report.groups();
    int height = 40 + ROW * Math.max(1, groups.size()) + 20;
    int width = LABEL + BAR + 300;
    StringBuilder sb = open(width, height, metric + " per group: met, breached, running");
    text(sb, 10, 22, metric + ": met, breached, running per group", "bold");
    int y = 40;
    if (groups.isEmpty()) {
      text(sb, 10, y + 17, "no cases", "normal");
    }
    for (Group g : groups) {
      String label = g.key().isEmpty() ? "all cases" : String.join(" / ", g.key());
      text(sb, 10, y + 17, label, "normal");
      Optional<MetricFigures> f = g.metric(metric);
      long total = f.map(MetricFigures::cases).orElse(0L);
      double x = LABEL;
      if (total > 0) {
        x = segment(sb, x, y, f.get().met(), total, Chart.GREEN, "met");
        x = segment(sb, x, y, f.get().breached(), total, Chart.VERMILLION, "breached");
        segment(sb, x, y, f.get().running(), total, Chart.SKY, "running");
      }
      sb.append("<rect x=\"")
          .append(LABEL)
          .append("\" y=\"")
          .append(y + 4)
          .append("\" width=\"")
          .append(BAR)
          .append("\" height=\"18\" fill=\"none\" stroke=\"#000000\"/>\n");
      String words =
          f.map(
                  m ->
                      m.met()
                          + " met, "
                          + m.breached()
                          + " breached, "
                          + m.running()
                          + " running"
                          + m.shareMet().map(s -> " (" + percent(s) + " met)").orElse(""))
              .orElse("no clock with a target");
      text(sb, LABEL + BAR + 10, y + 17, words, "normal");
      y += ROW;
    }
    return sb.append("</svg>\n").toString();
  }

  /**
   * One column per group, as high as the share of {@code metric} met (met / (met + breached));
   * a group with nothing settled has no column and says so. For a report by month alone the
   * columns are the months in order.
   *
   * @param report the report
   * @param metric the metric
   * @return the SVG document
   */
  public static String shareMet(ComplianceReport report, String metric) {
    Objects.requireNonNull(metric, "metric");
    List<Group> groups = report.groups();
    int col = 70;
    int plot = 200;
    int width = Math.max(360, 60 + col * groups.size() + 20);
    int height = 40 + plot + 60;
    StringBuilder sb = open(width, height, metric + ": share met per group");
    text(sb, 10, 22, metric + ": share met", "bold");
    int base = 40 + plot;
    sb.append("<line x1=\"50\" y1=\"")
        .append(base)
        .append("\" x2=\"")
        .append(width - 10)
        .append("\" y2=\"")
        .append(base)
        .append("\" stroke=\"#000000\"/>\n");
    for (int p = 0; p <= 100; p += 50) {
      int yy = base - plot * p / 100;
      text(sb, 10, yy + 4, p + " %", "normal");
    }
    int x = 60;
    for (Group g : groups) {
      String label = g.key().isEmpty() ? "all" : String.join(" / ", g.key());
      Optional<BigDecimal> share = g.metric(metric).flatMap(MetricFigures::shareMet);
      if (share.isPresent()) {
        double h = plot * share.get().doubleValue();
        sb.append("<rect x=\"")
            .append(x)
            .append("\" y=\"")
            .append(Xml.num(base - h))
            .append("\" width=\"")
            .append(col - 16)
            .append("\" height=\"")
            .append(Xml.num(h))
            .append("\" fill=\"")
            .append(Chart.GREEN)
            .append("\"><title>")
            .append(Xml.escape(label + ": " + percent(share.get()) + " met"))
            .append("</title></rect>\n");
        text(sb, x, (int) (base - h) - 4, percent(share.get()), "normal");
      } else {
        text(sb, x, base - 4, "none", "normal");
      }
      text(sb, x, base + 18, label, "normal");
      x += col;
    }
    return sb.append("</svg>\n").toString();
  }

  private static StringBuilder open(int width, int height, String title) {
    return new StringBuilder(4096)
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\">\n<title>")
        .append(Xml.escape(title))
        .append("</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
  }

  private static double segment(
      StringBuilder sb, double x, int y, long n, long total, String colour, String what) {
    if (n == 0) {
      return x;
    }
    double w = BAR * (double) n / total;
    sb.append("<rect x=\"")
        .append(Xml.num(x))
        .append("\" y=\"")
        .append(y + 4)
        .append("\" width=\"")
        .append(Xml.num(w))
        .append("\" height=\"18\" fill=\"")
        .append(colour)
        .append("\"><title>")
        .append(n)
        .append(' ')
        .append(what)
        .append("</title></rect>\n");
    return x + w;
  }

  private static void text(StringBuilder sb, int x, int y, String s, String weight) {
    sb.append("<text x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" ")
        .append(FONT)
        .append(" font-size=\"13\" font-weight=\"")
        .append(weight)
        .append("\">")
        .append(Xml.escape(s))
        .append("</text>\n");
  }

  /** {@code 0.6667} as {@code 66.7 %}. */
  static String percent(BigDecimal share) {
    return share.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()
        + " %";
  }
}
