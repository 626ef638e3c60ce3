package io.github.slakit.examples;

import io.github.slakit.core.report.ComplianceReport;
import io.github.slakit.core.report.ComplianceReport.Group;
import io.github.slakit.core.report.ComplianceReport.MetricFigures;
import io.github.slakit.core.report.ComplianceReport.NearBreach;
import io.github.slakit.core.report.ComplianceReport.Percentiles;
import io.github.slakit.svg.ComplianceSvg;
import java.util.Optional;

/**
 * {@code report compliance --html DIR}: the report on one self-contained page, with no script and
 * nothing fetched: a bar per group and the share met over the months ({@link ComplianceSvg}),
 * then a table per group.
 */
final class CompliancePage {
  private CompliancePage() {}

  static String html(
      String batchName, ComplianceReport report, ComplianceReport byMonth, String metric) {
    StringBuilder sb = new StringBuilder(16 * 1024);
    String title = "SLA compliance: " + batchName + " at " + report.at();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(Report.html(title))
        .append("</title>\n<style>\n")
        .append(Report.STYLE)
        .append("svg{max-width:100%;height:auto;display:block}\n")
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(Report.html(title))
        .append("</h1>\n<p>Grouped by ")
        .append(
            report.by().isEmpty()
                ? "nothing (one group)"
                : String.join(
                    ", ", report.by().stream().map(ComplianceReport.Dimension::json).toList()))
        .append(". Months in each subscription's time zone; times in business time of the")
        .append(" response target's clock (docs/REPORTS.md).</p>\n<figure>\n")
        .append(ComplianceSvg.groups(report, metric))
        .append("</figure>\n<figure>\n")
        .append(ComplianceSvg.shareMet(byMonth, metric))
        .append("</figure>\n");
    for (Group g : report.groups()) {
      group(sb, report, g);
    }
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  private static void group(StringBuilder sb, ComplianceReport report, Group g) {
    sb.append("<section>\n<h2>")
        .append(Report.html(g.key().isEmpty() ? "All cases" : String.join(" / ", g.key())))
        .append("</h2>\n<p>")
        .append(g.cases())
        .append(g.cases() == 1 ? " case" : " cases")
        .append(", ")
        .append(g.notCovered())
        .append(" not covered; paused ")
        .append(g.paused())
        .append("; first response ")
        .append(Report.html(words(g.firstResponse())))
        .append("; resolution ")
        .append(Report.html(words(g.resolution())))
        .append("</p>\n<table>\n<tr><th>metric</th><th>cases</th><th>met</th><th>breached</th>")
        .append("<th>running</th><th>share met</th></tr>\n");
    for (MetricFigures m : g.metrics()) {
      sb.append("<tr><td>")
          .append(Report.html(m.metric()))
          .append("</td><td>")
          .append(m.cases())
          .append("</td><td>")
          .append(m.met())
          .append("</td><td>")
          .append(m.breached())
          .append("</td><td>")
          .append(m.running())
          .append("</td><td>")
          .append(m.shareMet().map(s -> s.toPlainString()).orElse(""))
          .append("</td></tr>\n");
    }
    sb.append("</table>\n");
    if (!g.nearestBreach().isEmpty()) {
      sb.append("<p>Nearest their breach:</p>\n<ol>\n");
      for (NearBreach n : g.nearestBreach()) {
        sb.append("<li>")
            .append(Report.html(n.caseId()))
            .append(": ")
            .append(Report.html(n.metric()))
            .append(" cycle ")
            .append(n.cycle())
            .append(", ")
            .append(n.percentUsed())
            .append(" % used, deadline ")
            .append(n.deadline())
            .append("</li>\n");
      }
      sb.append("</ol>\n");
    }
    sb.append("</section>\n");
  }

  private static String words(Optional<Percentiles> p) {
    return p.map(
            x ->
                "p50 " + x.p50() + ", p90 " + x.p90() + ", max " + x.max() + " (" + x.count() + ")")
        .orElse("none");
  }
}
