package io.github.slakit.calendars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TimeWindow prints what it parses, to the second, in ASCII digits whatever the default locale
 * (the build also runs this class under ar-EG, whose digits are not Latin).
 */
class TimeWindowTest {

  @Test
  void printsWhatItParses() {
    for (String text :
        List.of(
            "09:00-18:00",
            "22:00-06:00",
            "00:00-24:00",
            "09:00:30-18:00",
            "08:59:59-17:00:01",
            "09:00:00.000000500-09:00:01",
            "09:00:00.500-10:00")) {
      assertThat(TimeWindow.parse(text)).hasToString(text);
    }
    assertThat(TimeWindow.parse("09:00:30-18:00"))
        .isEqualTo(TimeWindow.of(LocalTime.of(9, 0, 30), LocalTime.of(18, 0)));
  }

  @Test
  void aCalendarWithSecondsRoundTripsThroughItsJson() {
    BusinessCalendar c =
        BusinessCalendar.builder(ZoneId.of("Asia/Seoul"))
            .id("s")
            .weekly(
                EnumSet.of(DayOfWeek.MONDAY),
                TimeWindow.of(LocalTime.of(9, 0, 30), LocalTime.of(18, 0)))
            .build();
    String json = CalendarJson.write(c);
    assertThat(json).contains("\"09:00:30-18:00\"");
    assertThat(CalendarJson.parse(json, "s.json")).isEqualTo(c);
  }

  @Test
  void refusesWhatIsNotATimeWindow() {
    for (String bad :
        List.of("9:00-18:00", "09:00:60-10:00", "24:00-10:00", "09:00-24:00:01", "٠٩:٠٠-١٨:٠٠")) {
      assertThatThrownBy(() -> TimeWindow.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
