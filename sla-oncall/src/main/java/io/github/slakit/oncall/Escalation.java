package io.github.slakit.oncall;

import io.github.slakit.calendars.internal.JsonFields;
import io.github.slakit.core.CaseStatus;
import io.github.slakit.core.Decision;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * An escalation policy bound to its schedules: makes plans (ONCALL-2, ONCALL-4) and says who is
 * on call for the roles of a decision's escalation steps.
 *
 * <p>A plan starts at the instant it is applied to: one given, an escalation step's {@code at}, or
 * a lifecycle alarm's {@code at}. The first rule fires then; each rule's delay counts from the
 * moment it fired, so delays add up; after the last rule the next pass begins, {@code loops + 1}
 * passes in all. A rule whose targets all reach nobody is reported in {@link
 * EscalationPlan#unreached()} and the next rule fires at once. Within one rule a person reached
 * through two targets is notified once per channel (by the first). An acknowledgement at or
 * before a notification's instant cancels it and every later one.
 *
 * <p>Immutable and thread-safe.
 */
public final class Escalation {
  private final EscalationPolicy policy;
  private final Map<String, Schedule> schedules;
  private final Map<String, String> roles;

  private Escalation(
      EscalationPolicy policy, Map<String, Schedule> schedules, Map<String, String> roles) {
    this.policy = policy;
    this.schedules = schedules;
    this.roles = roles;
  }

  /**
   * Binds a policy to its schedules; the policy's {@link EscalationPolicy#roles() roles} map the
   * steps' roles.
   *
   * @param policy the policy
   * @param schedules the schedules its targets and roles name (others are allowed)
   * @return the binding
   * @throws IllegalArgumentException when two schedules share an id, or a target or role names a
   *     schedule not given (the message names the policy's field path and the id)
   */
  public static Escalation of(EscalationPolicy policy, Collection<Schedule> schedules) {
    Objects.requireNonNull(policy, "policy");
    Map<String, Schedule> byId = new LinkedHashMap<>();
    for (Schedule s : schedules) {
      if (byId.put(s.id(), s) != null) {
        throw new IllegalArgumentException("two schedules have the id " + JsonFields.quote(s.id()));
      }
    }
    Escalation e = new Escalation(policy, Map.copyOf(byId), policy.roles());
    List<EscalationRule> rules = policy.rules();
    for (int r = 0; r < rules.size(); r++) {
      List<Target> targets = rules.get(r).targets();
      for (int t = 0; t < targets.size(); t++) {
        if (targets.get(t).type() == Target.Type.SCHEDULE) {
          e.need(targets.get(t).id(), "rules[" + r + "].targets[" + t + "].id");
        }
      }
    }
    policy.roles().forEach((role, id) -> e.need(id, "roles." + role));
    return e;
  }

  /**
   * The same binding with more roles mapped: these win over the policy's own for the same role.
   *
   * @param more role to schedule id
   * @return a new binding
   * @throws IllegalArgumentException when a schedule is not given
   */
  public Escalation withRoles(Map<String, String> more) {
    Map<String, String> merged = new LinkedHashMap<>(roles);
    more.forEach(
        (role, id) -> {
          need(id, "role " + role);
          merged.put(role, id);
        });
    return new Escalation(policy, schedules, Collections.unmodifiableMap(merged));
  }

  private void need(String scheduleId, String where) {
    if (!schedules.containsKey(scheduleId)) {
      throw new IllegalArgumentException(
          where
              + ": "
              + JsonFields.quote(scheduleId)
              + " is not the id of a schedule given ("
              + (schedules.isEmpty()
                  ? "none given"
                  : String.join(", ", new TreeSet<>(schedules.keySet())))
              + ")");
    }
  }

  /**
   * The policy.
   *
   * @return the policy
   */
  public EscalationPolicy policy() {
    return policy;
  }

  /**
   * The roles mapped to schedules: the policy's, with {@link #withRoles} applied.
   *
   * @return role to schedule id
   */
  public Map<String, String> roles() {
    return roles;
  }

  /**
   * The plan from an instant given explicitly; a {@link Target.Type#STEP_ROLES} target reaches
   * nobody ({@code NO_STEP_ROLES}).
   *
   * @param start when the first rule fires
   * @param acknowledgedAt when someone acknowledged, if anyone did
   * @return the plan
   */
  public EscalationPlan plan(Instant start, Optional<Instant> acknowledgedAt) {
    return plan(start, List.of(), acknowledgedAt);
  }

  /**
   * The plan from an escalation step's instant, its roles answering the {@link
   * Target.Type#STEP_ROLES} targets.
   *
   * @param step the decision's step
   * @param acknowledgedAt when someone acknowledged, if anyone did
   * @return the plan
   */
  public EscalationPlan plan(Decision.EscalationStep step, Optional<Instant> acknowledgedAt) {
    return plan(step.at(), step.roles(), acknowledgedAt);
  }

  /**
   * The plan from a lifecycle alarm's instant ({@link CaseStatus.Alarm#at()}); a {@link
   * Target.Type#STEP_ROLES} target reaches nobody.
   *
   * @param alarm the alarm
   * @param acknowledgedAt when someone acknowledged, if anyone did
   * @return the plan
   */
  public EscalationPlan plan(CaseStatus.Alarm alarm, Optional<Instant> acknowledgedAt) {
    return plan(alarm.at(), List.of(), acknowledgedAt);
  }

  /**
   * Who is on call for each role of a step at the step's instant.
   *
   * @param step the decision's step
   * @return one answer per role, in the step's order
   */
  public List<RoleOnCall> onCall(Decision.EscalationStep step) {
    List<RoleOnCall> out = new ArrayList<>();
    for (String role : step.roles()) {
      String id = roles.get(role);
      Schedule s = id == null ? null : schedules.get(id);
      out.add(
          new RoleOnCall(
              role, Optional.ofNullable(id), s == null ? Optional.empty() : s.onCallAt(step.at())));
    }
    return out;
  }

  /**
   * Every escalation step of a decision with who is on call for its roles and the plan from its
   * instant; the one acknowledgement applies to every plan (a plan that starts after it is
   * cancelled whole).
   *
   * @param decision the decision; a case that is not covered has no steps
   * @param acknowledgedAt when someone acknowledged, if anyone did
   * @return one per step, in order
   */
  public List<StepPlan> plans(Decision decision, Optional<Instant> acknowledgedAt) {
    List<StepPlan> out = new ArrayList<>();
    for (Decision.EscalationStep step : decision.escalation()) {
      out.add(new StepPlan(step, onCall(step), plan(step, acknowledgedAt)));
    }
    return out;
  }

  private EscalationPlan plan(
      Instant start, List<String> stepRoles, Optional<Instant> acknowledgedAt) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
    Instant ack = acknowledgedAt.orElse(null);
    List<Notification> sent = new ArrayList<>();
    List<Notification> cancelled = new ArrayList<>();
    List<Unreached> unreached = new ArrayList<>();
    Instant at = start;
    List<EscalationRule> rules = policy.rules();
    for (int pass = 1; pass <= policy.loops() + 1; pass++) {
      for (int r = 0; r < rules.size(); r++) {
        EscalationRule rule = rules.get(r);
        boolean live = ack == null || at.isBefore(ack);
        boolean reached = false;
        Set<String> notified = new HashSet<>();
        for (Target target : rule.targets()) {
          for (Resolved res : resolve(target, at, stepRoles)) {
            if (res.person == null) {
              if (live) {
                unreached.add(
                    new Unreached(
                        pass,
                        r + 1,
                        at,
                        target,
                        res.role,
                        res.schedule,
                        Objects.requireNonNull(res.reason)));
              }
              continue;
            }
            reached = true;
            if (!notified.add(res.person)) {
              continue;
            }
            for (Channel c : rule.channels()) {
              (live ? sent : cancelled)
                  .add(
                      new Notification(
                          pass, r + 1, at, res.person, c, target, res.role, res.schedule));
            }
          }
        }
        if (reached) {
          at = at.plus(Duration.ofMinutes(rule.delayMinutes()));
        }
      }
    }
    return new EscalationPlan(start, acknowledgedAt, sent, unreached, cancelled);
  }

  /** A target resolved at an instant: a person, or nobody with the reason. */
  private record Resolved(
      @Nullable String person,
      Optional<String> role,
      Optional<String> schedule,
      Unreached.@Nullable Reason reason) {}

  private List<Resolved> resolve(Target target, Instant at, List<String> stepRoles) {
    switch (target.type()) {
      case PERSON:
        return List.of(new Resolved(target.id(), Optional.empty(), Optional.empty(), null));
      case SCHEDULE:
        return List.of(
            pick(
                Objects.requireNonNull(schedules.get(target.id())),
                target.onCall(),
                at,
                Optional.empty()));
      default:
        if (stepRoles.isEmpty()) {
          return List.of(
              new Resolved(
                  null, Optional.empty(), Optional.empty(), Unreached.Reason.NO_STEP_ROLES));
        }
        List<Resolved> out = new ArrayList<>();
        for (String role : stepRoles) {
          String id = roles.get(role);
          Schedule s = id == null ? null : schedules.get(id);
          out.add(
              s == null
                  ? new Resolved(
                      null,
                      Optional.of(role),
                      Optional.empty(),
                      Unreached.Reason.NO_SCHEDULE_FOR_ROLE)
                  : pick(s, target.onCall(), at, Optional.of(role)));
        }
        return out;
    }
  }

  private static Resolved pick(Schedule s, Target.Pick pick, Instant at, Optional<String> role) {
    Optional<String> person;
    Unreached.Reason reason;
    switch (pick) {
      case NEXT:
        person = s.nextOnCall(at).map(Shift::person);
        reason = Unreached.Reason.NO_NEXT_ON_CALL;
        break;
      case PREVIOUS:
        person = s.previousOnCall(at).map(Shift::person);
        reason = Unreached.Reason.NO_PREVIOUS_ON_CALL;
        break;
      default:
        person = s.onCallAt(at).map(OnCall::person);
        reason = Unreached.Reason.NOBODY_ON_CALL;
        break;
    }
    return new Resolved(
        person.orElse(null), role, Optional.of(s.id()), person.isPresent() ? null : reason);
  }
}
