package io.github.slakit.calendars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Instants and durations far outside the supported range: every operation answers, or throws one
 * {@link CalendarException} naming the range (or an IllegalArgumentException for arguments in the
 * wrong order); never a {@code DateTimeException} or an {@code ArithmeticException} from inside.
 */
class ExtremeInstantsTest {
  static final List<Instant> EXTREMES =
      List.of(
          Instant.MIN,
          Instant.MAX,
          OffsetDateTime.parse("+999999999-12-31T23:59:59-18:00").toInstant(),
          OffsetDateTime.parse("-999999999-01-01T00:00:00+18:00").toInstant(),
          Instant.parse("1899-12-31T23:59:59Z"),
          Instant.parse("2300-01-01T00:00:00Z"));
  static final Instant INSIDE = Instant.parse("2026-03-06T08:30:00Z");

  static List<BusinessCalendar> calendars() {
    return List.of(
        BusinessCalendar.ofCountry("KR"),
        BusinessCalendar.builder(ZoneId.of("America/New_York"))
            .weekly(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeWindow.parse("22:00-06:00"))
            .build(),
        BusinessCalendar.builder(ZoneId.of("UTC"))
            .weekly(EnumSet.allOf(DayOfWeek.class), TimeWindow.parse("00:00-24:00"))
            .build());
  }

  static void answersOrSaysTheRange(String what, Runnable call) {
    try {
      call.run();
    } catch (CalendarException e) {
      assertThat(e.getMessage()).as(what).containsPattern("\\d{4}");
    } catch (IllegalArgumentException e) {
      // a caller's mistake (intervals with to before from), named as such
      assertThat(e.getMessage()).as(what).contains("must not be before");
    } catch (RuntimeException e) {
      throw new AssertionError(what + " threw " + e, e);
    }
  }

  @Test
  void everyOperationAnswersOrNamesTheRange() {
    for (BusinessCalendar c : calendars()) {
      for (Instant t : EXTREMES) {
        List<Consumer<Instant>> calls =
            List.of(
                c::isBusinessTime,
                c::nextOpening,
                c::previousClosing,
                x -> c.add(x, Duration.ofHours(1)),
                x -> c.subtract(x, Duration.ofHours(1)),
                x -> c.between(x, INSIDE),
                x -> c.between(INSIDE, x),
                x -> c.addBusinessDays(x, 1),
                x -> c.intervals(x, INSIDE),
                x -> c.intervals(INSIDE, x));
        for (int i = 0; i < calls.size(); i++) {
          Consumer<Instant> call = calls.get(i);
          answersOrSaysTheRange(c + " call " + i + " at " + t, () -> call.accept(t));
        }
      }
      for (Duration d : List.of(Duration.ofSeconds(Long.MAX_VALUE), Duration.ofDays(200 * 366L))) {
        answersOrSaysTheRange(c + " add " + d, () -> c.add(INSIDE, d));
        answersOrSaysTheRange(c + " subtract " + d, () -> c.subtract(INSIDE, d));
      }
      answersOrSaysTheRange(
          c + " addBusinessDays max", () -> c.addBusinessDays(INSIDE, Integer.MAX_VALUE));
    }
  }

  @Test
  void anInstantFarOutsideTheRangeIsNamed() {
    BusinessCalendar kr = BusinessCalendar.ofCountry("KR");
    Instant far = OffsetDateTime.parse("+999999999-12-31T23:59:59-18:00").toInstant();
    assertThatThrownBy(() -> kr.add(far, Duration.ofHours(4)))
        .isInstanceOf(CalendarException.class)
        .hasMessageContaining("1990")
        .hasMessageContaining("2050");
  }
}
