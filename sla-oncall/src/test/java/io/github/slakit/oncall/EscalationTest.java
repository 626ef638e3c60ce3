package io.github.slakit.oncall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.slakit.core.CaseStatus;
import io.github.slakit.core.Decision;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Escalation plans worked out by hand (ONCALL-2..ONCALL-4), and the acknowledgement property. */
class EscalationTest {
  private static final ZoneId UTC = ZoneId.of("UTC");

  static Instant at(String s) {
    return Instant.parse(s);
  }

  /** UTC, daily turns a, b, c from Monday 2 March 09:00: Mon a, Tue b, Wed c, Thu a. */
  static Schedule primary() {
    return Schedule.builder("primary", UTC)
        .layer(
            Layer.builder(LocalDateTime.parse("2026-03-02T09:00"), Duration.ofDays(1))
                .participants("a", "b", "c")
                .build())
        .build();
  }

  /**
   * Rule 1: primary by APP and SMS, 10 minutes; rule 2: primary's next on-call by PHONE, 15
   * minutes; rule 3: the person "boss", no channel named, 30 minutes; one loop (two passes).
   */
  static EscalationPolicy policy() {
    return EscalationPolicy.builder("ops")
        .rule(
            new EscalationRule(
                List.of(Target.schedule("primary")), List.of(Channel.APP, Channel.SMS), 10))
        .rule(
            new EscalationRule(
                List.of(Target.schedule("primary", Target.Pick.NEXT)), List.of(Channel.PHONE), 15))
        .rule(EscalationRule.of(30, Target.person("boss")))
        .loops(1)
        .build();
  }

  private static List<Tuple> rows(List<Notification> list) {
    List<Tuple> out = new ArrayList<>();
    for (Notification n : list) {
      out.add(Tuple.tuple(n.pass(), n.rule(), n.at(), n.person(), n.channel()));
    }
    return out;
  }

  @Test
  void delaysAddUpAndTheWholePolicyRepeatsLoopsTimes() {
    // Wednesday 4 March 12:00Z: c is on call, the next different person is a (Thursday 09:00).
    // Pass 1: rule 1 at 12:00 (c by APP, SMS), rule 2 at 12:10 (a by PHONE), rule 3 at 12:25
    // (boss, DEFAULT: ONCALL-3). Rule 3's 30 minutes lead to pass 2 at 12:55: rule 1 at 12:55,
    // rule 2 at 13:05, rule 3 at 13:20. loops 1 = two passes, then the plan ends.
    EscalationPlan p =
        Escalation.of(policy(), List.of(primary()))
            .plan(at("2026-03-04T12:00:00Z"), Optional.empty());
    assertThat(rows(p.notifications()))
        .containsExactly(
            Tuple.tuple(1, 1, at("2026-03-04T12:00:00Z"), "c", Channel.APP),
            Tuple.tuple(1, 1, at("2026-03-04T12:00:00Z"), "c", Channel.SMS),
            Tuple.tuple(1, 2, at("2026-03-04T12:10:00Z"), "a", Channel.PHONE),
            Tuple.tuple(1, 3, at("2026-03-04T12:25:00Z"), "boss", Channel.DEFAULT),
            Tuple.tuple(2, 1, at("2026-03-04T12:55:00Z"), "c", Channel.APP),
            Tuple.tuple(2, 1, at("2026-03-04T12:55:00Z"), "c", Channel.SMS),
            Tuple.tuple(2, 2, at("2026-03-04T13:05:00Z"), "a", Channel.PHONE),
            Tuple.tuple(2, 3, at("2026-03-04T13:20:00Z"), "boss", Channel.DEFAULT));
    assertThat(p.unreached()).isEmpty();
    assertThat(p.cancelled()).isEmpty();
    assertThat(p.notifications().get(0).schedule()).contains("primary");
  }

  @Test
  void anAcknowledgementAtANotificationsInstantCancelsItAndEveryLaterOne() {
    // Acknowledged at 12:10 exactly: rule 2's call at 12:10 is cancelled, and all after it.
    EscalationPlan p =
        Escalation.of(policy(), List.of(primary()))
            .plan(at("2026-03-04T12:00:00Z"), Optional.of(at("2026-03-04T12:10:00Z")));
    assertThat(rows(p.notifications()))
        .containsExactly(
            Tuple.tuple(1, 1, at("2026-03-04T12:00:00Z"), "c", Channel.APP),
            Tuple.tuple(1, 1, at("2026-03-04T12:00:00Z"), "c", Channel.SMS));
    assertThat(p.cancelled()).hasSize(6);
    assertThat(p.cancelled().get(0).at()).isEqualTo(at("2026-03-04T12:10:00Z"));
    // acknowledged before the plan starts: nothing is sent
    assertThat(
            Escalation.of(policy(), List.of(primary()))
                .plan(at("2026-03-04T12:00:00Z"), Optional.of(at("2026-03-04T11:00:00Z")))
                .notifications())
        .isEmpty();
  }

  @Test
  void aRuleThatReachesNobodyIsReportedAndTheNextFiresAtOnce() {
    // Before the first hand-off (Monday 2 March 08:00Z) primary has nobody: rule 1 reaches nobody
    // and rule 2 fires at once at 08:00 (the next on-call is a, from 09:00), then rule 3 at 08:15.
    Escalation e =
        Escalation.of(
            EscalationPolicy.builder("x")
                .rule(EscalationRule.of(10, Target.schedule("primary")))
                .rule(EscalationRule.of(15, Target.schedule("primary", Target.Pick.NEXT)))
                .rule(EscalationRule.of(30, Target.person("boss")))
                .build(),
            List.of(primary()));
    EscalationPlan p = e.plan(at("2026-03-02T08:00:00Z"), Optional.empty());
    assertThat(p.unreached())
        .extracting(Unreached::rule, Unreached::at, Unreached::reason)
        .containsExactly(
            Tuple.tuple(1, at("2026-03-02T08:00:00Z"), Unreached.Reason.NOBODY_ON_CALL));
    assertThat(rows(p.notifications()))
        .containsExactly(
            Tuple.tuple(1, 2, at("2026-03-02T08:00:00Z"), "a", Channel.DEFAULT),
            Tuple.tuple(1, 3, at("2026-03-02T08:15:00Z"), "boss", Channel.DEFAULT));
  }

  @Test
  void aPersonReachedTwiceInOneRuleIsNotifiedOncePerChannel() {
    // Monday 2 March 10:00: a is on call; the rule names primary and a.
    EscalationPolicy pol =
        EscalationPolicy.builder("dup")
            .rule(
                new EscalationRule(
                    List.of(Target.schedule("primary"), Target.person("a")),
                    List.of(Channel.SMS),
                    5))
            .build();
    EscalationPlan p =
        Escalation.of(pol, List.of(primary())).plan(at("2026-03-02T10:00:00Z"), Optional.empty());
    assertThat(rows(p.notifications()))
        .containsExactly(Tuple.tuple(1, 1, at("2026-03-02T10:00:00Z"), "a", Channel.SMS));
  }

  static Decision.EscalationStep step(int n, String at, String... roles) {
    return new Decision.EscalationStep(
        n, List.of(roles), "act", Instant.parse(at), Decision.Timing.DUE, "VEEAM-10");
  }

  @Test
  void aStepsRolesNameWhoIsOnCallThroughTheRolesSchedules() {
    // Roles: PARTNER -> primary, DISTRIBUTOR_ENGINEER -> distributor (one person, "dist");
    // VEEAM_KOREA_SE has no schedule. A step due Tuesday 3 March 10:00Z: b is primary's.
    Schedule distributor =
        Schedule.builder("distributor", UTC)
            .layer(
                Layer.builder(LocalDateTime.parse("2026-01-01T00:00"), Duration.ofDays(7))
                    .participants("dist")
                    .build())
            .build();
    EscalationPolicy pol =
        EscalationPolicy.builder("roles")
            .rule(
                new EscalationRule(
                    List.of(Target.stepRoles(Target.Pick.CURRENT)), List.of(Channel.PHONE), 20))
            .rule(EscalationRule.of(0, Target.stepRoles(Target.Pick.NEXT)))
            .role("PARTNER", "primary")
            .role("DISTRIBUTOR_ENGINEER", "distributor")
            .build();
    Escalation e = Escalation.of(pol, List.of(primary(), distributor));
    Decision.EscalationStep step =
        step(5, "2026-03-03T10:00:00Z", "PARTNER", "DISTRIBUTOR_ENGINEER", "VEEAM_KOREA_SE");
    assertThat(e.onCall(step))
        .extracting(RoleOnCall::role, r -> r.onCall().map(OnCall::person))
        .containsExactly(
            Tuple.tuple("PARTNER", Optional.of("b")),
            Tuple.tuple("DISTRIBUTOR_ENGINEER", Optional.of("dist")),
            Tuple.tuple("VEEAM_KOREA_SE", Optional.empty()));
    // rule 1 at 10:00: b and dist by phone, the SE's role reaches nobody; rule 2 at 10:20: the
    // next on-call of primary is c (Wednesday 09:00); distributor has no other person.
    EscalationPlan p = e.plan(step, Optional.empty());
    assertThat(p.notifications())
        .extracting(Notification::rule, Notification::at, Notification::person, Notification::role)
        .containsExactly(
            Tuple.tuple(1, at("2026-03-03T10:00:00Z"), "b", Optional.of("PARTNER")),
            Tuple.tuple(1, at("2026-03-03T10:00:00Z"), "dist", Optional.of("DISTRIBUTOR_ENGINEER")),
            Tuple.tuple(2, at("2026-03-03T10:20:00Z"), "c", Optional.of("PARTNER")));
    assertThat(p.unreached())
        .extracting(Unreached::rule, Unreached::role, Unreached::reason)
        .containsExactly(
            Tuple.tuple(1, Optional.of("VEEAM_KOREA_SE"), Unreached.Reason.NO_SCHEDULE_FOR_ROLE),
            Tuple.tuple(2, Optional.of("DISTRIBUTOR_ENGINEER"), Unreached.Reason.NO_NEXT_ON_CALL),
            Tuple.tuple(2, Optional.of("VEEAM_KOREA_SE"), Unreached.Reason.NO_SCHEDULE_FOR_ROLE));
    // applied to an alarm or an instant there is no step: the roles reach nobody
    CaseStatus.Alarm alarm =
        new CaseStatus.Alarm(
            "INITIAL_RESPONSE", 1, 75, at("2026-03-03T10:00:00Z"), true, Optional.empty());
    EscalationPlan fromAlarm = e.plan(alarm, Optional.empty());
    assertThat(fromAlarm.start()).isEqualTo(at("2026-03-03T10:00:00Z"));
    assertThat(fromAlarm.notifications()).isEmpty();
    assertThat(fromAlarm.unreached())
        .extracting(Unreached::reason)
        .containsOnly(Unreached.Reason.NO_STEP_ROLES);
    // withRoles maps the SE's role too
    assertThat(
            e.withRoles(Map.of("VEEAM_KOREA_SE", "distributor"))
                .onCall(step)
                .get(2)
                .onCall()
                .map(OnCall::person))
        .contains("dist");
  }

  @Test
  void aTargetOrRoleNamingAScheduleNotGivenIsRefusedWithItsPath() {
    EscalationPolicy pol =
        EscalationPolicy.builder("p")
            .rule(EscalationRule.of(5, Target.person("x"), Target.schedule("nights")))
            .build();
    assertThatThrownBy(() -> Escalation.of(pol, List.of(primary())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rules[0].targets[1].id: \"nights\" is not the id of a schedule given (primary)");
    EscalationPolicy roles =
        EscalationPolicy.builder("p")
            .rule(EscalationRule.of(5, Target.person("x")))
            .role("PARTNER", "partners")
            .build();
    assertThatThrownBy(() -> Escalation.of(roles, List.of()))
        .hasMessage("roles.PARTNER: \"partners\" is not the id of a schedule given (none given)");
  }

  /**
   * An acknowledgement at any moment stops every later notification: the plan with it sends
   * exactly the notifications of the plan without it that come before it, and cancels the rest.
   */
  @Test
  void anAcknowledgementAtAnyMomentStopsEveryLaterNotification() {
    qt().withFixedSeed(SchedulePropertyTest.SEED)
        .withExamples(200)
        .withShrinkCycles(0)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              RandomSchedule rs = RandomSchedule.of(r.nextLong());
              Schedule s = rs.schedule;
              EscalationPolicy.Builder b = EscalationPolicy.builder("random").loops(r.nextInt(3));
              int rules = 1 + r.nextInt(4);
              Target.Pick[] picks = Target.Pick.values();
              for (int i = 0; i < rules; i++) {
                List<Target> targets = new ArrayList<>();
                targets.add(
                    r.nextBoolean()
                        ? Target.person("p" + r.nextInt(3))
                        : Target.schedule("random", picks[r.nextInt(picks.length)]));
                List<Channel> channels =
                    r.nextBoolean() ? List.of() : List.of(Channel.SMS, Channel.PHONE);
                b.rule(new EscalationRule(targets, channels, r.nextInt(4) * 10));
              }
              Escalation e = Escalation.of(b.build(), List.of(s));
              Instant start = rs.instantNear(1);
              EscalationPlan all = e.plan(start, Optional.empty());
              Instant ack = start.plus(Duration.ofMinutes(r.nextInt(200) - 20));
              EscalationPlan acked = e.plan(start, Optional.of(ack));
              String message = "seed " + seed + ", ack " + ack + ", " + rs;
              assertThat(acked.notifications()).as(message).allMatch(n -> n.at().isBefore(ack));
              assertThat(acked.cancelled()).as(message).allMatch(n -> !n.at().isBefore(ack));
              List<Notification> both = new ArrayList<>(acked.notifications());
              both.addAll(acked.cancelled());
              assertThat(both).as(message).isEqualTo(all.notifications());
              assertThat(acked.unreached())
                  .as(message)
                  .isEqualTo(all.unreached().stream().filter(u -> u.at().isBefore(ack)).toList());
              // instants never go back, and every pass has its rules in order
              for (int i = 1; i < all.notifications().size(); i++) {
                assertThat(all.notifications().get(i).at())
                    .as(message)
                    .isAfterOrEqualTo(all.notifications().get(i - 1).at());
              }
            });
  }
}
