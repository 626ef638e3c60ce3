package io.github.slakit.core;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.CalendarException;
import io.github.slakit.core.Decision.TargetStatus;
import io.github.slakit.core.Decision.TraceEntry;
import io.github.slakit.core.Entitlements.SupportHours;
import io.github.slakit.core.spi.PolicyDecision;
import io.github.slakit.core.spi.PolicyDecision.StepSpec;
import io.github.slakit.core.spi.PolicyDecision.TargetSpec;
import io.github.slakit.core.spi.PolicyFacts;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates support cases against subscriptions: the ruleset of the vendor decides policy, the
 * engine computes every instant with the subscription's business calendar (TIME-1..TIME-8) and
 * applies the contract's term (TERM-1).
 *
 * <pre>{@code
 * SlaEngine engine = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();
 * Decision d = engine.evaluate(supportCase, subscription);
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it. A decision is a function of the case, the
 * subscription, the ruleset and the calendars alone: the engine reads no clock, so evaluating the
 * same input today and in a year gives the same decision (TERM-2).
 */
public final class SlaEngine {
  /** The trace entry of a case opened outside the contract's term. */
  static final String OUTSIDE_TERM_RULE = "Opened outside the contract's term: not covered";

  private final Map<String, Ruleset> rulesets;
  private final Map<String, BusinessCalendar> calendars;
  private final Map<Location, BusinessCalendar> countryCalendars = new ConcurrentHashMap<>();

  private SlaEngine(Builder b) {
    this.rulesets = Map.copyOf(b.rulesets);
    this.calendars = Map.copyOf(b.calendars);
  }

  /**
   * A builder with no ruleset and no registered calendar.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the vendor ids of this engine's rulesets, sorted; a new set on each call} */
  public Set<String> vendors() {
    return new java.util.TreeSet<>(rulesets.keySet());
  }

  /**
   * Makes {@code decisions} decisions of made-up cases, over every ruleset and level of this
   * engine and every field a rule can read (severity asked, impact, deployments, kind of issue,
   * spend, visits, term, ...), and discards them: the rulesets are made ready (compiled or loaded)
   * and the JVM compiles the code they run, so that the first real cases do not pay for either. A
   * service calls it once, before it takes requests. A few thousand decisions make the rulesets
   * and calendars ready, and 10,000 reach every rule of the built-in rulesets; the JVM has compiled
   * the rules' code after about 100,000 (some seconds on two cores: docs/BENCHMARKS.md, "Fast from
   * the first decision"). The made-up cases are the same every time and read no clock; one that a
   * ruleset refuses is skipped.
   *
   * @param decisions how many decisions to make; 0 makes none
   * @return how many of them decided
   * @throws IllegalArgumentException when {@code decisions} is negative
   */
  public int warmUp(int decisions) {
    if (decisions < 0) {
      throw new IllegalArgumentException("decisions must not be negative: " + decisions);
    }
    List<Ruleset> all = new ArrayList<>();
    vendors().forEach(v -> all.add(rulesets.get(v)));
    return WarmUp.run(this, all, decisions);
  }

  /**
   * The ruleset that decides a vendor's cases.
   *
   * @param vendor the vendor id a case names ({@code "elastic"})
   * @return the ruleset, or empty when the engine has none for that id
   */
  public Optional<Ruleset> ruleset(String vendor) {
    return Optional.ofNullable(rulesets.get(vendor));
  }

  /**
   * The decision of the subscription's contract on the case.
   *
   * @param supportCase the case; its vendor picks the ruleset
   * @param subscription the subscription, of the same vendor
   * @return the decision, the same for the same inputs whenever it is computed (TERM-2)
   * @throws SlaInputException when the vendor or level is unknown, the case and subscription name
   *     different vendors, or the subscription's calendar cannot be found or used
   * @throws SlaRulesException when the vendor's rules fail
   */
  public Decision evaluate(SupportCase supportCase, Subscription subscription) {
    Objects.requireNonNull(supportCase, "supportCase");
    Objects.requireNonNull(subscription, "subscription");
    return evaluate(current(supportCase, subscription), supportCase, subscription);
  }

  /** The case's vendor's ruleset as it is now ({@link Ruleset#current()}), taken once. */
  private Ruleset current(SupportCase supportCase, Subscription subscription) {
    Ruleset ruleset = rulesets.get(supportCase.vendor());
    if (ruleset == null) {
      throw new SlaInputException(
          where(supportCase, subscription)
              + "vendor: "
              + quote(supportCase.vendor())
              + " is not a known vendor "
              + list(vendors()));
    }
    return Objects.requireNonNull(ruleset.current(), "current()");
  }

  private Decision evaluate(Ruleset ruleset, SupportCase supportCase, Subscription subscription) {
    if (!subscription.vendor().equals(supportCase.vendor())) {
      throw new SlaInputException(
          where(supportCase, subscription)
              + "subscription vendor "
              + quote(subscription.vendor())
              + " differs from the case's vendor "
              + quote(supportCase.vendor()));
    }
    if (!ruleset.levels().isEmpty() && !ruleset.levels().contains(subscription.level())) {
      throw new SlaInputException(
          where(supportCase, subscription)
              + "level: "
              + quote(subscription.level())
              + " is not a level of vendor "
              + ruleset.vendor()
              + " "
              + list(ruleset.levels()));
    }
    BusinessCalendar calendar = calendarOf(supportCase, subscription);
    Instant opened = supportCase.openedAt().toInstant();
    Map<String, BusinessCalendar> rulesetCalendars = ruleset.calendars();
    try {
      Map<String, Boolean> open = new HashMap<>();
      for (Map.Entry<String, BusinessCalendar> e : rulesetCalendars.entrySet()) {
        open.put(e.getKey(), e.getValue().isBusinessTime(opened));
      }
      PolicyFacts facts =
          new PolicyFacts(
              supportCase, subscription, calendar.zone(), calendar.isBusinessTime(opened), open);
      PolicyDecision policy = decide(ruleset, facts);
      return new Scheduler(facts, ruleset, calendar, rulesetCalendars).decision(policy);
    } catch (CalendarException e) {
      throw new SlaInputException(
          where(supportCase, subscription) + "calendar: " + e.getMessage(), e);
    } catch (DateTimeException | ArithmeticException e) {
      // An instant or amount beyond what java.time holds, from input the readers did not check
      // (a case built in Java): said in our words, never as an internal error.
      throw new SlaInputException(
          where(supportCase, subscription)
              + "an instant or amount is"
              + " outside what can be counted ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  /**
   * Where the case's SLA clocks stand at {@code at}, after its events (docs/LIFECYCLE.md), with the
   * default alarms ({@link StatusOptions#DEFAULTS}).
   *
   * @param supportCase the case
   * @param subscription the subscription of the case's customer
   * @param events the case's events, in any order; those after {@code at} are ignored
   * @param at the moment asked, at or after the case's opening
   * @return per metric and cycle where the clock stands, and the alarms still to come
   * @throws SlaInputException as {@link #evaluate}, and when an event or the moment is before the
   *     case's opening, or an {@code OPENED} event is not at the opening
   * @throws SlaRulesException when the vendor's rules fail
   */
  public CaseStatus status(
      SupportCase supportCase, Subscription subscription, List<CaseEvent> events, Instant at) {
    return status(supportCase, subscription, events, at, StatusOptions.DEFAULTS);
  }

  /**
   * Where the case's SLA clocks stand at {@code at}, with the alarms {@code options} ask for.
   *
   * @param supportCase the case
   * @param subscription the subscription of the case's customer
   * @param events the case's events, in any order; those after {@code at} are ignored
   * @param at the moment asked, at or after the case's opening
   * @param options which alarms to list, and what to do with those outside business hours
   * @return per metric and cycle where the clock stands, and the alarms still to come
   * @see #status(SupportCase, Subscription, List, Instant)
   */
  public CaseStatus status(
      SupportCase supportCase,
      Subscription subscription,
      List<CaseEvent> events,
      Instant at,
      StatusOptions options) {
    Objects.requireNonNull(supportCase, "supportCase");
    Objects.requireNonNull(subscription, "subscription");
    List<CaseEvent> evs = List.copyOf(events);
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(options, "options");
    Instant opened = supportCase.openedAt().toInstant();
    if (at.isBefore(opened)) {
      throw new SlaInputException(
          where(supportCase, subscription)
              + "at: "
              + at
              + " is before the case opened ("
              + opened
              + ")");
    }
    for (int i = 0; i < evs.size(); i++) {
      checkEvent(supportCase, subscription, evs.get(i), "events[" + i + "]");
    }
    Ruleset ruleset = current(supportCase, subscription);
    Decision first = evaluate(ruleset, supportCase, subscription);
    BusinessCalendar calendar = calendarOf(supportCase, subscription);
    Map<String, BusinessCalendar> rulesetCalendars = ruleset.calendars();
    java.util.function.Function<TimeSpan, BusinessCalendar> calendarFor =
        span ->
            span.calendar()
                .map(id -> named(id, rulesetCalendars, supportCase, subscription, ruleset))
                .orElse(calendar);
    Lifecycle lifecycle =
        new Lifecycle(
            severity ->
                severity.equals(supportCase.severity())
                    ? first
                    : evaluate(ruleset, supportCase.withSeverity(severity), subscription),
            calendarFor,
            calendar,
            MetricDefinition.withDefaults(ruleset.metrics()),
            options);
    try {
      return lifecycle.status(supportCase, subscription, evs, at);
    } catch (CalendarException e) {
      throw new SlaInputException(
          where(supportCase, subscription) + "calendar: " + e.getMessage(), e);
    } catch (DateTimeException | ArithmeticException e) {
      throw new SlaInputException(
          where(supportCase, subscription)
              + "an instant or amount is"
              + " outside what can be counted ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  /**
   * The business calendar a case's clocks count on unless the rules name another (TIME-8): the
   * subscription's inline calendar, the registered calendar it names, or its country's default in
   * its zone. A picture of the case draws its hours and holidays.
   *
   * @param supportCase the case, named in messages
   * @param subscription the subscription whose calendar it is
   * @return the calendar, the one {@link #evaluate} and {@link #status} use
   * @throws SlaInputException when the subscription names a calendar the engine does not have, or
   *     its country has no built-in calendar
   */
  public BusinessCalendar calendar(SupportCase supportCase, Subscription subscription) {
    Objects.requireNonNull(supportCase, "supportCase");
    Objects.requireNonNull(subscription, "subscription");
    return calendarOf(supportCase, subscription);
  }

  /**
   * A calendar by the id a target or a status names ({@code "KR"}, {@code "apj-hours"}): the case's
   * ruleset's calendar of that id, else one registered with the engine, else the subscription's
   * when it has that id.
   *
   * @param supportCase the case, whose vendor's ruleset is looked in
   * @param subscription the subscription of the case
   * @param id the calendar's id
   * @return the calendar, or empty when none has that id
   * @throws SlaInputException as {@link #calendar(SupportCase, Subscription)}
   */
  public Optional<BusinessCalendar> calendar(
      SupportCase supportCase, Subscription subscription, String id) {
    Objects.requireNonNull(id, "id");
    Ruleset ruleset = rulesets.get(supportCase.vendor());
    BusinessCalendar cal = ruleset == null ? null : ruleset.current().calendars().get(id);
    if (cal == null) {
      cal = calendars.get(id);
    }
    if (cal == null) {
      BusinessCalendar own = calendar(supportCase, subscription);
      cal = own.id().equals(id) ? own : null;
    }
    return Optional.ofNullable(cal);
  }

  /**
   * Refuses an event before the case's opening, or an {@code OPENED} event at another instant
   * (LIFE-1); {@code path} names the event in the message ({@code events[2]}).
   */
  static void checkEvent(
      SupportCase supportCase, Subscription subscription, CaseEvent e, String path) {
    Instant opened = supportCase.openedAt().toInstant();
    if (e.at().isBefore(opened)) {
      throw new SlaInputException(
          where(supportCase, subscription)
              + path
              + ": "
              + e.type()
              + " at "
              + e.at()
              + " is before the case opened ("
              + opened
              + ")");
    }
    if (e.type() == CaseEvent.Type.OPENED && !e.at().equals(opened)) {
      throw new SlaInputException(
          where(supportCase, subscription)
              + path
              + ": "
              + "OPENED at "
              + e.at()
              + " differs from the case's openedAt ("
              + opened
              + ")");
    }
  }

  private static PolicyDecision decide(Ruleset ruleset, PolicyFacts facts) {
    try {
      return ruleset.decide(facts);
    } catch (SlaException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new SlaRulesException(
          "ruleset " + ruleset.vendor() + " failed on case " + facts.caseId(),
          List.of(new SlaRulesException.Problem("", 0, 0, "", e.toString())),
          e);
    }
  }

  /** Turns one policy decision into the decision: the term, the instants, the calendars named. */
  private final class Scheduler {
    private final PolicyFacts facts;
    private final Ruleset ruleset;
    private final BusinessCalendar calendar;
    private final Map<String, BusinessCalendar> rulesetCalendars;

    Scheduler(
        PolicyFacts facts,
        Ruleset ruleset,
        BusinessCalendar calendar,
        Map<String, BusinessCalendar> rulesetCalendars) {
      this.facts = facts;
      this.ruleset = ruleset;
      this.calendar = calendar;
      this.rulesetCalendars = rulesetCalendars;
    }

    Decision decision(PolicyDecision p) {
      List<Notice> notCovered = new ArrayList<>();
      List<TraceEntry> trace = new ArrayList<>(p.trace());
      if (!facts.inTerm()) {
        notCovered.add(outsideTerm());
        trace.add(new TraceEntry(OUTSIDE_TERM_RULE, "TERM-1"));
      }
      notCovered.addAll(p.notCovered());
      boolean covered = notCovered.isEmpty();
      Instant opened = facts.openedAt();

      Map<String, Decision.Target> targets = new LinkedHashMap<>();
      targets.put(
          Metrics.INITIAL_RESPONSE,
          new Decision.Target(
              Metrics.INITIAL_RESPONSE,
              covered ? TargetStatus.NO_TARGET : TargetStatus.NOT_COVERED,
              Optional.empty(),
              Optional.empty(),
              Optional.empty()));
      for (TargetSpec t : p.targets()) {
        targets.put(t.metric(), target(t, covered, opened));
      }

      List<Decision.EscalationStep> steps = covered ? steps(p.escalation(), opened) : List.of();
      Entitlements entitlements =
          p.entitlements()
              .withSupportHours(
                  p.supportHours()
                      .map(h -> new SupportHours(h.text(), h.calendar().map(this::named))));
      Subscription s = facts.subscription();
      return new Decision(
          facts.caseId(),
          s.id(),
          facts.vendor(),
          ruleset.version(),
          notCovered,
          p.severity(),
          facts.requestedSeverity(),
          List.copyOf(targets.values()),
          p.routing(),
          steps,
          entitlements,
          p.warnings(),
          trace,
          p.businessImpact());
    }

    private Notice outsideTerm() {
      LocalDate d = facts.openedOn();
      Subscription s = facts.subscription();
      String edge =
          s.start()
              .filter(d::isBefore)
              .map(st -> "before the contract's start (" + st)
              .orElseGet(() -> "after the contract's end (" + s.end().orElseThrow());
      return new Notice(
          "OUTSIDE_TERM",
          "Opened on " + d + ", " + edge + "): the contract does not cover the case",
          "TERM-1");
    }

    private Decision.Target target(TargetSpec t, boolean covered, Instant opened) {
      if (t.span().isEmpty()) {
        return new Decision.Target(
            t.metric(),
            covered ? TargetStatus.NO_TARGET : TargetStatus.NOT_COVERED,
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
      }
      TimeSpan span = t.span().get();
      BusinessCalendar cal = calendarFor(span);
      Optional<String> calId =
          span.clock() == ClockKind.ELAPSED ? Optional.empty() : Optional.of(cal.id());
      if (covered && !startsAtOpening(t.metric())) {
        return new Decision.Target(
            t.metric(), TargetStatus.ON_EVENT, Optional.of(span), calId, Optional.empty());
      }
      return covered
          ? new Decision.Target(
              t.metric(),
              TargetStatus.SCHEDULED,
              Optional.of(span),
              calId,
              Optional.of(after(opened, span, cal)))
          : new Decision.Target(
              t.metric(), TargetStatus.NOT_COVERED, Optional.of(span), calId, Optional.empty());
    }

    private boolean startsAtOpening(String metric) {
      for (MetricDefinition d : ruleset.metrics()) {
        if (d.metric().equals(metric)) {
          return d.startsAtOpening();
        }
      }
      return true;
    }

    /** Steps in order of their number; each step's instant counts from an earlier one's. */
    private List<Decision.EscalationStep> steps(List<StepSpec> specs, Instant opened) {
      Map<Integer, Instant> at = new HashMap<>();
      at.put(0, opened);
      List<StepSpec> sorted = new ArrayList<>(specs);
      sorted.sort((a, b) -> Integer.compare(a.step(), b.step()));
      List<Decision.EscalationStep> steps = new ArrayList<>();
      for (StepSpec st : sorted) {
        Instant from = at.get(st.after());
        if (from == null) {
          throw rulesError(
              "escalation step "
                  + st.step()
                  + " counts from step "
                  + st.after()
                  + ", which the rules did not set",
              "step " + st.after() + " missing");
        }
        Instant due = after(from, st.delay(), calendarFor(st.delay()));
        at.put(st.step(), due);
        steps.add(
            new Decision.EscalationStep(
                st.step(), st.roles(), st.action(), due, st.timing(), st.clause()));
      }
      return steps;
    }

    private BusinessCalendar calendarFor(TimeSpan span) {
      return span.calendar().map(this::named).orElse(calendar);
    }

    private BusinessCalendar named(String id) {
      return SlaEngine.this.named(
          id, rulesetCalendars, facts.supportCase(), facts.subscription(), ruleset);
    }

    private SlaRulesException rulesError(String summary, String problem) {
      return new SlaRulesException(
          where(facts.supportCase(), facts.subscription())
              + "ruleset "
              + ruleset.vendor()
              + ": "
              + summary,
          List.of(new SlaRulesException.Problem("", 0, 0, "", problem)));
    }
  }

  /** A calendar the rules name by id: the ruleset's, else one registered with the engine. */
  private BusinessCalendar named(
      String id,
      Map<String, BusinessCalendar> rulesetCalendars,
      SupportCase c,
      Subscription s,
      Ruleset ruleset) {
    BusinessCalendar cal = rulesetCalendars.get(id);
    if (cal == null) {
      cal = calendars.get(id);
    }
    if (cal == null) {
      throw new SlaRulesException(
          where(c, s)
              + "ruleset "
              + ruleset.vendor()
              + ": the rules name calendar "
              + quote(id)
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
        throw new SlaInputException(
            where(c, s)
                + "calendar: "
                + quote(s.calendarId().get())
                + " is not a registered calendar "
                + list(new java.util.TreeSet<>(calendars.keySet())));
      }
      return cal;
    }
    try {
      return countryCalendars.computeIfAbsent(
          s.location(), l -> BusinessCalendar.ofCountry(l.country(), l.zone()));
    } catch (CalendarException e) {
      throw new SlaInputException(
          where(c, s)
              + "location.country: "
              + quote(s.location().country())
              + " has no built-in calendar: "
              + e.getMessage(),
          e);
    }
  }

  /** The prefix of messages about a case and subscription: built only when something fails. */
  private static String where(SupportCase c, Subscription s) {
    return "case " + JsonInput.word(c.id()) + " / subscription " + JsonInput.word(s.id()) + ": ";
  }

  static String list(java.util.Collection<String> names) {
    return "(" + String.join(", ", names) + ")";
  }

  /** A value in quotes, escaped as JSON writes it (a message stays on one line). */
  static String quote(String s) {
    return JsonInput.show(s);
  }

  /**
   * Builds an {@link SlaEngine}. Not thread-safe; {@link #build()} may be called again and returns
   * an independent engine each time.
   */
  public static final class Builder {
    private final Map<String, Ruleset> rulesets = new LinkedHashMap<>();
    private final Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a ruleset; one with the same vendor id replaces the earlier one.
     *
     * @param ruleset the ruleset, which decides the cases naming its {@link Ruleset#vendor()}
     * @return this builder
     */
    public Builder ruleset(Ruleset ruleset) {
      Objects.requireNonNull(ruleset, "ruleset");
      rulesets.put(ruleset.vendor(), ruleset);
      return this;
    }

    /**
     * Adds rulesets, as {@link #ruleset(Ruleset)} each, in order: a later one replaces an earlier
     * one of the same vendor id.
     *
     * @param rulesets the rulesets ({@code Rulesets.builtIn()}, say)
     * @return this builder
     */
    public Builder rulesets(Iterable<? extends Ruleset> rulesets) {
      rulesets.forEach(this::ruleset);
      return this;
    }

    /**
     * Registers a calendar under its id, for subscriptions ({@code "calendar": "id"}) and rules
     * ({@code .on("id")}) that name it; one with the same id replaces the earlier one.
     *
     * @param calendar the calendar, named by its {@link BusinessCalendar#id()}
     * @return this builder
     */
    public Builder calendar(BusinessCalendar calendar) {
      Objects.requireNonNull(calendar, "calendar");
      calendars.put(calendar.id(), calendar);
      return this;
    }

    /**
     * The engine.
     *
     * @return a new immutable engine holding the rulesets and calendars added so far
     */
    public SlaEngine build() {
      return new SlaEngine(this);
    }
  }
}
