package io.github.slakit.oncall;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An escalation policy (ONCALL-2): rules in order, the whole repeated {@code loops} more times, and
 * the schedule that answers for each role of a ruleset's escalation steps ({@code PARTNER}, {@code
 * DISTRIBUTOR_ENGINEER}, ...). {@link Escalation} binds it to its schedules and makes plans.
 *
 * <p>Immutable and thread-safe.
 */
public final class EscalationPolicy {
  /** The most repeats after the first pass: 9 (PagerDuty's limit). */
  public static final int MAX_LOOPS = 9;

  private final String id;
  private final List<EscalationRule> rules;
  private final int loops;
  private final Map<String, String> roles;

  private EscalationPolicy(Builder b) {
    this.id = b.id;
    this.rules = List.copyOf(b.rules);
    this.loops = b.loops;
    this.roles = Collections.unmodifiableMap(new LinkedHashMap<>(b.roles));
  }

  /**
   * A builder for a policy.
   *
   * @param id the policy's id, not blank
   * @return the builder
   * @throws IllegalArgumentException when the id is blank
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * The policy's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The rules, in order.
   *
   * @return at least one rule
   */
  public List<EscalationRule> rules() {
    return rules;
  }

  /**
   * How many times the rules repeat after the first pass (ONCALL-4: {@code loops + 1} passes).
   *
   * @return 0 to {@link #MAX_LOOPS}
   */
  public int loops() {
    return loops;
  }

  /**
   * The schedule id for each role of a ruleset's escalation steps, in the order given.
   *
   * @return role to schedule id; empty when the policy maps none
   */
  public Map<String, String> roles() {
    return roles;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EscalationPolicy p
        && id.equals(p.id)
        && rules.equals(p.rules)
        && loops == p.loops
        && roles.equals(p.roles);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, rules, loops, roles);
  }

  @Override
  public String toString() {
    return "EscalationPolicy["
        + id
        + ", "
        + rules.size()
        + " rules, loops "
        + loops
        + ", roles "
        + roles
        + "]";
  }

  /** Builds an {@link EscalationPolicy}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final List<EscalationRule> rules = new ArrayList<>();
    private int loops;
    private final Map<String, String> roles = new LinkedHashMap<>();

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
      if (id.isBlank()) {
        throw new IllegalArgumentException("a policy needs an id");
      }
    }

    /**
     * Adds a rule after those already added.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder rule(EscalationRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Sets how many times the rules repeat after the first pass.
     *
     * @param loops 0 to {@link #MAX_LOOPS}
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder loops(int loops) {
      if (loops < 0 || loops > MAX_LOOPS) {
        throw new IllegalArgumentException("loops is 0 to " + MAX_LOOPS + ", not " + loops);
      }
      this.loops = loops;
      return this;
    }

    /**
     * Maps a role of a ruleset's escalation steps to a schedule; a role mapped again takes the
     * new schedule.
     *
     * @param role the role as the ruleset spells it ({@code PARTNER})
     * @param scheduleId the schedule's id
     * @return this builder
     * @throws IllegalArgumentException when either is blank
     */
    public Builder role(String role, String scheduleId) {
      if (Objects.requireNonNull(role, "role").isBlank()
          || Objects.requireNonNull(scheduleId, "scheduleId").isBlank()) {
        throw new IllegalArgumentException("a role and its schedule are not blank");
      }
      roles.put(role, scheduleId);
      return this;
    }

    /**
     * The policy.
     *
     * @return a new policy
     * @throws IllegalArgumentException when it has no rule
     */
    public EscalationPolicy build() {
      if (rules.isEmpty()) {
        throw new IllegalArgumentException("a policy needs at least one rule");
      }
      return new EscalationPolicy(this);
    }
  }
}
