package io.github.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.slakit.core.CaseEvent.Type;
import io.github.slakit.core.report.StatusFeed;
import io.github.slakit.core.report.StatusFeed.Component;
import io.github.slakit.core.report.StatusFeed.ComponentStatus;
import io.github.slakit.core.report.StatusFeed.Incident;
import io.github.slakit.core.report.StatusFeed.IncidentState;
import io.github.slakit.core.report.StatusFeed.Update;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The status feed of a handful of incidents worked out by hand, asked on Tuesday 10 March 2026 at
 * 12:00 KST (Monday is the 9th). Severity as requested (the test ruleset).
 */
class StatusFeedTest {
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final Instant AT = kst("2026-03-10T12:00");
  private static final SlaEngine ENGINE =
      SlaEngine.builder().ruleset(new TestRuleset(s -> TimeSpan.businessHours(4))).build();
  private static final Subscription SUB =
      Subscription.builder("S-1", TestRuleset.VENDOR, "ANY", new Location("XX", SEOUL))
          .calendar(TestRuleset.officeHours())
          .build();

  private static Instant kst(String local) {
    return LocalDateTime.parse(local).atZone(SEOUL).toInstant();
  }

  private record Line(SupportCase supportCase, List<CaseEvent> events) {}

  private static Line line(
      String id, String component, Impact impact, int severity, String opened, Object... events) {
    SupportCase.Builder b =
        SupportCase.builder(id, TestRuleset.VENDOR, kst(opened).atZone(SEOUL).toOffsetDateTime())
            .severity(severity);
    if (component != null) {
      b.component(component);
    }
    if (impact != null) {
      b.impact(impact);
    }
    List<CaseEvent> evs = new ArrayList<>();
    for (int i = 0; i < events.length; i += 2) {
      evs.add(CaseEvent.of((Type) events[i], kst((String) events[i + 1])));
    }
    return new Line(b.build(), evs);
  }

  private static final List<Line> LINES =
      List.of(
          // A: an outage at severity 1, nobody has answered: investigating, a major outage
          line("A", "search-api", Impact.OUTAGE, 1, "2026-03-10T09:00"),
          // B: degraded at severity 2, answered: identified, degraded performance
          line(
              "B",
              "search-api",
              Impact.DEGRADED,
              2,
              "2026-03-09T10:00",
              Type.AGENT_RESPONDED,
              "2026-03-09T11:00"),
          // C: slow, answered and resolved: monitoring since Mon 15:00; billing has no open case
          line(
              "C",
              "billing",
              Impact.PERFORMANCE,
              3,
              "2026-03-09T09:00",
              Type.AGENT_RESPONDED,
              "2026-03-09T10:00",
              Type.RESOLVED,
              "2026-03-09T15:00"),
          // D: resolved Mon 09:00 and closed Tue 10:00, 2 hours before the moment: listed resolved
          line(
              "D",
              "billing",
              Impact.OUTAGE,
              2,
              "2026-03-09T08:00",
              Type.RESOLVED,
              "2026-03-09T09:00",
              Type.CLOSED,
              "2026-03-10T10:00"),
          // E: closed Fri 6 March, more than 24 hours before: not listed
          line(
              "E",
              "billing",
              Impact.OUTAGE,
              1,
              "2026-03-05T09:00",
              Type.CLOSED,
              "2026-03-06T09:00"),
          // F: a question: no incident, login operational
          line("F", "login", Impact.QUESTION, 3, "2026-03-10T11:00"),
          // G: a partial failure at severity 1, answered, resolved, reopened Tue 08:00:
          // investigating again, a partial outage
          line(
              "G",
              "storage",
              Impact.PARTIAL_FAILURE,
              1,
              "2026-03-09T09:00",
              Type.AGENT_RESPONDED,
              "2026-03-09T09:30",
              Type.RESOLVED,
              "2026-03-09T12:00",
              Type.REOPENED,
              "2026-03-10T08:00"),
          // H: no component: not in the feed
          line("H", null, Impact.OUTAGE, 1, "2026-03-10T09:00"),
          // I: no impact at severity 3: nothing for storage
          line("I", "storage", null, 3, "2026-03-09T13:00"));

  private static StatusFeed feed(List<Line> lines) {
    StatusFeed.Collector c = StatusFeed.collector(AT);
    for (Line l : lines) {
      c.add(l.supportCase, l.events, ENGINE.status(l.supportCase, SUB, l.events, AT));
    }
    return c.feed();
  }

  @Test
  void componentsTakeTheMostSevereEffectOfTheirOpenCases() {
    StatusFeed f = feed(LINES);
    assertThat(f.components())
        .extracting(Component::name, Component::status, Component::position, Component::updatedAt)
        .containsExactly(
            // C is resolved, D and E closed: nothing open on billing; D's closing is the latest
            tuple("billing", ComponentStatus.OPERATIONAL, 1, kst("2026-03-10T10:00")),
            tuple("login", ComponentStatus.OPERATIONAL, 2, kst("2026-03-10T11:00")),
            // A (major outage) over B (degraded performance); A opened Tue 09:00, after B's answer
            tuple("search-api", ComponentStatus.MAJOR_OUTAGE, 3, kst("2026-03-10T09:00")),
            tuple("storage", ComponentStatus.PARTIAL_OUTAGE, 4, kst("2026-03-10T08:00")));
    assertThat(f.indicator()).isEqualTo("critical");
  }

  @Test
  void incidentsStandWhereTheirEventsLeftThemNewestFirst() {
    StatusFeed f = feed(LINES);
    // newest first by opening: A Tue 09:00, B Mon 10:00, C and G Mon 09:00 (by id), D Mon 08:00
    assertThat(f.incidents())
        .extracting(
            Incident::caseId,
            Incident::state,
            Incident::impact,
            Incident::monitoringAt,
            Incident::resolvedAt)
        .containsExactly(
            tuple("A", IncidentState.INVESTIGATING, "critical", Optional.empty(), Optional.empty()),
            tuple("B", IncidentState.IDENTIFIED, "minor", Optional.empty(), Optional.empty()),
            tuple(
                "C",
                IncidentState.MONITORING,
                "minor",
                Optional.of(kst("2026-03-09T15:00")),
                Optional.empty()),
            tuple("G", IncidentState.INVESTIGATING, "major", Optional.empty(), Optional.empty()),
            tuple(
                "D",
                IncidentState.RESOLVED,
                "major",
                Optional.of(kst("2026-03-09T09:00")),
                Optional.of(kst("2026-03-10T10:00"))));
    Incident g = f.incidents().get(3);
    assertThat(g.updates())
        .extracting(Update::state, Update::at)
        .containsExactly(
            tuple(IncidentState.INVESTIGATING, kst("2026-03-10T08:00")),
            tuple(IncidentState.MONITORING, kst("2026-03-09T12:00")),
            tuple(IncidentState.IDENTIFIED, kst("2026-03-09T09:30")),
            tuple(IncidentState.INVESTIGATING, kst("2026-03-09T09:00")));
    assertThat(g.updatedAt()).isEqualTo(kst("2026-03-10T08:00"));
  }

  @Test
  void closedIncidentsLeaveTheFeedAfterTheirWindow() {
    // D closed 2 hours before the moment: listed with a window of 2 hours, not with 1
    StatusFeed.Collector one = StatusFeed.collector(AT).resolvedFor(Duration.ofHours(1));
    StatusFeed.Collector two = StatusFeed.collector(AT).resolvedFor(Duration.ofHours(2));
    for (Line l : LINES) {
      CaseStatus st = ENGINE.status(l.supportCase, SUB, l.events, AT);
      one.add(l.supportCase, l.events, st);
      two.add(l.supportCase, l.events, st);
    }
    assertThat(one.feed().incidents()).extracting(Incident::caseId).doesNotContain("D");
    assertThat(two.feed().incidents()).extracting(Incident::caseId).contains("D");
  }

  @Test
  void theFeedDoesNotDependOnTheOrderOfTheCases() {
    List<Line> reversed = new ArrayList<>(LINES);
    Collections.reverse(reversed);
    assertThat(feed(reversed).toJson()).isEqualTo(feed(LINES).toJson());
  }

  @Test
  void theJsonHasStatuspagesFieldNames() throws Exception {
    JsonNode root = new ObjectMapper().readTree(feed(LINES).toJson());
    assertThat(root.path("status").path("indicator").asText()).isEqualTo("critical");
    assertThat(root.path("status").path("description").asText()).isEqualTo("Major System Outage");
    JsonNode search = root.path("components").get(2);
    assertThat(search.path("id").asText()).isEqualTo("search-api");
    assertThat(search.path("status").asText()).isEqualTo("major_outage");
    JsonNode d = root.path("incidents").get(4);
    assertThat(d.path("id").asText()).isEqualTo("D");
    assertThat(d.path("status").asText()).isEqualTo("resolved");
    assertThat(d.path("impact").asText()).isEqualTo("major");
    assertThat(d.path("resolved_at").asText()).isEqualTo("2026-03-10T01:00:00Z"); // 10:00 KST
    assertThat(d.path("incident_updates").get(0).path("status").asText()).isEqualTo("resolved");
    assertThat(d.path("components").get(0).path("status").asText()).isEqualTo("operational");
    assertThat(root.path("incidents").get(0).path("components").get(0).path("status").asText())
        .isEqualTo("major_outage");
  }

  @Test
  void theEffectTableOfTheDocs() {
    assertThat(StatusFeed.effect(Optional.of(Impact.OUTAGE), 1))
        .isEqualTo(ComponentStatus.MAJOR_OUTAGE);
    assertThat(StatusFeed.effect(Optional.of(Impact.OUTAGE), 3))
        .isEqualTo(ComponentStatus.PARTIAL_OUTAGE);
    assertThat(StatusFeed.effect(Optional.of(Impact.DEGRADED), 1))
        .isEqualTo(ComponentStatus.PARTIAL_OUTAGE);
    assertThat(StatusFeed.effect(Optional.of(Impact.PARTIAL_FAILURE), 2))
        .isEqualTo(ComponentStatus.DEGRADED_PERFORMANCE);
    assertThat(StatusFeed.effect(Optional.of(Impact.PERFORMANCE), 1))
        .isEqualTo(ComponentStatus.DEGRADED_PERFORMANCE);
    assertThat(StatusFeed.effect(Optional.of(Impact.QUESTION), 1))
        .isEqualTo(ComponentStatus.OPERATIONAL);
    assertThat(StatusFeed.effect(Optional.empty(), 1)).isEqualTo(ComponentStatus.PARTIAL_OUTAGE);
    assertThat(StatusFeed.effect(Optional.empty(), 2))
        .isEqualTo(ComponentStatus.DEGRADED_PERFORMANCE);
    assertThat(StatusFeed.effect(Optional.empty(), 4)).isEqualTo(ComponentStatus.OPERATIONAL);
  }
}
