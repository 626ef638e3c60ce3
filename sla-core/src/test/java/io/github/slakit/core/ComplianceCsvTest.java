package io.github.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.core.report.Compliance;
import io.github.slakit.core.report.ComplianceReport.Dimension;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compliance report's CSV opened in a spreadsheet. */
class ComplianceCsvTest {
  @Test
  void aGroupValueThatASpreadsheetWouldRunIsWrittenAsText() {
    // A level given through the API may be any text; "=1+2" in a cell would be computed as 3.
    RandomCase c = RandomCase.of(1);
    CaseStatus status = c.status(c.events, c.at);
    Subscription level =
        Subscription.builder("S-1", TestRuleset.VENDOR, "=1+2", new Location("XX", c.zone))
            .calendar(c.calendar)
            .build();
    Compliance report = Compliance.by(List.of(Dimension.LEVEL), c.at);
    report.add(c.supportCase(), level, c.events, status);
    List<String> rows = report.report().toCsv().lines().toList();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).startsWith("level,cases,");
    assertThat(rows.get(1)).startsWith("'=1+2,1,");
  }
}
