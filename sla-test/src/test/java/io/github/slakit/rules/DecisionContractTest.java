package io.github.slakit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.core.Decision;
import io.github.slakit.core.Decision.TargetStatus;
import io.github.slakit.core.Deployment;
import io.github.slakit.core.Entitlements.QuotaYear;
import io.github.slakit.core.Impact;
import io.github.slakit.core.Location;
import io.github.slakit.core.Metrics;
import io.github.slakit.core.Notice;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaJson;
import io.github.slakit.core.TimeSpan;
import io.github.slakit.core.spi.PolicyFacts;
import io.github.slakit.test.Evaluate;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The decision contract through the engine with the built-in rulesets: the contract's term
 * (TERM-1), decisions that do not depend on when they are computed (TERM-2), one shape per target
 * status, the ruleset's version, structured support hours.
 */
class DecisionContractTest {
  static final Evaluate ELASTIC = Evaluate.with(Rulesets.builtIn("elastic"));
  static final Evaluate VEEAM = Evaluate.with(Rulesets.builtIn("veeam"));
  static final Evaluate ROCKPLACE = Evaluate.with(Rulesets.builtIn("rockplace"));
  static final Location KOREA = Location.of("KR", "Asia/Seoul");

  static void notCoveredOutsideTheTerm(Decision d) {
    assertThat(d.covered()).isFalse();
    assertThat(d.notCovered())
        .extracting(Notice::code, Notice::clause)
        .contains(org.assertj.core.api.Assertions.tuple("OUTSIDE_TERM", "TERM-1"));
    assertThat(d.targets())
        .isNotEmpty()
        .allSatisfy(
            t -> {
              assertThat(t.status()).isEqualTo(TargetStatus.NOT_COVERED);
              assertThat(t.deadline()).isEmpty();
            });
    assertThat(d.escalation()).isEmpty();
    assertThat(d.trace()).last().satisfies(t -> assertThat(t.clause()).isEqualTo("TERM-1"));
  }

  @Test
  void elasticPlatinumAfterTheEndHasNoDeadline() {
    // TERM-1: term 2025-01-01..2025-12-31; a severity 1 case opened Fri 2 Jan 2026 10:00 KST
    // would have had 1 h 24x7: now not covered, the target shown without a deadline.
    Decision d =
        ELASTIC.at(
            "2026-01-02T10:00:00+09:00",
            ELASTIC
                .subscription("PLATINUM", KOREA)
                .term(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
            c -> c.severity(1));
    notCoveredOutsideTheTerm(d);
    assertThat(d.target(Metrics.INITIAL_RESPONSE))
        .hasValueSatisfying(t -> assertThat(t.target()).contains(TimeSpan.elapsedHours(1)));
    assertThat(d.notCovered().get(0).message())
        .isEqualTo(
            "Opened on 2026-01-02, after the contract's end (2025-12-31): the contract"
                + " does not cover the case");
  }

  @Test
  void rockplaceAfterTheEndShowsNoQuotaAsRemainingOfAnEndedYear() {
    // TERM-1 and TERM-3: term 2025-01-01..2025-12-31 with 4 visits dated in 2025; a case opened
    // Fri 6 Mar 2026 is not covered, and its entitlements (shown for information) count the
    // contract year that holds the opening, 2026-01-01..2026-12-31, in which nothing was used.
    var s =
        ROCKPLACE
            .subscription("STANDARD", KOREA)
            .term(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
            .onSiteVisit(LocalDate.of(2025, 2, 1))
            .onSiteVisit(LocalDate.of(2025, 5, 1))
            .onSiteVisit(LocalDate.of(2025, 8, 1))
            .onSiteVisit(LocalDate.of(2025, 11, 1));
    Decision d = ROCKPLACE.at("2026-03-06T10:00:00+09:00", s, c -> c.onSiteVisit(true));
    notCoveredOutsideTheTerm(d);
    assertThat(d.entitlements().onSiteVisits())
        .hasValueSatisfying(
            q -> {
              assertThat(q.used()).isZero();
              assertThat(q.year())
                  .contains(new QuotaYear(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
            });
  }

  @Test
  void veeamBeforeTheStart() {
    // TERM-1: the start date is inclusive in the calendar's zone. Term from Mon 2 Mar 2026:
    // Sun 1 Mar 23:59 KST is before it, Mon 2 Mar 00:00 KST inside.
    var s =
        VEEAM
            .subscription("PRODUCTION", KOREA)
            .term(LocalDate.of(2026, 3, 2), LocalDate.of(2027, 3, 1));
    Decision before = VEEAM.at("2026-03-01T23:59:00+09:00", s, c -> c.severity(3));
    notCoveredOutsideTheTerm(before);
    assertThat(before.notCovered().get(0).message())
        .contains("before the contract's start (2026-03-02)");
    Decision first = VEEAM.at("2026-03-02T00:00:00+09:00", s, c -> c.severity(3));
    assertThat(first.covered()).isTrue();
    // PRODUCTION severity 3: 6 h 24x7 from 2026-03-01T15:00Z
    assertThat(first.target(Metrics.INITIAL_RESPONSE).flatMap(Decision.Target::deadline))
        .contains(Instant.parse("2026-03-01T21:00:00Z"));
  }

  @Test
  void rulesSeeNoClock() {
    // TERM-2: a decision depends only on the case, the subscription, the ruleset and the
    // calendars. The engine takes no clock, and the facts rules see hold no time but the
    // opening and the contract's dates.
    assertThat(Arrays.stream(SlaEngine.Builder.class.getMethods()).map(Method::getName))
        .doesNotContain("clock");
    assertThat(
            Arrays.stream(PolicyFacts.class.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .filter(
                    m ->
                        Temporal.class.isAssignableFrom(m.getReturnType())
                            || m.getReturnType() == Optional.class
                                && m.getGenericReturnType().getTypeName().contains("java.time"))
                .map(Method::getName))
        .containsExactlyInAnyOrder("openedAt", "openedOn", "start", "end");
  }

  @Test
  void theSameRequestGivesTheSameJsonFromAnyEngine() {
    // TERM-2: two engines, built apart, give byte-identical JSON for the same input.
    var s =
        ELASTIC
            .subscription("GOLD", KOREA)
            .deployment(Deployment.SELF_MANAGED)
            .term(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28));
    String first = SlaJson.write(ELASTIC.at("2026-02-27T10:00:00+09:00", s, c -> c.severity(2)));
    String again =
        SlaJson.write(
            Evaluate.with(Rulesets.builtIn("elastic"))
                .at("2026-02-27T10:00:00+09:00", s, c -> c.severity(2)));
    assertThat(again).isEqualTo(first);
  }

  @Test
  void everyDecisionListsTheFirstResponse() {
    // One shape per situation: a DEVELOPMENT production case (ELASTIC-3) has no target set by
    // the rules, and still lists INITIAL_RESPONSE, as NOT_COVERED with neither target nor
    // deadline.
    Decision d =
        ELASTIC.at("2026-03-06T10:00:00+09:00", "DEVELOPMENT", c -> c.impact(Impact.OUTAGE));
    assertThat(d.targets())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.metric()).isEqualTo(Metrics.INITIAL_RESPONSE);
              assertThat(t.status()).isEqualTo(TargetStatus.NOT_COVERED);
              assertThat(t.target()).isEmpty();
              assertThat(t.deadline()).isEmpty();
            });
    assertThat(d.notCovered()).extracting(Notice::code).containsExactly("NOT_FOR_PRODUCTION");
  }

  @Test
  void standardCloudHasNoPublishedTarget() {
    // ELASTIC-6: STANDARD_CLOUD gets no deadline, with the code that says why.
    Decision d = ELASTIC.at("2026-03-06T10:00:00+09:00", "STANDARD_CLOUD", c -> c.severity(2));
    assertThat(d.covered()).isTrue();
    assertThat(d.targets())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.status()).isEqualTo(TargetStatus.NO_TARGET);
              assertThat(t.target()).isEmpty();
              assertThat(t.deadline()).isEmpty();
            });
    assertThat(d.warns("NO_PUBLISHED_TARGET")).isTrue();
  }

  @Test
  void everyDecisionNamesItsRulesetVersion() {
    // A stored decision can be traced to its rules: the hash of the DRL, the same for every
    // decision of a ruleset, different between rulesets.
    String elastic = ELASTIC.at("2026-03-06T10:00:00+09:00", "GOLD", c -> c).rulesetVersion();
    String veeam = VEEAM.at("2026-03-06T10:00:00+09:00", "BASIC", c -> c).rulesetVersion();
    assertThat(elastic)
        .matches("sha256:[0-9a-f]{64}")
        .isEqualTo(Rulesets.builtIn("elastic").version())
        .isNotEqualTo(veeam);
    assertThat(
            ELASTIC
                .at("2026-07-01T10:00:00+09:00", "PLATINUM", c -> c.severity(1))
                .rulesetVersion())
        .isEqualTo(elastic);
    // The same DRL text gives the same version wherever it comes from; another text another.
    String drl =
        "package p;\nimport io.github.slakit.core.Severity;\n"
            + "rule \"One\" when then insert(new Severity(1, \"One\")); end\n";
    Ruleset a = Rulesets.drl("a").text("one.drl", drl).build();
    Ruleset b = Rulesets.drl("b").text("elsewhere/other.drl", drl).build();
    Ruleset c = Rulesets.drl("a").text("one.drl", drl + "\n").build();
    assertThat(a.version()).isEqualTo(b.version()).isNotEqualTo(c.version());
  }

  @Test
  void supportHoursNameTheirCalendar() {
    // VEEAM-1: BASIC's support hours are the ruleset's KR calendar, written with its weekly
    // windows; PRODUCTION's are every hour (24x7), with no calendar.
    String basic = SlaJson.writeLine(VEEAM.at("2026-03-06T10:00:00+09:00", "BASIC", c -> c));
    assertThat(basic)
        .contains(
            "\"supportHours\":{\"text\":\"Korean business hours, 09:00-18:00"
                + " KST\",\"clock\":\"business-hours\",\"calendar\":{\"id\":\"KR\",\"zone\":\"Asia/Seoul\","
                + "\"weekly\":{\"MON\":[\"09:00-18:00\"],\"TUE\":[\"09:00-18:00\"],\"WED\":[\"09:00-18:00\"],"
                + "\"THU\":[\"09:00-18:00\"],\"FRI\":[\"09:00-18:00\"],\"SAT\":[],\"SUN\":[]},"
                + "\"holidays\":\"KR\"}}");
    String production =
        SlaJson.writeLine(VEEAM.at("2026-03-06T10:00:00+09:00", "PRODUCTION", c -> c));
    assertThat(production).contains("\"supportHours\":{\"text\":\"24/7/365\",\"clock\":\"24x7\"}");
  }
}
