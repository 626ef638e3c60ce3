package io.github.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slakit.core.CaseEvent.Type;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pauses of a case's events (LIFE-1, LIFE-2), worked out by hand; KST, 2026-03-06 is a Friday.
 */
class PauseTest {
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  private static Instant kst(String local) {
    return LocalDateTime.parse(local).atZone(SEOUL).toInstant();
  }

  private static CaseEvent ev(Type type, String local) {
    return CaseEvent.of(type, kst(local));
  }

  @Test
  void aWaitLastsUntilItsOwnEndAndTheLastOneUntilTheMoment() {
    // Waiting on the customer Fri 17:00 to Mon 10:00 (given out of order); waiting on the vendor
    // from Mon 15:00, still at the moment, Mon 16:00.
    List<Pause> pauses =
        Pause.of(
            List.of(
                ev(Type.CUSTOMER_RESPONDED, "2026-03-09T10:00"),
                ev(Type.WAITING_ON_VENDOR, "2026-03-09T15:00"),
                ev(Type.WAITING_ON_CUSTOMER, "2026-03-06T17:00")),
            kst("2026-03-09T16:00"));
    assertThat(pauses)
        .containsExactly(
            new Pause(
                Type.WAITING_ON_CUSTOMER, kst("2026-03-06T17:00"), kst("2026-03-09T10:00"), false),
            new Pause(
                Type.WAITING_ON_VENDOR, kst("2026-03-09T15:00"), kst("2026-03-09T16:00"), true));
  }

  @Test
  void eventsAfterTheMomentAndWaitsThatDoNotApplyGiveNoPause() {
    // The wait at Mon 09:00 and its end at the same instant: no pause (LIFE-1's order puts the
    // wait first). Resolved Mon 12:00 ends the vendor wait of 11:00; a wait while resolved does
    // not apply; after the reopen at 14:00 a wait at 14:30 lasts to the moment, 15:00; the
    // customer's reply at 16:00 is after the moment.
    List<Pause> pauses =
        Pause.of(
            List.of(
                ev(Type.CUSTOMER_RESPONDED, "2026-03-09T09:00"),
                ev(Type.WAITING_ON_CUSTOMER, "2026-03-09T09:00"),
                ev(Type.WAITING_ON_VENDOR, "2026-03-09T11:00"),
                ev(Type.RESOLVED, "2026-03-09T12:00"),
                ev(Type.WAITING_ON_CUSTOMER, "2026-03-09T13:00"),
                ev(Type.REOPENED, "2026-03-09T14:00"),
                ev(Type.WAITING_ON_CUSTOMER, "2026-03-09T14:30"),
                ev(Type.CUSTOMER_RESPONDED, "2026-03-09T16:00")),
            kst("2026-03-09T15:00"));
    assertThat(pauses)
        .containsExactly(
            new Pause(
                Type.WAITING_ON_VENDOR, kst("2026-03-09T11:00"), kst("2026-03-09T12:00"), false),
            new Pause(
                Type.WAITING_ON_CUSTOMER, kst("2026-03-09T14:30"), kst("2026-03-09T15:00"), true));
  }

  @Test
  void closingEndsEveryWaitAndNothingAfterItApplies() {
    List<Pause> pauses =
        Pause.of(
            List.of(
                ev(Type.WAITING_ON_CUSTOMER, "2026-03-09T10:00"),
                ev(Type.CLOSED, "2026-03-09T11:00"),
                ev(Type.REOPENED, "2026-03-09T12:00"),
                ev(Type.WAITING_ON_VENDOR, "2026-03-09T13:00")),
            kst("2026-03-09T18:00"));
    assertThat(pauses)
        .containsExactly(
            new Pause(
                Type.WAITING_ON_CUSTOMER, kst("2026-03-09T10:00"), kst("2026-03-09T11:00"), false));
  }

  @Test
  void aPauseIsAWaitThatEndsAfterItBegins() {
    Instant t = kst("2026-03-09T10:00");
    assertThat(new Pause(Type.WAITING_ON_VENDOR, t, t, true).lasting()).isTrue();
    assertThatThrownBy(() -> new Pause(Type.WAITING_ON_VENDOR, t, t, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Pause(Type.RESOLVED, t, t.plusSeconds(1), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RESOLVED is not a wait");
  }
}
