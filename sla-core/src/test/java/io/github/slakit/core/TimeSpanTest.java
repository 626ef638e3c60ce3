package io.github.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A span prints what it parses; SlaRulesException.Problem prints no placeholder for what it lacks. */
class TimeSpanTest {

  @Test
  void parseReadsWhatToStringPrints() {
    for (TimeSpan s :
        List.of(
            TimeSpan.elapsedHours(1),
            TimeSpan.elapsedMinutes(90),
            TimeSpan.businessHours(4),
            TimeSpan.businessHours(8).on("KR"),
            TimeSpan.businessDays(2),
            TimeSpan.businessDays(1).on("rockplace-mon-fri-0917"),
            TimeSpan.ZERO)) {
      assertThat(TimeSpan.parse(s.toString())).as(s.toString()).isEqualTo(s);
    }
    assertThat(TimeSpan.parse("PT4H business-hours @KR"))
        .isEqualTo(
            new TimeSpan(
                ClockKind.BUSINESS_HOURS, Duration.ofHours(4), 0, java.util.Optional.of("KR")));
  }

  @Test
  void parseRefusesWhatIsNotASpan() {
    for (String bad :
        List.of(
            "PT4H",
            "4h business-hours",
            "P1M business-days",
            "PT1H 24x7 @KR",
            "PT1H weekly",
            "P2D business-days @",
            "PT4H business-hours KR")) {
      assertThatThrownBy(() -> TimeSpan.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is not a time span");
    }
  }

  @Test
  void aProblemWithoutAFilePrintsNoPlaceholder() {
    assertThat(new SlaRulesException.Problem("", 0, 0, "", "no .drl file found"))
        .hasToString("no .drl file found");
    assertThat(new SlaRulesException.Problem("", 0, 0, "Name", "failed"))
        .hasToString("rule \"Name\": failed");
    assertThat(new SlaRulesException.Problem("a.drl", 9, 5, "", "mismatched input"))
        .hasToString("a.drl:9:5: mismatched input");
  }
}
