package io.github.slakit.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.github.slakit.calendars.TimeWindow;
import io.github.slakit.core.CaseEvent;
import io.github.slakit.core.CaseEvent.Type;
import io.github.slakit.core.CaseStatus;
import io.github.slakit.core.Decision;
import io.github.slakit.core.IssueKind;
import io.github.slakit.core.Location;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import io.github.slakit.oncall.Layer;
import io.github.slakit.oncall.Restriction;
import io.github.slakit.oncall.Schedule;
import io.github.slakit.rules.Rulesets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * What a person reads off a picture, checked on the picture as Batik draws it and on the elements
 * that draw it. Every position is worked out by hand from the scale in each test's comment: the
 * axis starts at x = 220 ({@link TimelineSvg#LABEL_WIDTH}) and is linear in real time.
 */
class TimelineSvgTest {
  private static final SlaEngine ENGINE = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static final int ORANGE = 0xE69F00;
  private static final int VERMILLION = 0xD55E00;
  private static final int PURPLE = 0xCC79A7;
  private static final int BLACK = 0x000000;

  private static Instant kst(String local) {
    return LocalDateTime.parse(local).atZone(SEOUL).toInstant();
  }

  private static OffsetDateTime kstOffset(String local) {
    return LocalDateTime.parse(local).atZone(SEOUL).toOffsetDateTime();
  }

  // ---------------------------------------------------------------- a Veeam case across Chuseok

  /** Veeam BASIC, severity 3: 12 business hours of the KR calendar (VEEAM-4). */
  private static final SupportCase CHUSEOK_CASE =
      SupportCase.builder("CASE-24", "veeam", kstOffset("2026-09-23T10:00"))
          .severity(3)
          .issueKind(IssueKind.GENERAL)
          .build();

  private static final Subscription BASIC =
      Subscription.builder("SUB-12", "veeam", "BASIC", new Location("KR", SEOUL))
          .customer("Acme Korea")
          .build();

  /** Waiting on the customer Wednesday 23 September 16:00 to Monday 28 September 10:00 KST. */
  private static final List<CaseEvent> CHUSEOK_EVENTS =
      List.of(
          CaseEvent.of(Type.WAITING_ON_CUSTOMER, kst("2026-09-23T16:00")),
          CaseEvent.of(Type.CUSTOMER_RESPONDED, kst("2026-09-28T10:00")));

  /**
   * Wednesday 23 September 00:00 KST to Tuesday 29 September 00:00 KST: 144 hours on 1440 pixels,
   * 10 pixels an hour, so x = 220 + 10 * (hours since Wednesday 00:00 KST).
   */
  private static Rendered chuseok() {
    CaseStatus st = ENGINE.status(CHUSEOK_CASE, BASIC, CHUSEOK_EVENTS, kst("2026-09-28T14:00"));
    return Rendered.of(
        TimelineSvg.of(ENGINE)
            .withAxisWidth(1440)
            .withRange(kst("2026-09-23T00:00"), kst("2026-09-29T00:00"))
            .status(CHUSEOK_CASE, BASIC, CHUSEOK_EVENTS, st));
  }

  private static double mid(Element e) {
    return Rendered.num(e, "y") + Rendered.num(e, "height") / 2;
  }

  @Test
  void theDeadlineMarkerSitsAtItsInstant() {
    Rendered r = chuseok();
    // 6 business hours used Wednesday 10-16; the pause takes Wednesday 16-18 and Monday 09-10
    // out; the other 6 run Monday 10:00-16:00. Monday 16:00 is 5 days 16 hours in: x = 1580.
    Element deadline = r.byClass("deadline").get(0);
    assertThat(deadline.getAttribute("data-at")).isEqualTo("2026-09-28T07:00:00Z");
    Element line = (Element) deadline.getElementsByTagName("line").item(0);
    assertThat(Rendered.num(line, "x1")).isEqualTo(1580);
    // drawn there: a black line two pixels wide (x 1579-1581; Batik's anti-aliasing gives the
    // middle column black) across the metric's bar, and no black a few pixels either side on the
    // bar's middle row
    double y = (Rendered.num(line, "y1") + Rendered.num(line, "y2")) / 2;
    assertThat(Rendered.near(r.rgb(1580, y), BLACK, 40)).isTrue();
    assertThat(r.count(y, 1583, 1590, BLACK, 40)).isZero();
    assertThat(r.count(y, 1570, 1578, BLACK, 40)).isZero();
    assertThat(r.texts("deadline-label")).containsExactly("deadline Mon 16:00");
  }

  @Test
  void thePauseSpansItsIntervalHatched() {
    Rendered r = chuseok();
    // Wednesday 16:00 is 16 hours in (x = 380); Monday 10:00 130 hours (x = 1520)
    Element pause = r.byClass("pause").get(0);
    assertThat(pause.getAttribute("data-kind")).isEqualTo("WAITING_ON_CUSTOMER");
    assertThat(Rendered.num(pause, "x")).isEqualTo(380);
    assertThat(Rendered.num(pause, "width")).isEqualTo(1140);
    assertThat(r.texts("pause-label")).containsExactly("waiting on the customer");
    // drawn: orange hatching all along it, none just outside it, on its middle row
    double y = mid(pause);
    assertThat(r.count(y, 383, 1517, ORANGE, 50)).isGreaterThan(1134 / 4);
    for (int from = 383; from < 1517; from += 20) {
      assertThat(r.count(y, from, from + 20, ORANGE, 50)).as("orange at x %d..", from).isPositive();
    }
    assertThat(r.count(y, 300, 377, ORANGE, 50)).isZero();
    assertThat(r.count(y, 1523, 1600, ORANGE, 50)).isZero();
    // and over the first response's bar, where it pauses that clock
    Element paused = r.byClass("paused").get(0);
    assertThat(Rendered.num(paused, "x")).isEqualTo(380);
    assertThat(Rendered.num(paused, "width")).isEqualTo(1140);
  }

  @Test
  void holidaysAreMarkedByNameOverTheirLocalDays() {
    Rendered r = chuseok();
    // Chuseok 2026 is Friday 25 September (KR-2), with the day before and the day after
    assertThat(r.texts("holiday-label"))
        .containsExactly("Day before Chuseok", "Chuseok", "Day after Chuseok");
    // each label starts 3 pixels into its day: Thursday 24 hours in, Friday 48, Saturday 72
    assertThat(r.byClass("holiday-label"))
        .extracting(e -> Rendered.num(e, "x"))
        .containsExactly(463.0, 703.0, 943.0);
    // the days are hatched purple from Thursday 00:00 (x 460) to Sunday 00:00 (x 1180) in a lane
    // the pause does not cross (the events' lane, below its markers)
    Element events = r.byClass("event").get(0);
    double y = Rendered.num((Element) events.getElementsByTagName("line").item(0), "y2") + 3;
    for (int day = 0; day < 3; day++) {
      int x0 = 460 + 240 * day;
      assertThat(r.count(y, x0 + 2, x0 + 238, PURPLE, 90)).as("day %d", day).isPositive();
    }
    assertThat(r.count(y, 222, 457, PURPLE, 90)).isZero(); // Wednesday
    assertThat(r.count(y, 1183, 1418, PURPLE, 90)).isZero(); // Sunday
  }

  @Test
  void theCalendarEventsClocksAndAlarmsAreWhereTheyHappen() {
    Rendered r = chuseok();
    // business hours: Wednesday 09:00-18:00 (x 310-400) and Monday (x 1510-1600); Thursday to
    // Saturday are holidays, Sunday is closed
    assertThat(r.byClass("business-hours"))
        .extracting(e -> Rendered.num(e, "x"), e -> Rendered.num(e, "width"))
        .containsExactly(tuple(310.0, 90.0), tuple(1510.0, 90.0));
    assertThat(r.texts("event-label"))
        .containsExactly("opened", "waits on the customer", "customer replied");
    // the clock counted Wednesday 10-16 and Monday 10-14 (the moment): x 320-380 and 1520-1560
    Element metric = r.byClass("metric").get(0);
    assertThat(metric.getAttribute("data-metric")).isEqualTo("INITIAL_RESPONSE/1");
    assertThat(r.byClass("counting").subList(0, 2))
        .extracting(e -> Rendered.num(e, "x"), e -> Rendered.num(e, "width"))
        .containsExactly(tuple(320.0, 60.0), tuple(1520.0, 40.0));
    // 10 of 12 hours used at Monday 14:00: 90 % (10 h 48) at 14:48 (x 1568), 100 % at 16:00
    assertThat(r.byClass("alarm").subList(0, 2))
        .extracting(e -> e.getAttribute("data-percent"), e -> e.getAttribute("data-at"))
        .containsExactly(tuple("90", "2026-09-28T05:48:00Z"), tuple("100", "2026-09-28T07:00:00Z"));
    assertThat(r.texts("lane-detail")).contains("RUNNING, 83 % of 12 business hours used");
    // the moment asked, Monday 14:00, 134 hours in
    assertThat(Rendered.num(r.byClass("now").get(0), "x1")).isEqualTo(1560);
    // escalation (VEEAM-9, general issue): step 3 is due 1 business day after the opening,
    // Monday 28 September 10:00 (x 1520), with its roles
    assertThat(r.texts("step-label")).contains("3: PARTNER, DISTRIBUTOR_ENGINEER");
    Element step3 =
        r.byClass("step").stream()
            .filter(e -> e.getAttribute("data-step").equals("3"))
            .findFirst()
            .orElseThrow();
    assertThat(step3.getAttribute("data-at")).isEqualTo("2026-09-28T01:00:00Z");
  }

  @Test
  void aStatusLongAfterTheOpeningShowsTheDaysUpToItsMoment() {
    // Asked Monday 2 November 2026 10:00 KST, 40 days after the opening: more than 31 days, so
    // the range is the 31 days up to the midnight after the moment, Saturday 3 October to Tuesday
    // 3 November 00:00 KST (744 hours on 1200 pixels); the moment is 14 hours before its end
    Instant at = kst("2026-11-02T10:00");
    CaseStatus st = ENGINE.status(CHUSEOK_CASE, BASIC, CHUSEOK_EVENTS, at);
    Rendered r =
        Rendered.of(TimelineSvg.of(ENGINE).status(CHUSEOK_CASE, BASIC, CHUSEOK_EVENTS, st));
    assertThat(Rendered.num(r.byClass("now").get(0), "x1"))
        .isCloseTo(220 + 1200.0 * (744 - 14) / 744, within(0.01));
    assertThat(r.texts("subtitle").get(1)).endsWith("from Sat 3 Oct to Mon 2 Nov 2026");
  }

  // ---------------------------------------------------------------- DST and a breach in Paris

  /**
   * Elastic PLATINUM in France, severity 2: 4 hours 24x7 (ELASTIC-4). Opened Saturday 28 March
   * 2026 23:00 CET (22:00Z), waiting 00:30 CET to 03:30 CEST on Sunday: the clocks go forward at
   * 02:00 CET (01:00Z), so the wait is 2 hours of real time and the deadline 06:00 CEST (04:00Z).
   * Asked at 08:00 CEST (06:00Z) with no answer: breached.
   *
   * <p>Range Saturday 00:00 CET (Friday 23:00Z) to Monday 00:00 CEST (Sunday 22:00Z): 47 hours on
   * 1410 pixels, 30 pixels an hour: x = 220 + 30 * (hours since Friday 23:00Z).
   */
  private static Rendered paris() {
    SupportCase c =
        SupportCase.builder(
                "CASE-FR",
                "elastic",
                LocalDateTime.parse("2026-03-28T23:00").atZone(PARIS).toOffsetDateTime())
            .severity(2)
            .build();
    Subscription s =
        Subscription.builder("SUB-FR", "elastic", "PLATINUM", new Location("FR", PARIS)).build();
    List<CaseEvent> events =
        List.of(
            CaseEvent.of(Type.WAITING_ON_CUSTOMER, Instant.parse("2026-03-28T23:30:00Z")),
            CaseEvent.of(Type.CUSTOMER_RESPONDED, Instant.parse("2026-03-29T01:30:00Z")));
    CaseStatus st = ENGINE.status(c, s, events, Instant.parse("2026-03-29T06:00:00Z"));
    return Rendered.of(
        TimelineSvg.of(ENGINE)
            .withAxisWidth(1410)
            .withRange(Instant.parse("2026-03-27T23:00:00Z"), Instant.parse("2026-03-29T22:00:00Z"))
            .status(c, s, events, st));
  }

  @Test
  void theAxisIsInLocalTimeWithTheDaylightSavingChangeMarked() {
    Rendered r = paris();
    // the change at 01:00Z, 26 hours in
    Element dst = r.byClass("dst").get(0);
    assertThat(dst.getAttribute("data-at")).isEqualTo("2026-03-29T01:00:00Z");
    assertThat(Rendered.num(dst, "x1")).isEqualTo(1000);
    assertThat(r.texts("dst-label")).containsExactly("clocks forward 1 h: UTC+01:00 to UTC+02:00");
    // local midnight of Sunday (Saturday 23:00Z, 24 hours in): Sunday is 23 hours wide
    assertThat(r.byClass("midnight")).extracting(e -> Rendered.num(e, "x1")).containsExactly(940.0);
    assertThat(r.texts("day")).containsExactly("Sat 28 Mar", "Sun 29 Mar");
    // local hours: 02 exists on Saturday only, 03 on both days
    assertThat(r.texts("hour").stream().filter("02"::equals)).hasSize(1);
    assertThat(r.texts("hour").stream().filter("03"::equals)).hasSize(2);
  }

  @Test
  void aBreachIsMarkedAtTheDeadlineAndThePastDueTimeHatched() {
    Rendered r = paris();
    // the pause 23:30Z-01:30Z: 24.5 and 26.5 hours in
    Element pause = r.byClass("pause").get(0);
    assertThat(Rendered.num(pause, "x")).isEqualTo(955);
    assertThat(Rendered.num(pause, "width")).isEqualTo(60);
    // breached at the deadline, 04:00Z (29 hours in): x = 1090
    Element breach = r.byClass("breach").get(0);
    assertThat(breach.getAttribute("data-at")).isEqualTo("2026-03-29T04:00:00Z");
    assertThat(r.texts("breach-label")).containsExactly("breached Sun 06:00");
    // past due from the deadline to the moment (06:00Z, 31 hours in): hatched vermillion
    Element overrun = r.byClass("overrun").get(0);
    assertThat(Rendered.num(overrun, "x")).isEqualTo(1090);
    assertThat(Rendered.num(overrun, "width")).isEqualTo(60);
    double y = mid(overrun);
    assertThat(r.count(y, 1100, 1148, VERMILLION, 50)).isGreaterThan(8);
    assertThat(r.count(y, 1153, 1200, VERMILLION, 50)).isZero();
    assertThat(r.texts("lane-detail")).contains("BREACHED, 150 % of 4 hours 24x7 used");
  }

  // ---------------------------------------------------------------- a decision with on-call

  @Test
  void aDecisionShowsItsDeadlineStepsAndWhoIsOnCall() {
    // Veeam PRODUCTION severity 1: 1 hour 24x7 (VEEAM-4), a severe issue: steps 2-4 at once,
    // step 5 within the hour (VEEAM-10). Opened Tuesday 22 September 2026 16:00 KST.
    SupportCase c =
        SupportCase.builder("CASE-7", "veeam", kstOffset("2026-09-22T16:00"))
            .severity(1)
            .seConsulted(true)
            .issueKind(IssueKind.SEVERE)
            .build();
    Subscription s =
        Subscription.builder("SUB-9", "veeam", "PRODUCTION", new Location("KR", SEOUL)).build();
    Decision d = ENGINE.evaluate(c, s);
    // kim, lee, park take daily turns from Monday 7 September 09:00, shown 09:00-18:00 on
    // weekdays; 22 September is turn 15: kim
    Schedule office =
        Schedule.builder("office", SEOUL)
            .layer(
                Layer.builder(LocalDateTime.parse("2026-09-07T09:00"), Duration.ofDays(1))
                    .participants(List.of("kim", "lee", "park"))
                    .restriction(
                        Restriction.on(
                            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                            TimeWindow.parse("09:00-18:00")))
                    .build())
            .build();
    // the range chosen: Tuesday 00:00 to Wednesday 00:00 KST, 24 hours on 1200 pixels: 50 an hour
    Rendered r =
        Rendered.of(TimelineSvg.of(ENGINE).withSchedules(List.of(office)).decision(c, s, d));
    Element deadline = r.byClass("deadline").get(0);
    assertThat(Rendered.num(deadline, "data-x")).isEqualTo(220 + 17 * 50); // 17:00 KST
    assertThat(r.texts("step-label"))
        .contains("2: PARTNER", "5: PARTNER, DISTRIBUTOR_ENGINEER, VEEAM_KOREA_SE");
    // kim 09:00-18:00 (x 670-1120); nobody before and after
    assertThat(r.byClass("shift"))
        .extracting(
            e -> e.getAttribute("data-person"),
            e -> e.getAttribute("data-start"),
            e -> e.getAttribute("data-end"))
        .containsExactly(tuple("kim", "2026-09-22T00:00:00Z", "2026-09-22T09:00:00Z"));
    assertThat(r.byClass("gap")).hasSize(2);
    Element kim = (Element) r.byClass("shift").get(0).getElementsByTagName("rect").item(0);
    assertThat(Rendered.num(kim, "x")).isEqualTo(670);
    assertThat(Rendered.num(kim, "width")).isEqualTo(450);
    assertThat(
            Rendered.ownText(
                (Element) r.byClass("shift").get(0).getElementsByTagName("text").item(0)))
        .isEqualTo("kim");
  }

  @Test
  void aCaseTheContractDoesNotCoverSaysWhy() {
    SupportCase c =
        SupportCase.builder("CASE-OLD", "elastic", kstOffset("2026-03-02T10:00"))
            .severity(3)
            .build();
    Subscription s =
        Subscription.builder("SUB-OLD", "elastic", "GOLD", new Location("KR", SEOUL))
            .term(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28))
            .build();
    Rendered r = Rendered.of(TimelineSvg.of(ENGINE).decision(c, s, ENGINE.evaluate(c, s)));
    assertThat(r.texts("not-covered"))
        .singleElement()
        .asString()
        .startsWith("OUTSIDE_TERM (TERM-1): ");
    assertThat(r.byClass("deadline")).isEmpty();
  }

  // ---------------------------------------------------------------- text, determinism, misuse

  @Test
  void everyTextFromTheInputIsEscaped() {
    String id = "<b>&\"x'\u0001\ud800";
    SupportCase c =
        SupportCase.builder(id, "veeam", kstOffset("2026-09-23T10:00")).severity(3).build();
    Subscription s =
        Subscription.builder("S</svg>", "veeam", "BASIC", new Location("KR", SEOUL))
            .customer("Acme & <Sons>")
            .build();
    Rendered r = Rendered.of(TimelineSvg.of(ENGINE).decision(c, s, ENGINE.evaluate(c, s)));
    assertThat(r.texts("title"))
        .containsExactly(
            "Case <b>&\"x'\uFFFD\uFFFD (veeam), subscription S</svg> BASIC, Acme & <Sons>");
    assertThat(r.svg).doesNotContain("<b>").doesNotContain("S</svg>");
  }

  @Test
  void theSameInputGivesTheSameBytesOnAnyThread() throws Exception {
    String first = chuseok().svg;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> again =
          List.of(pool.submit(() -> chuseok().svg), pool.submit(() -> chuseok().svg));
      for (Future<String> f : again) {
        assertThat(f.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void settingsAndInputsOutsideWhatIsDrawnAreRefused() {
    TimelineSvg t = TimelineSvg.of(ENGINE);
    Instant a = Instant.parse("2026-03-01T00:00:00Z");
    assertThatThrownBy(() -> t.withRange(a, a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be after");
    assertThatThrownBy(() -> t.withRange(a, a.plus(Duration.ofDays(93))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longer than 92 days");
    assertThatThrownBy(() -> t.withAxisWidth(100)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> t.withIdPrefix("1\"x")).isInstanceOf(IllegalArgumentException.class);
    CaseStatus st = ENGINE.status(CHUSEOK_CASE, BASIC, CHUSEOK_EVENTS, kst("2026-09-28T14:00"));
    SupportCase other =
        SupportCase.builder("OTHER", "veeam", kstOffset("2026-09-23T10:00")).build();
    assertThatThrownBy(() -> t.status(other, BASIC, CHUSEOK_EVENTS, st))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the status is of case CASE-24 / subscription SUB-12, not of case OTHER / subscription"
                + " SUB-12");
  }

  @Test
  void idsTakeThePrefixSoThatPicturesShareAPage() {
    String svg = chuseoksWithPrefix("c7-");
    assertThat(Rendered.parse(svg).getElementsByTagName("pattern").item(0))
        .extracting(n -> ((Element) n).getAttribute("id"))
        .isEqualTo("c7-pause");
    assertThat(svg).doesNotContain("id=\"slakit-");
  }

  private static String chuseoksWithPrefix(String prefix) {
    CaseStatus st = ENGINE.status(CHUSEOK_CASE, BASIC, CHUSEOK_EVENTS, kst("2026-09-28T14:00"));
    return TimelineSvg.of(ENGINE)
        .withIdPrefix(prefix)
        .status(CHUSEOK_CASE, BASIC, CHUSEOK_EVENTS, st);
  }
}
