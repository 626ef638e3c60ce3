package io.github.slakit.calendars;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The README's usage example: it compiles and runs here, and the README quotes it verbatim. */
class ReadmeExampleTest {

  @Test
  void example() {
    // README-BEGIN
    BusinessCalendar seoul =
        BusinessCalendar.builder(ZoneId.of("Asia/Seoul"))
            .id("acme-seoul")
            .weekly(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeWindow.parse("09:00-18:00"))
            .holidays("KR") // Korean public holidays (KR-1..5)
            .addHoliday(LocalDate.of(2026, 12, 31), "Year-end closure")
            .build();

    Instant opened = OffsetDateTime.parse("2026-09-23T17:00:00+09:00").toInstant();
    Instant due = seoul.add(opened, Duration.ofHours(4)); // 4 business hours (TIME-2)
    // Chuseok is Thu 24 - Sat 26 September: 1 h on Wednesday, 3 h on Monday the 28th
    assertThat(due).isEqualTo(OffsetDateTime.parse("2026-09-28T12:00:00+09:00").toInstant());
    assertThat(seoul.addBusinessDays(opened, 1)) // 1 business day (TIME-3)
        .isEqualTo(OffsetDateTime.parse("2026-09-28T17:00:00+09:00").toInstant());
    assertThat(seoul.between(opened, due)).isEqualTo(Duration.ofHours(4));
    // README-END
  }

  @Test
  void readmeQuotesTheExample() throws Exception {
    ReadmeSnippets.assertReadmeQuotes(
        Path.of("src/test/java/io/github/slakit/calendars/ReadmeExampleTest.java"));
  }
}
