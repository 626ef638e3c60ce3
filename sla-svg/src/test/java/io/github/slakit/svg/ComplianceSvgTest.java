package io.github.slakit.svg;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.core.report.ComplianceReport;
import io.github.slakit.core.report.ComplianceReport.Dimension;
import io.github.slakit.core.report.ComplianceReport.Group;
import io.github.slakit.core.report.ComplianceReport.MetricFigures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ComplianceSvg}: positions and texts worked out by hand. */
class ComplianceSvgTest {
  private static Group group(String month, long met, long breached, long running) {
    return new Group(
        List.of(month),
        met + breached + running,
        0,
        List.of(
            new MetricFigures(
                "INITIAL_RESPONSE", met + breached + running, met, breached, running)),
        Optional.empty(),
        Optional.empty(),
        Duration.ZERO,
        List.of());
  }

  private static final ComplianceReport REPORT =
      new ComplianceReport(
          Instant.parse("2026-04-01T00:00:00Z"),
          List.of(Dimension.MONTH),
          List.of(group("2026-02", 2, 1, 1), group("2026-03", 0, 0, 3)));

  @Test
  void aBarIsSplitInTheSharesOfTheCases() {
    String svg = ComplianceSvg.groups(REPORT, "INITIAL_RESPONSE");
    // the bar is 420 wide from x=260: 2 of 4 met (210), 1 breached (105 from 470), 1 running
    // (105 from 575); the first row's bar starts at y = 40 + 4
    assertThat(svg)
        .contains("<rect x=\"260\" y=\"44\" width=\"210\" height=\"18\" fill=\"#009E73\">")
        .contains("<rect x=\"470\" y=\"44\" width=\"105\" height=\"18\" fill=\"#D55E00\">")
        .contains("<rect x=\"575\" y=\"44\" width=\"105\" height=\"18\" fill=\"#56B4E9\">")
        .contains("2 met, 1 breached, 1 running (66.7 % met)")
        .contains("0 met, 0 breached, 3 running<")
        .doesNotContain("<script");
  }

  @Test
  void aColumnIsAsHighAsTheShareMet() {
    String svg = ComplianceSvg.shareMet(REPORT, "INITIAL_RESPONSE");
    // 2 of 3 settled met: 0.6667 of 200 = 133.34 high, its top at 240 - 133.34 = 106.66;
    // March has nothing settled: no column
    assertThat(svg)
        .contains("<rect x=\"60\" y=\"106.66\" width=\"54\" height=\"133.34\" fill=\"#009E73\">")
        .contains(">66.7 %</text>")
        .contains(">none</text>")
        .contains(">2026-03</text>");
  }
}
