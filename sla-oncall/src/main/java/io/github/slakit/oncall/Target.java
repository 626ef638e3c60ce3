package io.github.slakit.oncall;

import java.util.Locale;
import java.util.Objects;

/**
 * Whom a rule of an escalation policy notifies: a person, whoever a schedule has on call (or its
 * next or previous on-call, ONCALL-4), or the people on call for the roles of the escalation step
 * the plan is applied to.
 *
 * @param type a person, a schedule, or the step's roles
 * @param id the person's name or the schedule's id; {@code ""} for the step's roles
 * @param onCall for a schedule or the step's roles: the current, next or previous on-call;
 *     {@code CURRENT} for a person
 */
public record Target(Type type, String id, Pick onCall) {
  /** What a target names. */
  public enum Type {
    /** A person, by name. */
    PERSON,
    /** A schedule, by id: whoever it has on call. */
    SCHEDULE,
    /**
     * The schedules of the roles of the escalation step the plan is applied to ({@link
     * EscalationPolicy#roles()}), one notification per role in the step's order.
     */
    STEP_ROLES
  }

  /** Which on-call person of a schedule (ONCALL-4). */
  public enum Pick {
    /** Whoever is on call when the rule fires. */
    CURRENT,
    /** The next different person in the schedule's final timeline. */
    NEXT,
    /** The previous different person in the schedule's final timeline. */
    PREVIOUS
  }

  /**
   * Checks the target.
   *
   * @param type a person, a schedule, or the step's roles
   * @param id the person's name or the schedule's id, not blank; {@code ""} for the step's roles
   * @param onCall which on-call person; {@code CURRENT} for a person
   * @throws IllegalArgumentException when the id does not fit the type, or a person is given a
   *     next or previous on-call
   */
  public Target {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(onCall, "onCall");
    if (type == Type.STEP_ROLES ? !id.isEmpty() : id.isBlank()) {
      throw new IllegalArgumentException(
          type == Type.STEP_ROLES
              ? "the step's roles take no id"
              : "a " + type + " target needs an id");
    }
    if (type == Type.PERSON && onCall != Pick.CURRENT) {
      throw new IllegalArgumentException("a person has no " + onCall + " on-call");
    }
  }

  /**
   * A person.
   *
   * @param name the person's name, as schedules list it
   * @return the target
   */
  public static Target person(String name) {
    return new Target(Type.PERSON, name, Pick.CURRENT);
  }

  /**
   * Whoever a schedule has on call when the rule fires.
   *
   * @param id the schedule's id
   * @return the target
   */
  public static Target schedule(String id) {
    return new Target(Type.SCHEDULE, id, Pick.CURRENT);
  }

  /**
   * A schedule's current, next or previous on-call.
   *
   * @param id the schedule's id
   * @param pick which on-call person
   * @return the target
   */
  public static Target schedule(String id, Pick pick) {
    return new Target(Type.SCHEDULE, id, pick);
  }

  /**
   * The people on call for the roles of the step the plan is applied to.
   *
   * @param pick which on-call person of each role's schedule
   * @return the target
   */
  public static Target stepRoles(Pick pick) {
    return new Target(Type.STEP_ROLES, "", pick);
  }

  /**
   * {@code person kim}, {@code schedule seoul}, {@code next of schedule seoul}, {@code step roles}:
   * the target in words.
   *
   * @return the words
   */
  @Override
  public String toString() {
    String what =
        switch (type) {
          case PERSON -> "person " + id;
          case SCHEDULE -> "schedule " + id;
          case STEP_ROLES -> "step roles";
        };
    return onCall == Pick.CURRENT ? what : onCall.name().toLowerCase(Locale.ROOT) + " of " + what;
  }
}
