package io.github.slakit.core;

import io.github.slakit.core.Decision.EscalationStep;
import io.github.slakit.core.Decision.Target;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What differs between two decisions of one case, as a reader of the decisions would see it: the
 * severity, whether the case is covered, each metric's deadline (earlier or later) or target, the
 * escalation steps, the entitlements, the routing and the warnings. The ruleset's version and the
 * trace are not compared: they name the rules, and differ whenever the rules do.
 */
public final class DecisionChanges {
  private DecisionChanges() {}

  /** The kinds of change, in the order {@link #between} lists them. */
  public enum Kind {
    /** The severity's level or name. */
    SEVERITY,
    /** Covered or not, or the reasons it is not. */
    COVERAGE,
    /** A metric's deadline comes earlier. */
    DEADLINE_EARLIER,
    /** A metric's deadline comes later. */
    DEADLINE_LATER,
    /** A metric's target otherwise: its status, amount or clock, with no two deadlines to compare. */
    TARGET,
    /** The escalation steps: their number, instants, roles or actions. */
    ESCALATION,
    /** An entitlement (support kind, phone, monitoring, support hours, visits, options, ...). */
    ENTITLEMENTS,
    /** The routing. */
    ROUTING,
    /** The warnings' codes. */
    WARNINGS
  }

  /**
   * One change.
   *
   * @param kind what kind of change
   * @param what what changed within the decision: the metric ({@code INITIAL_RESPONSE}), the
   *     entitlement ({@code phoneSupport}), or the kind's own name in lower case
   * @param before the value in the first decision, as text ({@code "-"} for none)
   * @param after the value in the second decision, as text ({@code "-"} for none)
   */
  public record Change(Kind kind, String what, String before, String after) {
    /**
     * Checks the components.
     *
     * @param kind what kind of change
     * @param what what changed within the decision
     * @param before the value in the first decision, as text
     * @param after the value in the second decision, as text
     * @throws NullPointerException when a component is null
     */
    public Change {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }
  }

  /**
   * The changes from one decision of a case to another.
   *
   * @param before the decision under the rules as they were
   * @param after the decision under the rules as they would be
   * @return the changes, by kind in the order of {@link Kind}, targets by metric in the order of
   *     the decisions; empty when a reader would see no difference
   */
  public static List<Change> between(Decision before, Decision after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    List<Change> out = new ArrayList<>();
    if (!before.severity().equals(after.severity())) {
      out.add(change(Kind.SEVERITY, severity(before), severity(after)));
    }
    if (!coverage(before).equals(coverage(after))) {
      out.add(change(Kind.COVERAGE, coverage(before), coverage(after)));
    }
    targets(before, after, out);
    if (!before.escalation().equals(after.escalation())) {
      out.add(change(Kind.ESCALATION, steps(before), steps(after)));
    }
    entitlements(before.entitlements(), after.entitlements(), out);
    if (!before.routing().equals(after.routing())) {
      out.add(change(Kind.ROUTING, before.routing().orElse("-"), after.routing().orElse("-")));
    }
    if (!codes(before.warnings()).equals(codes(after.warnings()))) {
      out.add(change(Kind.WARNINGS, codes(before.warnings()), codes(after.warnings())));
    }
    return List.copyOf(out);
  }

  private static Change change(Kind kind, String before, String after) {
    return new Change(kind, kind.name().toLowerCase(java.util.Locale.ROOT), before, after);
  }

  private static String severity(Decision d) {
    return d.severity().level() + " " + d.severity().name();
  }

  private static String coverage(Decision d) {
    return d.covered() ? "covered" : "not covered: " + codes(d.notCovered());
  }

  private static String codes(List<Notice> notices) {
    return notices.isEmpty()
        ? "-"
        : notices.stream().map(Notice::code).collect(Collectors.joining(", "));
  }

  private static void targets(Decision before, Decision after, List<Change> out) {
    Set<String> metrics = new LinkedHashSet<>();
    before.targets().forEach(t -> metrics.add(t.metric()));
    after.targets().forEach(t -> metrics.add(t.metric()));
    for (String metric : metrics) {
      Optional<Target> a = before.target(metric);
      Optional<Target> b = after.target(metric);
      if (a.equals(b)) {
        continue;
      }
      Optional<java.time.Instant> da = a.flatMap(Target::deadline);
      Optional<java.time.Instant> db = b.flatMap(Target::deadline);
      Kind kind =
          da.isPresent() && db.isPresent() && !da.equals(db)
              ? (db.get().isBefore(da.get()) ? Kind.DEADLINE_EARLIER : Kind.DEADLINE_LATER)
              : Kind.TARGET;
      out.add(new Change(kind, metric, target(a), target(b)));
    }
  }

  /** {@code 2026-03-02T11:00:00Z (PT2H business-hours)}, {@code NO_TARGET}, or {@code -}. */
  private static String target(Optional<Target> target) {
    if (target.isEmpty()) {
      return "-";
    }
    Target t = target.get();
    String span = t.target().map(TimeSpan::toString).orElse("");
    return t.deadline()
        .map(d -> d + (span.isEmpty() ? "" : " (" + span + ")"))
        .orElseGet(() -> t.status() + (span.isEmpty() ? "" : " (" + span + ")"));
  }

  private static String steps(Decision d) {
    if (d.escalation().isEmpty()) {
      return "-";
    }
    return d.escalation().stream()
        .map((EscalationStep s) -> s.step() + " at " + s.at() + " " + s.roles())
        .collect(Collectors.joining("; "));
  }

  /** One change per entitlement that differs, named by its field. */
  private static void entitlements(Entitlements a, Entitlements b, List<Change> out) {
    if (a.equals(b)) {
      return;
    }
    for (RecordComponent c : Entitlements.class.getRecordComponents()) {
      Object va = value(c, a);
      Object vb = value(c, b);
      if (!Objects.equals(va, vb)) {
        out.add(new Change(Kind.ENTITLEMENTS, c.getName(), text(va), text(vb)));
      }
    }
  }

  private static Object value(RecordComponent c, Entitlements e) {
    try {
      return c.getAccessor().invoke(e);
    } catch (IllegalAccessException | InvocationTargetException ex) {
      throw new IllegalStateException("a public record's accessor", ex);
    }
  }

  private static String text(Object value) {
    if (value instanceof Optional<?> o) {
      return o.map(DecisionChanges::text).orElse("-");
    }
    if (value instanceof Entitlements.SupportHours h) {
      return h.text() + h.calendar().map(c -> " (" + c.id() + ")").orElse("");
    }
    if (value instanceof Entitlements.VisitQuota q) {
      return q.used() + " used of " + q.perYear().map(String::valueOf).orElse("a quota not agreed");
    }
    if (value instanceof List<?> l) {
      return l.isEmpty() ? "-" : l.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
    return String.valueOf(value);
  }
}
