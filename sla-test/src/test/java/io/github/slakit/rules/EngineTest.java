package io.github.slakit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.TimeWindow;
import io.github.slakit.core.Decision;
import io.github.slakit.core.Impact;
import io.github.slakit.core.Location;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaInputException;
import io.github.slakit.core.SlaJson;
import io.github.slakit.core.SlaRulesException;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** SlaEngine with the built-in rulesets: bad input, registered calendars, concurrency. */
class EngineTest {
  static final SlaEngine ENGINE = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();
  static final OffsetDateTime FRI_2026_03_06_1730_KST =
      OffsetDateTime.parse("2026-03-06T17:30:00+09:00");

  static SupportCase elasticCase(int severity) {
    return SupportCase.builder("C-1", "elastic", FRI_2026_03_06_1730_KST)
        .severity(severity)
        .build();
  }

  static Subscription.Builder gold() {
    return Subscription.builder("S-1", "elastic", "GOLD", Location.of("KR", "Asia/Seoul"));
  }

  @Test
  void unknownVendorNamesTheKnownOnes() {
    SupportCase c = SupportCase.builder("C-1", "acme", FRI_2026_03_06_1730_KST).build();
    assertThatThrownBy(() -> ENGINE.evaluate(c, gold().build()))
        .isInstanceOf(SlaInputException.class)
        .hasMessage(
            "case C-1 / subscription S-1: vendor: \"acme\" is not a known vendor (elastic, rockplace, veeam)");
  }

  @Test
  void unknownLevelNamesTheVendorsLevels() {
    Subscription s =
        Subscription.builder("S-1", "elastic", "GOLDEN", Location.of("KR", "Asia/Seoul")).build();
    assertThatThrownBy(() -> ENGINE.evaluate(elasticCase(2), s))
        .isInstanceOf(SlaInputException.class)
        .hasMessage(
            "case C-1 / subscription S-1: level: \"GOLDEN\" is not a level of vendor elastic"
                + " (ENTERPRISE, PLATINUM, GOLD, DEVELOPMENT, SILVER, STANDARD_CLOUD, STANDARD_SWIFTYPE)");
  }

  @Test
  void vendorsMustAgree() {
    Subscription s =
        Subscription.builder("S-1", "veeam", "BASIC", Location.of("KR", "Asia/Seoul")).build();
    assertThatThrownBy(() -> ENGINE.evaluate(elasticCase(2), s))
        .isInstanceOf(SlaInputException.class)
        .hasMessageContaining("\"veeam\" differs");
  }

  @Test
  void countryWithoutCalendar() {
    Subscription s =
        Subscription.builder("S-1", "elastic", "GOLD", Location.of("ZZ", "UTC")).build();
    assertThatThrownBy(() -> ENGINE.evaluate(elasticCase(2), s))
        .isInstanceOf(SlaInputException.class)
        .hasMessageContaining("location.country: \"ZZ\"");
  }

  @Test
  void subscriptionInGermanyOrOneOfItsRegionsUsesItsHolidays() {
    // Friday 3 January 2025, 17:30 in Berlin; Monday 6 January is Epiphany in Bavaria (Bavarian
    // Feiertagsgesetz art. 1), a working day in the rest of Germany.
    SupportCase c =
        SupportCase.builder("C-1", "elastic", OffsetDateTime.parse("2025-01-03T17:30:00+01:00"))
            .severity(2)
            .build();
    Decision de =
        ENGINE.evaluate(
            c,
            Subscription.builder("S-1", "elastic", "GOLD", Location.of("DE", "Europe/Berlin"))
                .build());
    Decision by =
        ENGINE.evaluate(
            c,
            Subscription.builder("S-1", "elastic", "GOLD", Location.of("DE-BY", "Europe/Berlin"))
                .build());
    assertThat(de.targets().get(0).calendar()).contains("DE");
    assertThat(by.targets().get(0).calendar()).contains("DE-BY");
    Instant deDue = de.targets().get(0).deadline().orElseThrow();
    Instant byDue = by.targets().get(0).deadline().orElseThrow();
    // The same business hours, one business day (Monday 09:00-18:00) later in Bavaria.
    assertThat(java.time.Duration.between(deDue, byDue)).isEqualTo(java.time.Duration.ofDays(1));
  }

  @Test
  void unregisteredCalendarId() {
    assertThatThrownBy(() -> ENGINE.evaluate(elasticCase(2), gold().calendarId("acme").build()))
        .isInstanceOf(SlaInputException.class)
        .hasMessageContaining("calendar: \"acme\" is not a registered calendar ()");
  }

  @Test
  void registeredCalendarIsUsed() {
    BusinessCalendar acme =
        BusinessCalendar.builder(java.time.ZoneId.of("Asia/Seoul"))
            .id("acme")
            .weekly(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                TimeWindow.parse("08:00-20:00"))
            .build();
    SlaEngine e = SlaEngine.builder().rulesets(Rulesets.builtIn()).calendar(acme).build();
    // Friday 17:30 + 4 business hours of 08:00-20:00 Mon-Sat: 2.5 h Friday, 1.5 h Saturday -> 09:30
    Decision d = e.evaluate(elasticCase(1), gold().calendarId("acme").build());
    assertThat(d.targets().get(0).deadline()).contains(Instant.parse("2026-03-07T00:30:00Z"));
    assertThat(d.targets().get(0).calendar()).contains("acme");
  }

  @Test
  void badInlineCalendarWindow() {
    String sub =
        """
        {"id": "S", "vendor": "elastic", "level": "GOLD", "location": {"country": "KR", "zone": "Asia/Seoul"},
         "calendar": {"zone": "Asia/Seoul", "weekly": {"MON": ["09:00-18:00", "25:00-26:00"]}}}""";
    assertThatThrownBy(() -> SlaJson.readSubscription(sub, "sub.json"))
        .isInstanceOf(SlaInputException.class)
        .hasMessage("sub.json: calendar.weekly.MON[1]: \"25:00-26:00\" is not a time window");
    assertThatThrownBy(
            () -> SlaJson.readSubscription(sub.replace("\"MON\"", "\"MONDAY\""), "sub.json"))
        .hasMessage(
            "sub.json: calendar.weekly.MONDAY: is not a day (MON, TUE, WED, THU, FRI, SAT, SUN)");
    assertThatThrownBy(
            () ->
                SlaJson.readSubscription(
                    sub.replace(
                        "\"zone\": \"Asia/Seoul\", \"weekly\"",
                        "\"zone\": \"Mars/Olympus\", \"weekly\""),
                    "sub.json"))
        .hasMessage(
            "sub.json: calendar.zone: \"Mars/Olympus\" is not a time zone (an IANA id such as \"Asia/Seoul\")");
  }

  @Test
  void failingCustomRulesAreReportedThroughTheEngine() throws Exception {
    var r =
        Rulesets.drl("boom")
            .levels("X")
            .text(
                "boom.drl",
                DrlLoadingTest.HEADER
                    + """
        rule "Explodes"
        when
            PolicyFacts()
        then
            throw new IllegalStateException("kaput");
        end
        """)
            .build();
    SlaEngine e = SlaEngine.builder().ruleset(r).build();
    SupportCase c = SupportCase.builder("C-9", "boom", FRI_2026_03_06_1730_KST).build();
    Subscription s =
        Subscription.builder("S-9", "boom", "X", Location.of("KR", "Asia/Seoul")).build();
    assertThatThrownBy(() -> e.evaluate(c, s))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining(
            "boom.drl: rule \"Explodes\": consequence failed: java.lang.IllegalStateException: kaput");
  }

  @Test
  void manyThreadsGiveTheSameDecisionsAsOne() throws Exception {
    List<SupportCase> cases = new ArrayList<>();
    List<Subscription> subs = new ArrayList<>();
    String[][] vendorLevels = {
      {"elastic", "GOLD"},
      {"elastic", "ENTERPRISE"},
      {"veeam", "BASIC"},
      {"veeam", "PRODUCTION"},
      {"rockplace", "STANDARD"},
      {"rockplace", "PREMIUM"}
    };
    Impact[] impacts = Impact.values();
    for (int i = 0; i < 300; i++) {
      String[] vl = vendorLevels[i % vendorLevels.length];
      OffsetDateTime at = FRI_2026_03_06_1730_KST.plusMinutes(97L * i);
      cases.add(
          SupportCase.builder("C-" + i, vl[0], at)
              .impact(impacts[i % impacts.length])
              .production(i % 7 != 0)
              .build());
      subs.add(
          Subscription.builder("S-" + i, vl[0], vl[1], Location.of("KR", "Asia/Seoul")).build());
    }
    List<String> sequential = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      sequential.add(SlaJson.writeLine(ENGINE.evaluate(cases.get(i), subs.get(i))));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (int i = 0; i < cases.size(); i++) {
          int k = i;
          futures.add(
              pool.submit(() -> SlaJson.writeLine(ENGINE.evaluate(cases.get(k), subs.get(k)))));
        }
      }
      for (int f = 0; f < futures.size(); f++) {
        assertThat(futures.get(f).get()).isEqualTo(sequential.get(f % cases.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void readsAndEvaluatesFiles(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path c = dir.resolve("case.json");
    Path s = dir.resolve("subscription.json");
    Files.writeString(
        c,
        "{\"id\":\"C\",\"vendor\":\"elastic\",\"openedAt\":\"2026-03-06T17:30:00+09:00\",\"severity\":2}");
    Files.writeString(
        s,
        "{\"id\":\"S\",\"vendor\":\"elastic\",\"level\":\"PLATINUM\","
            + "\"location\":{\"country\":\"KR\",\"zone\":\"Asia/Seoul\"}}");
    Decision d = ENGINE.evaluate(SlaJson.readCase(c), SlaJson.readSubscription(s));
    assertThat(SlaJson.write(d)).contains("\"deadline\" : \"2026-03-06T12:30:00Z\"");
  }
}
