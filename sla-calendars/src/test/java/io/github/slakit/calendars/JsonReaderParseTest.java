package io.github.slakit.calendars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slakit.calendars.internal.JsonReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The reader's quick date, date-time and zone readings give what java.time's parsers give. */
class JsonReaderParseTest {
  @Test
  void dateTimesReadAsOffsetDateTimeParseReadsThem() {
    List<String> texts =
        List.of(
            "2026-03-06T17:30:00+09:00",
            "2026-03-06T17:30:00Z",
            "2026-03-06T17:30:00-00:00", // UTC, as the parser has it
            "2026-03-06T17:30:00-03:30",
            "2026-03-06T17:30:00+18:00",
            "0000-01-01T00:00:00Z",
            "2028-02-29T23:59:59+14:00",
            // refused by both
            "2026-02-29T10:00:00+09:00",
            "2026-04-31T10:00:00Z",
            "2026-03-06T24:00:00Z",
            "2026-03-06T17:60:00Z",
            "2026-03-06T17:30:60Z",
            "2026-03-06T17:30:00+18:30",
            "2026-03-06T17:30:00+19:00",
            "2026-13-06T17:30:00Z",
            "2026-03-06T17:30:00+09:60",
            "2026-03-06 17:30:00+09:00",
            "2026-03-06T17:30:00+0900",
            "2026-03-06T17:30:0a+09:00",
            "２026-03-06T17:30:00+09:00",
            // read by the parser only, given to it
            "2026-03-06t17:30:00z",
            "2026-03-06T17:30+09:00",
            "2026-03-06T17:30:00.5+09:00",
            "+12026-03-06T17:30:00Z");
    texts.forEach(t -> same(t, JsonReader::isoDateTime, OffsetDateTime::parse));
    Random random = new Random(7); // random seed 7: digits anywhere, most of them out of range
    for (int i = 0; i < 20_000; i++) {
      String t =
          String.format(
              "%04d-%02d-%02dT%02d:%02d:%02d%s%02d:%02d",
              random.nextInt(10_000),
              random.nextInt(14),
              random.nextInt(33),
              random.nextInt(26),
              random.nextInt(62),
              random.nextInt(62),
              random.nextBoolean() ? "+" : "-",
              random.nextInt(20),
              random.nextInt(62));
      same(t, JsonReader::isoDateTime, OffsetDateTime::parse);
    }
  }

  @Test
  void datesReadAsLocalDateParseReadsThem() {
    List.of(
            "2026-03-06",
            "2028-02-29",
            "0000-12-31",
            "2026-02-29",
            "2026-00-10",
            "2026-01-32",
            "2026/03/06",
            "26-03-06",
            "+2026-03-06",
            "2026-3-6")
        .forEach(t -> same(t, JsonReader::isoDate, LocalDate::parse));
    Random random = new Random(11); // random seed 11
    for (int i = 0; i < 20_000; i++) {
      String t =
          String.format(
              "%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33));
      same(t, JsonReader::isoDate, LocalDate::parse);
    }
  }

  @Test
  void zonesReadAsZoneIdOfReadsThem() {
    for (int round = 0; round < 2; round++) { // the second time from the zones kept
      for (String z : List.of("Asia/Seoul", "Europe/Paris", "UTC", "Z", "+09:00", "GMT+9")) {
        assertThat(JsonReader.zoneId(z)).isEqualTo(ZoneId.of(z));
      }
      assertThatThrownBy(() -> JsonReader.zoneId("Asia/Seul"))
          .isInstanceOf(DateTimeException.class);
    }
  }

  private static <T> void same(String text, Function<String, T> quick, Function<String, T> java) {
    T expected;
    try {
      expected = java.apply(text);
    } catch (DateTimeException e) {
      assertThatThrownBy(() -> quick.apply(text)).as(text).isInstanceOf(DateTimeException.class);
      return;
    }
    assertThat(quick.apply(text)).as(text).isEqualTo(expected);
  }
}
