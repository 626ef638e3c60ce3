package io.github.slakit.core;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.CalendarException;
import io.github.slakit.core.PolicyDecision.StepSpec;
import io.github.slakit.core.PolicyDecision.TargetSpec;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates support cases against subscriptions: the ruleset of the vendor decides policy, the
 * engine computes every instant with the subscription's business calendar (TIME-1..TIME-8).
 *
 * <pre>{@code
 * SlaEngine engine = SlaEngine.builder().ruleset(Rulesets.elastic()).build();
 * Decision d = engine.evaluate(supportCase, subscription);
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it. The engine reads the time only through
 * the {@link Clock} given to its builder (the system UTC clock by default), for clauses such as
 * "evaluated after the end date".
 */
public final class SlaEngine {

  private final Map<String, Ruleset> rulesets;
  private final Map<String, BusinessCalendar> calendars;
  private final Clock clock;
  private final Map<Location, BusinessCalendar> countryCalendars = new ConcurrentHashMap<>();

  private SlaEngine(Builder b) {
    this.rulesets = Map.copyOf(b.rulesets);
    this.calendars = Map.copyOf(b.calendars);
    this.clock = b.clock;
  }

  /** A builder with no ruleset, no registered calendar and the system UTC clock. */
  public static Builder builder() {
    return new Builder();
  }

  /** The vendors this engine knows, sorted. */
  public Set<String> vendors() {
    return new java.util.TreeSet<>(rulesets.keySet());
  }

  /** The ruleset of a vendor. */
  public Optional<Ruleset> ruleset(String vendor) {
    return Optional.ofNullable(rulesets.get(vendor));
  }

  /** The clock the engine reads the time from. */
  public Clock clock() {
    return clock;
  }

  /**
   * The decision of the subscription's contract on the case.
   *
   * @throws SlaInputException when the vendor or level is unknown, the case and subscription name
   *     different vendors, or the subscription's calendar cannot be found or used
   * @throws SlaRulesException when the vendor's rules fail
   */
  public Decision evaluate(SupportCase supportCase, Subscription subscription) {
    Objects.requireNonNull(supportCase, "supportCase");
    Objects.requireNonNull(subscription, "subscription");
    Ruleset ruleset = rulesets.get(supportCase.vendor());
    if (ruleset == null) {
      throw new SlaInputException(where(supportCase, subscription) + "vendor: "
          + quote(supportCase.vendor())
          + " is not a known vendor " + list(vendors()));
    }
    if (!subscription.vendor().equals(supportCase.vendor())) {
      throw new SlaInputException(where(supportCase, subscription) + "subscription vendor "
          + quote(subscription.vendor())
          + " differs from the case's vendor " + quote(supportCase.vendor()));
    }
    if (!ruleset.levels().isEmpty() && !ruleset.levels().contains(subscription.level())) {
      throw new SlaInputException(where(supportCase, subscription) + "level: "
          + quote(subscription.level())
          + " is not a level of vendor " + ruleset.vendor() + " " + list(ruleset.levels()));
    }
    BusinessCalendar calendar = calendarOf(supportCase, subscription);
    Instant opened = supportCase.openedAt().toInstant();
    Map<String, BusinessCalendar> rulesetCalendars = ruleset.calendars();
    try {
      Set<String> open = new HashSet<>();
      for (Map.Entry<String, BusinessCalendar> e : rulesetCalendars.entrySet()) {
        if (e.getValue().isBusinessTime(opened)) {
          open.add(e.getKey());
        }
      }
      PolicyFacts facts = new PolicyFacts(supportCase.id(), subscription.id(), ruleset.vendor(),
          subscription.level(), supportCase.severity(), supportCase.impact(),
          supportCase.production(), supportCase.workaround(),
          supportCase.deployment().or(subscription::deployment), supportCase.issueKind(),
          supportCase.attributes(), opened, clock.instant(), calendar.zone(), subscription.start(),
          subscription.end(), subscription.annualSpendUsd(), subscription.agreedVisitsPerYear(),
          subscription.onSiteVisitsUsed(), subscription.newCustomer(),
          calendar.isBusinessTime(opened), open);
      PolicyDecision policy = decide(ruleset, facts);
      return timed(supportCase, subscription, policy, opened, calendar, rulesetCalendars);
    } catch (CalendarException e) {
      throw new SlaInputException(
          where(supportCase, subscription) + "calendar: " + e.getMessage(), e);
    }
  }

  private static PolicyDecision decide(Ruleset ruleset, PolicyFacts facts) {
    try {
      return ruleset.decide(facts);
    } catch (SlaException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new SlaRulesException("ruleset " + ruleset.vendor() + " failed on case "
          + facts.caseId(), List.of(new SlaRulesException.Problem("", 0, 0, "", e.toString())), e);
    }
  }

  private Decision timed(SupportCase c, Subscription s, PolicyDecision p, Instant opened,
      BusinessCalendar calendar, Map<String, BusinessCalendar> rulesetCalendars) {
    List<Decision.Target> targets = new ArrayList<>();
    for (TargetSpec t : p.targets()) {
      if (t.span().isEmpty()) {
        targets.add(new Decision.Target(t.metric(), Optional.empty(), Optional.empty(),
            Optional.empty()));
        continue;
      }
      TimeSpan span = t.span().get();
      BusinessCalendar cal = calendarFor(span, calendar, rulesetCalendars, c, s);
      Optional<String> calId = span.clock() == ClockKind.ELAPSED
          ? Optional.empty() : Optional.of(cal.id());
      targets.add(new Decision.Target(t.metric(), Optional.of(span), calId,
          Optional.of(after(opened, span, cal))));
    }
    // Steps in order of their number; each step's instant counts from an earlier one's.
    Map<Integer, Instant> at = new HashMap<>();
    at.put(0, opened);
    TreeMap<Integer, List<StepSpec>> byStep = new TreeMap<>();
    for (StepSpec st : p.escalation()) {
      byStep.computeIfAbsent(st.step(), k -> new ArrayList<>()).add(st);
    }
    List<Decision.EscalationStep> steps = new ArrayList<>();
    for (Map.Entry<Integer, List<StepSpec>> e : byStep.entrySet()) {
      StepSpec first = e.getValue().get(0);
      Instant from = at.get(first.after());
      if (from == null) {
        throw new SlaRulesException("ruleset " + c.vendor() + ": escalation step " + first.step()
            + " counts from step " + first.after() + ", which the rules did not set",
            List.of(new SlaRulesException.Problem("", 0, 0, "", "step " + first.after()
                + " missing")));
      }
      Instant due = after(from, first.delay(), calendarFor(first.delay(), calendar,
          rulesetCalendars, c, s));
      at.put(e.getKey(), due);
      for (StepSpec st : e.getValue()) {
        steps.add(new Decision.EscalationStep(st.step(), due, st.role(), st.action()));
      }
    }
    return new Decision(c.id(), s.id(), c.vendor(), p.covered(), p.reason(),
        new Decision.Severity(p.severity(), p.severityName(), c.severity()), targets, p.routing(),
        steps, p.entitlements(), p.warnings(), p.trace(), p.businessImpact());
  }

  private BusinessCalendar calendarFor(TimeSpan span, BusinessCalendar subscriptionCalendar,
      Map<String, BusinessCalendar> rulesetCalendars, SupportCase c, Subscription s) {
    if (span.calendar().isEmpty()) {
      return subscriptionCalendar;
    }
    String id = span.calendar().get();
    BusinessCalendar cal = rulesetCalendars.get(id);
    if (cal == null) {
      cal = calendars.get(id);
    }
    if (cal == null) {
      throw new SlaRulesException(where(c, s) + "the rules name calendar " + quote(id)
          + ", which neither the ruleset nor the engine has",
          List.of(new SlaRulesException.Problem("", 0, 0, "", "unknown calendar " + quote(id))));
    }
    return cal;
  }

  /** {@code from} plus the span: TIME-1 plain arithmetic, TIME-2 and TIME-3 on the calendar. */
  static Instant after(Instant from, TimeSpan span, BusinessCalendar calendar) {
    switch (span.clock()) {
      case ELAPSED:
        return from.plus(span.duration());
      case BUSINESS_HOURS:
        return calendar.add(from, span.duration());
      case BUSINESS_DAYS:
        return calendar.addBusinessDays(from, span.days());
      default:
        throw new AssertionError(span.clock());
    }
  }

  private BusinessCalendar calendarOf(SupportCase c, Subscription s) {
    if (s.calendar().isPresent()) {
      return s.calendar().get();
    }
    if (s.calendarId().isPresent()) {
      BusinessCalendar cal = calendars.get(s.calendarId().get());
      if (cal == null) {
        throw new SlaInputException(where(c, s) + "calendar: " + quote(s.calendarId().get())
            + " is not a registered calendar " + list(new java.util.TreeSet<>(calendars.keySet())));
      }
      return cal;
    }
    try {
      return countryCalendars.computeIfAbsent(s.location(),
          l -> BusinessCalendar.ofCountry(l.country(), l.zone()));
    } catch (CalendarException e) {
      throw new SlaInputException(where(c, s) + "location.country: " + quote(s.location().country())
          + " has no built-in calendar: " + e.getMessage(), e);
    }
  }

  /** The prefix of messages about a case and subscription: built only when something fails. */
  private static String where(SupportCase c, Subscription s) {
    return "case " + c.id() + " / subscription " + s.id() + ": ";
  }

  static String list(java.util.Collection<String> names) {
    return "(" + String.join(", ", names) + ")";
  }

  static String quote(String s) {
    return '"' + s + '"';
  }

  /**
   * Builds an {@link SlaEngine}. Not thread-safe; {@link #build()} may be called again and returns
   * an independent engine each time.
   */
  public static final class Builder {
    private final Map<String, Ruleset> rulesets = new LinkedHashMap<>();
    private final Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Adds a ruleset; one with the same vendor id replaces the earlier one. */
    public Builder ruleset(Ruleset ruleset) {
      Objects.requireNonNull(ruleset, "ruleset");
      rulesets.put(ruleset.vendor(), ruleset);
      return this;
    }

    /** Adds rulesets, as {@link #ruleset(Ruleset)} each. */
    public Builder rulesets(Iterable<? extends Ruleset> rulesets) {
      rulesets.forEach(this::ruleset);
      return this;
    }

    /** Registers a calendar under its id, for subscriptions that name it. */
    public Builder calendar(BusinessCalendar calendar) {
      Objects.requireNonNull(calendar, "calendar");
      calendars.put(calendar.id(), calendar);
      return this;
    }

    /** The clock for "now" (evaluation time); the system UTC clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public SlaEngine build() {
      return new SlaEngine(this);
    }
  }
}
