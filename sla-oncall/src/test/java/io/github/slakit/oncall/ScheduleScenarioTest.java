package io.github.slakit.oncall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slakit.calendars.TimeWindow;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Schedules worked out by hand, each in its comments (ONCALL-1, ONCALL-4). */
class ScheduleScenarioTest {
  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  static Instant at(String s) {
    return Instant.parse(s);
  }

  static Source layer(int i, String name) {
    return new Source(Source.Kind.LAYER, i, name);
  }

  static Source override(int i) {
    return new Source(Source.Kind.OVERRIDE, i, "");
  }

  static Schedule followTheSun() {
    return OncallJson.readSchedule(Path.of("..", "examples", "follow-the-sun.json"));
  }

  // examples/follow-the-sun.json: weekly turns handing off on Mondays; Seoul kim/lee 08:00-16:00
  // KST (UTC+9), Prague novak/svoboda 08:00-16:00 (CET UTC+1, CEST UTC+2 from 29 March 2026),
  // New York smith/jones 10:00-18:00 (EST UTC-5, EDT UTC-4 from 8 March 2026), weekdays only;
  // week 1 from Monday 2 March is kim, novak, smith; week 2 lee, svoboda, jones; and so on.

  @Test
  void followTheSunInWinterCoversTheDayWithoutAGap() {
    // Wednesday 4 March, the Seoul working day: 08:00 KST = Tue 23:00Z to 16:00 KST = 07:00Z;
    // Prague 08:00-16:00 CET = 07:00Z-15:00Z; New York 10:00-18:00 EST = 15:00Z-23:00Z.
    Timeline t = followTheSun().timeline(at("2026-03-03T23:00:00Z"), at("2026-03-04T23:00:00Z"));
    assertThat(t.shifts())
        .containsExactly(
            new Shift(
                "kim", layer(1, "Seoul"), at("2026-03-03T23:00:00Z"), at("2026-03-04T07:00:00Z")),
            new Shift(
                "novak",
                layer(2, "Prague"),
                at("2026-03-04T07:00:00Z"),
                at("2026-03-04T15:00:00Z")),
            new Shift(
                "smith",
                layer(3, "New York"),
                at("2026-03-04T15:00:00Z"),
                at("2026-03-04T23:00:00Z")));
    assertThat(t.gaps()).isEmpty();
  }

  @Test
  void followTheSunAfterTheUsChangeHasAnHourUncoveredThatAnOverrideFills() {
    // Wednesday 11 March, week 2 (lee, svoboda, jones). New York is on EDT since Sunday 8 March:
    // 10:00-18:00 EDT = 14:00Z-22:00Z. It overlaps Prague (07:00Z-15:00Z) from 14:00Z, where the
    // later layer wins; 22:00Z-23:00Z (07:00-08:00 KST) would be a gap, but park's override
    // covers it that day.
    Schedule s = followTheSun();
    Timeline t = s.timeline(at("2026-03-10T23:00:00Z"), at("2026-03-11T23:00:00Z"));
    assertThat(t.shifts())
        .containsExactly(
            new Shift(
                "lee", layer(1, "Seoul"), at("2026-03-10T23:00:00Z"), at("2026-03-11T07:00:00Z")),
            new Shift(
                "svoboda",
                layer(2, "Prague"),
                at("2026-03-11T07:00:00Z"),
                at("2026-03-11T14:00:00Z")),
            new Shift(
                "jones",
                layer(3, "New York"),
                at("2026-03-11T14:00:00Z"),
                at("2026-03-11T22:00:00Z")),
            new Shift("park", override(1), at("2026-03-11T22:00:00Z"), at("2026-03-11T23:00:00Z")));
    assertThat(t.gaps()).isEmpty();
    // Thursday 12 March has no override: the gap is reported before it happens
    assertThat(s.gaps(at("2026-03-11T23:00:00Z"), at("2026-03-12T23:00:00Z")))
        .containsExactly(new Gap(at("2026-03-12T22:00:00Z"), at("2026-03-12T23:00:00Z")));
  }

  @Test
  void followTheSunWhenEuropeHasChangedToo() {
    // Wednesday 1 April: Prague on CEST since 29 March, 08:00-16:00 = 06:00Z-14:00Z, which wins
    // over Seoul's last hour (06:00Z-07:00Z); New York 14:00Z-22:00Z; 22:00Z-23:00Z is a gap.
    // Monday 30 March starts week 5 (2, 9, 16, 23, 30 March): turn 4, the first participant again.
    Timeline t = followTheSun().timeline(at("2026-03-31T23:00:00Z"), at("2026-04-01T23:00:00Z"));
    assertThat(t.shifts())
        .containsExactly(
            new Shift(
                "kim", layer(1, "Seoul"), at("2026-03-31T23:00:00Z"), at("2026-04-01T06:00:00Z")),
            new Shift(
                "novak",
                layer(2, "Prague"),
                at("2026-04-01T06:00:00Z"),
                at("2026-04-01T14:00:00Z")),
            new Shift(
                "smith",
                layer(3, "New York"),
                at("2026-04-01T14:00:00Z"),
                at("2026-04-01T22:00:00Z")));
    assertThat(t.gaps())
        .containsExactly(new Gap(at("2026-04-01T22:00:00Z"), at("2026-04-01T23:00:00Z")));
  }

  @Test
  void followTheSunWeekendIsAGapFromNewYorkFridayToSeoulMonday() {
    // Friday 6 March New York ends 18:00 EST = 23:00Z; Monday 9 March Seoul starts 08:00 KST =
    // Sunday 8 March 23:00Z, with lee (week 2).
    Schedule s = followTheSun();
    assertThat(s.gaps(at("2026-03-06T12:00:00Z"), at("2026-03-09T00:00:00Z")))
        .containsExactly(new Gap(at("2026-03-06T23:00:00Z"), at("2026-03-08T23:00:00Z")));
    assertThat(s.onCallAt(at("2026-03-07T12:00:00Z"))).isEmpty();
    assertThat(s.onCallAt(at("2026-03-08T23:00:00Z")))
        .contains(new OnCall("lee", layer(1, "Seoul")));
    assertThat(s.onCallAt(at("2026-03-08T22:59:59Z"))).isEmpty();
  }

  @Test
  void aDailyNineOClockHandOffStaysAtNineAcrossTheSpringChange() {
    // Europe/Paris moves from CET (UTC+1) to CEST (UTC+2) on Sunday 29 March 2026 at 02:00.
    // 09:00 on 28 March is 08:00Z; on 29 and 30 March 07:00Z: the turn of the 28th lasts 23 h.
    Schedule s =
        Schedule.builder("paris", ZoneId.of("Europe/Paris"))
            .layer(
                Layer.builder(LocalDateTime.parse("2026-03-27T09:00"), Duration.ofDays(1))
                    .participants("ana", "bo")
                    .build())
            .build();
    assertThat(s.timeline(at("2026-03-28T00:00:00Z"), at("2026-03-31T00:00:00Z")).shifts())
        .containsExactly(
            new Shift("ana", layer(1, ""), at("2026-03-28T00:00:00Z"), at("2026-03-28T08:00:00Z")),
            new Shift("bo", layer(1, ""), at("2026-03-28T08:00:00Z"), at("2026-03-29T07:00:00Z")),
            new Shift("ana", layer(1, ""), at("2026-03-29T07:00:00Z"), at("2026-03-30T07:00:00Z")),
            new Shift("bo", layer(1, ""), at("2026-03-30T07:00:00Z"), at("2026-03-31T00:00:00Z")));
  }

  @Test
  void twelveHourTurnsHandOffAtNineAndTwentyOneAcrossTheFallChange() {
    // America/New_York falls back on Sunday 1 November 2026 at 02:00 EDT (UTC-4) to 01:00 EST
    // (UTC-5). 21:00 EDT on 31 October = 1 Nov 01:00Z; 09:00 EST on 1 Nov = 14:00Z (a 13-hour
    // turn); 21:00 EST = 2 Nov 02:00Z. Turns from 31 Oct 09:00: ana, bo, ana, bo.
    Schedule s =
        Schedule.builder("ny", ZoneId.of("America/New_York"))
            .layer(
                Layer.builder(LocalDateTime.parse("2026-10-31T09:00"), Duration.ofHours(12))
                    .participants("ana", "bo")
                    .build())
            .build();
    assertThat(s.timeline(at("2026-10-31T13:00:00Z"), at("2026-11-02T02:00:00Z")).shifts())
        .extracting(Shift::person, Shift::start, Shift::end)
        .containsExactly(
            Tuple.tuple("ana", at("2026-10-31T13:00:00Z"), at("2026-11-01T01:00:00Z")),
            Tuple.tuple("bo", at("2026-11-01T01:00:00Z"), at("2026-11-01T14:00:00Z")),
            Tuple.tuple("ana", at("2026-11-01T14:00:00Z"), at("2026-11-02T02:00:00Z")));
  }

  @Test
  void aHandOffInTheGapMovesToTheFirstInstantAfterIt() {
    // Paris, daily at 02:30. 28 March 02:30 CET = 01:30Z. On 29 March 02:30 does not exist
    // (02:00 CET jumps to 03:00 CEST = 01:00Z): the hand-off is at 01:00Z. 30 March 02:30 CEST =
    // 00:30Z.
    Schedule s =
        Schedule.builder("gap", ZoneId.of("Europe/Paris"))
            .layer(
                Layer.builder(LocalDateTime.parse("2026-03-28T02:30"), Duration.ofDays(1))
                    .participants("ana", "bo", "cy")
                    .build())
            .build();
    assertThat(s.timeline(at("2026-03-28T01:30:00Z"), at("2026-03-30T00:30:00Z")).shifts())
        .extracting(Shift::person, Shift::start)
        .containsExactly(
            Tuple.tuple("ana", at("2026-03-28T01:30:00Z")),
            Tuple.tuple("bo", at("2026-03-29T01:00:00Z")));
    assertThat(s.onCallAt(at("2026-03-30T00:30:00Z")).map(OnCall::person)).contains("cy");
  }

  @Test
  void aHandOffThatOccursTwiceTakesItsFirstOccurrence() {
    // Paris falls back on 25 October 2026: 03:00 CEST becomes 02:00 CET, so 02:30 occurs at
    // 00:30Z (CEST) and again at 01:30Z (CET). Daily at 02:30 from 24 October (00:30Z): the
    // hand-off of the 25th is at 00:30Z, the first; that of the 26th at 02:30 CET = 01:30Z.
    Schedule s =
        Schedule.builder("overlap", ZoneId.of("Europe/Paris"))
            .layer(
                Layer.builder(LocalDateTime.parse("2026-10-24T02:30"), Duration.ofDays(1))
                    .participants("ana", "bo", "cy")
                    .build())
            .build();
    assertThat(s.onCallAt(at("2026-10-25T00:29:00Z")).map(OnCall::person)).contains("ana");
    assertThat(s.onCallAt(at("2026-10-25T00:30:00Z")).map(OnCall::person)).contains("bo");
    assertThat(s.onCallAt(at("2026-10-26T01:29:00Z")).map(OnCall::person)).contains("bo");
    assertThat(s.onCallAt(at("2026-10-26T01:30:00Z")).map(OnCall::person)).contains("cy");
  }

  @Test
  void lordHoweTurnsStayOnLocalTimeAcrossItsHalfHourShifts() {
    // Australia/Lord_Howe: UTC+11 in summer, UTC+10:30 in winter. On Sunday 5 April 2026 02:00
    // (+11) clocks go back to 01:30 (+10:30); on Sunday 4 October 2026 02:00 (+10:30) they jump
    // to 02:30 (+11). Daily at 09:00: 4 April 09:00+11 = 3 April 22:00Z, 5 April 09:00+10:30 =
    // 4 April 22:30Z (a turn of 24 h 30). Daily at 02:15 on 4 October falls in the gap: the
    // first instant after it is 02:30+11 = 3 October 15:30Z.
    ZoneId lh = ZoneId.of("Australia/Lord_Howe");
    Schedule nine =
        Schedule.builder("lh", lh)
            .layer(
                Layer.builder(LocalDateTime.parse("2026-04-04T09:00"), Duration.ofDays(1))
                    .participants("ana", "bo")
                    .build())
            .build();
    assertThat(nine.timeline(at("2026-04-03T22:00:00Z"), at("2026-04-05T00:00:00Z")).shifts())
        .extracting(Shift::person, Shift::start, Shift::end)
        .containsExactly(
            Tuple.tuple("ana", at("2026-04-03T22:00:00Z"), at("2026-04-04T22:30:00Z")),
            Tuple.tuple("bo", at("2026-04-04T22:30:00Z"), at("2026-04-05T00:00:00Z")));
    Schedule gap =
        Schedule.builder("lh", lh)
            .layer(
                Layer.builder(LocalDateTime.parse("2026-10-03T02:15"), Duration.ofDays(1))
                    .participants("ana", "bo")
                    .build())
            .build();
    // 3 October 02:15+10:30 = 2 October 15:45Z
    assertThat(gap.onCallAt(at("2026-10-03T15:29:00Z")).map(OnCall::person)).contains("ana");
    assertThat(gap.onCallAt(at("2026-10-03T15:30:00Z")).map(OnCall::person)).contains("bo");
    assertThat(gap.onCallAt(at("2026-10-02T15:44:00Z"))).isEmpty();
  }

  @Test
  void aRestrictionHidesItsLayerWhileTheRotationKeepsTurning() {
    // UTC. Layer 1: "x" always. Layer 2: daily turns a, b from Monday 2 March 09:00, shown only
    // on weekdays 09:00-17:00. Mon a, Tue b, Wed a, Thu b, Fri a, Sat b, Sun a, Mon 9 March b:
    // the turns go on over the hidden weekend.
    Schedule s =
        Schedule.builder("r", UTC)
            .layer(
                Layer.builder(LocalDateTime.parse("2026-03-01T00:00"), Duration.ofDays(7))
                    .participants("x")
                    .build())
            .layer(
                Layer.builder(LocalDateTime.parse("2026-03-02T09:00"), Duration.ofDays(1))
                    .participants("a", "b")
                    .restriction(Restriction.on(WEEKDAYS, TimeWindow.parse("09:00-17:00")))
                    .build())
            .build();
    assertThat(s.onCallAt(at("2026-03-03T08:00:00Z"))).contains(new OnCall("x", layer(1, "")));
    assertThat(s.onCallAt(at("2026-03-03T10:00:00Z"))).contains(new OnCall("b", layer(2, "")));
    assertThat(s.onCallAt(at("2026-03-07T10:00:00Z"))).contains(new OnCall("x", layer(1, "")));
    assertThat(s.onCallAt(at("2026-03-09T10:00:00Z"))).contains(new OnCall("b", layer(2, "")));
    assertThat(s.timeline(at("2026-03-09T00:00:00Z"), at("2026-03-10T00:00:00Z")).shifts())
        .containsExactly(
            new Shift("x", layer(1, ""), at("2026-03-09T00:00:00Z"), at("2026-03-09T09:00:00Z")),
            new Shift("b", layer(2, ""), at("2026-03-09T09:00:00Z"), at("2026-03-09T17:00:00Z")),
            new Shift("x", layer(1, ""), at("2026-03-09T17:00:00Z"), at("2026-03-10T00:00:00Z")));
  }

  @Test
  void aRestrictionCrossingMidnightBelongsToTheDayItStartsOn() {
    // Friday 22:00-06:00 only: Friday 6 March 22:00Z to Saturday 7 March 06:00Z.
    Schedule s =
        Schedule.builder("night", UTC)
            .layer(
                Layer.builder(LocalDateTime.parse("2026-03-01T00:00"), Duration.ofDays(7))
                    .participants("owl")
                    .restriction(
                        Restriction.on(
                            EnumSet.of(DayOfWeek.FRIDAY), TimeWindow.parse("22:00-06:00")))
                    .build())
            .build();
    assertThat(s.timeline(at("2026-03-05T00:00:00Z"), at("2026-03-09T00:00:00Z")).shifts())
        .containsExactly(
            new Shift("owl", layer(1, ""), at("2026-03-06T22:00:00Z"), at("2026-03-07T06:00:00Z")));
  }

  @Test
  void ofTwoOverlappingOverridesTheOneListedLastWins() {
    // x always; override 1 p1 10:00-14:00, override 2 p2 12:00-16:00: p1 10-12, p2 12-16.
    Schedule s =
        Schedule.builder("o", UTC)
            .layer(
                Layer.builder(LocalDateTime.parse("2026-03-01T00:00"), Duration.ofDays(7))
                    .participants("x")
                    .build())
            .override("p1", at("2026-03-02T10:00:00Z"), at("2026-03-02T14:00:00Z"))
            .override("p2", at("2026-03-02T12:00:00Z"), at("2026-03-02T16:00:00Z"))
            .build();
    assertThat(s.onCallAt(at("2026-03-02T13:00:00Z"))).contains(new OnCall("p2", override(2)));
    assertThat(s.timeline(at("2026-03-02T09:00:00Z"), at("2026-03-02T17:00:00Z")).shifts())
        .containsExactly(
            new Shift("x", layer(1, ""), at("2026-03-02T09:00:00Z"), at("2026-03-02T10:00:00Z")),
            new Shift("p1", override(1), at("2026-03-02T10:00:00Z"), at("2026-03-02T12:00:00Z")),
            new Shift("p2", override(2), at("2026-03-02T12:00:00Z"), at("2026-03-02T16:00:00Z")),
            new Shift("x", layer(1, ""), at("2026-03-02T16:00:00Z"), at("2026-03-02T17:00:00Z")));
  }

  @Test
  void beforeItsFirstHandOffALayerHasNobody() {
    Schedule s =
        Schedule.builder("late", UTC)
            .layer(
                Layer.builder(LocalDateTime.parse("2026-03-02T09:00"), Duration.ofDays(1))
                    .participants("a")
                    .build())
            .build();
    assertThat(s.onCallAt(at("2026-03-02T08:59:59Z"))).isEmpty();
    assertThat(s.gaps(at("2026-03-02T00:00:00Z"), at("2026-03-03T00:00:00Z")))
        .containsExactly(new Gap(at("2026-03-02T00:00:00Z"), at("2026-03-02T09:00:00Z")));
    // a range is half-open: [from, to) with from == to is empty
    assertThat(s.timeline(at("2026-03-02T10:00:00Z"), at("2026-03-02T10:00:00Z")).shifts())
        .isEmpty();
  }

  @Test
  void nextAndPreviousOnCallAreTheNextAndPreviousDifferentPeople() {
    // UTC, daily a, b, c from Monday 2 March 09:00: Mon a, Tue b, Wed c, Thu a. On Wednesday
    // noon c is on call: previous b (Tuesday's turn), next a (Thursday 09:00). An override of c on
    // Thursday 09:00-10:00 is the same person: the next different one is a, from 10:00.
    Schedule.Builder b =
        Schedule.builder("n", UTC)
            .layer(
                Layer.builder(LocalDateTime.parse("2026-03-02T09:00"), Duration.ofDays(1))
                    .participants("a", "b", "c")
                    .build());
    Schedule plain = b.build();
    Instant noon = at("2026-03-04T12:00:00Z");
    assertThat(plain.nextOnCall(noon).map(Shift::person)).contains("a");
    assertThat(plain.nextOnCall(noon).map(Shift::start)).contains(at("2026-03-05T09:00:00Z"));
    assertThat(plain.previousOnCall(noon).map(Shift::person)).contains("b");
    assertThat(plain.previousOnCall(noon).map(Shift::end)).contains(at("2026-03-04T09:00:00Z"));
    Schedule overridden =
        b.override("c", at("2026-03-05T09:00:00Z"), at("2026-03-05T10:00:00Z")).build();
    assertThat(overridden.nextOnCall(noon).map(Shift::start)).contains(at("2026-03-05T10:00:00Z"));
    // before the first hand-off nobody is on call and nobody was: no previous
    assertThat(plain.previousOnCall(at("2026-03-02T08:00:00Z"))).isEmpty();
    assertThat(plain.nextOnCall(at("2026-03-02T08:00:00Z")).map(Shift::person)).contains("a");
    // a one-person rotation has no next different person
    Schedule alone =
        Schedule.builder("alone", UTC)
            .layer(
                Layer.builder(LocalDateTime.parse("2026-03-02T09:00"), Duration.ofDays(1))
                    .participants("solo")
                    .build())
            .build();
    assertThat(alone.nextOnCall(noon)).isEqualTo(Optional.empty());
  }

  @Test
  void instantsOutsideTheSupportedYearsAreRefused() {
    Schedule s = Schedule.builder("x", UTC).build();
    assertThatThrownBy(() -> s.onCallAt(Instant.parse("1850-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the supported range");
    assertThat(s.timeline(at("2026-03-02T00:00:00Z"), at("2026-03-03T00:00:00Z")).gaps())
        .containsExactly(new Gap(at("2026-03-02T00:00:00Z"), at("2026-03-03T00:00:00Z")));
  }
}
