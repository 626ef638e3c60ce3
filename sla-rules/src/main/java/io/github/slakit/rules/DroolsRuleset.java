package io.github.slakit.rules;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.core.MetricDefinition;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.Severity;
import io.github.slakit.core.SlaException;
import io.github.slakit.core.SlaRulesException;
import io.github.slakit.core.SlaRulesException.Problem;
import io.github.slakit.core.spi.PolicyDecision;
import io.github.slakit.core.spi.PolicyFacts;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * A {@link Ruleset} backed by a compiled KieBase shared by every thread. Each decision takes a
 * session of its own: an idle one, reset after an earlier decision, else a new one (building a
 * session's node and segment memories cost more than the rules themselves). A session that failed
 * is disposed of, never reused.
 *
 * <p>Facts inserted: the {@link PolicyFacts}; {@link Requested} when the case requested a
 * severity; the case's {@code Impact}, {@code Deployment} and {@code IssueKind} values when known.
 * The agenda groups {@link #PHASES} are focused in order. The global {@code
 * decision} ({@link PolicyDecision.Builder}) collects the outcome, told before each consequence
 * which rule fires (for the trace and the clause of what it adds); the {@link Severity} fact left
 * in working memory is the decision's severity.
 */
final class DroolsRuleset implements Ruleset {
  /**
   * The agenda groups of a decision, run in this order before the rules of no group: derive facts
   * from the case, decide the severity, adjust it; then everything that reads the final severity.
   */
  static final List<String> PHASES = List.of("classify", "severity", "adjust");

  /** Firings after which a decision is taken to loop. */
  static final int MAX_FIRINGS = 10_000;

  /** Idle sessions kept for reuse, per ruleset; enough for every core to have two. */
  static final int MAX_IDLE =
      Integer.highestOneBit(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()) * 2 - 1);

  private final String vendor;
  private final Set<String> levels;
  private final String version;

  /** The built-in metrics, with those the vendor adds or pauses differently. */
  private final List<MetricDefinition> metrics;

  /** The compiled DRL: compiled on first use unless given compiled. */
  private final Once<Kie> kie;

  private final Once<Map<String, BusinessCalendar>> calendars;

  /**
   * Idle sessions, one slot each, a thread using the slot its id picks: a thread reuses the
   * session it used last, whose memories are still in its core's cache, instead of taking one that
   * another core used (a shared stack made two threads trade sessions and scale worse).
   */
  private final AtomicReferenceArray<KieSession> idle = new AtomicReferenceArray<>(MAX_IDLE);

  /** The compiled KieBase, its resource names, and whether it declares the global. */
  private record Kie(KieBase kieBase, DrlCompiler.Compiled compiled, boolean hasDecisionGlobal) {
    static Kie of(DrlCompiler.Compiled compiled) {
      KieBase kieBase = compiled.kieBase();
      return new Kie(
          kieBase,
          compiled,
          kieBase.getKiePackages().stream()
              .anyMatch(
                  p ->
                      p.getGlobalVariables().stream()
                          .anyMatch(g -> g.getName().equals("decision"))));
    }
  }

  /** A ruleset of DRL compiled already. */
  DroolsRuleset(
      String vendor,
      Set<String> levels,
      String version,
      DrlCompiler.Compiled compiled,
      Supplier<Map<String, BusinessCalendar>> calendars,
      List<MetricDefinition> metrics) {
    this(vendor, levels, version, () -> compiled, calendars, metrics);
    kie.get();
  }

  /**
   * A ruleset whose DRL compiles on first use ({@link #decide} or {@link #rules}), once; a compile
   * error is raised there, and the next use tries again.
   */
  DroolsRuleset(
      String vendor,
      Set<String> levels,
      String version,
      Supplier<DrlCompiler.Compiled> source,
      Supplier<Map<String, BusinessCalendar>> calendars,
      List<MetricDefinition> metrics) {
    this.vendor = vendor;
    this.metrics = MetricDefinition.withDefaults(metrics);
    this.version = version;
    this.levels = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(levels));
    this.kie = new Once<>(() -> Kie.of(source.get()));
    this.calendars = new Once<>(() -> Map.copyOf(calendars.get()));
  }

  /** A value made on first {@link #get()}, once; if making it fails, the next get tries again. */
  private static final class Once<T> {
    private final Supplier<T> maker;
    private volatile @Nullable T value;

    Once(Supplier<T> maker) {
      this.maker = maker;
    }

    T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = maker.get();
            value = v;
          }
        }
      }
      return v;
    }
  }

  @Override
  public String vendor() {
    return vendor;
  }

  @Override
  public Set<String> levels() {
    return levels;
  }

  @Override
  public List<MetricDefinition> metrics() {
    return metrics;
  }

  /** {@code sha256:} and the hash of the DRL texts. */
  @Override
  public String version() {
    return version;
  }

  @Override
  public Map<String, BusinessCalendar> calendars() {
    return calendars.get();
  }

  /** The rules of the KieBase, for tests and listings. */
  Collection<Rule> rules() {
    return kie.get().kieBase().getKiePackages().stream()
        .flatMap(p -> p.getRules().stream())
        .collect(Collectors.toList());
  }

  @Override
  public PolicyDecision decide(PolicyFacts facts) {
    Kie kie = this.kie.get();
    KieSession session = borrow(kie);
    boolean clean = false;
    try {
      PolicyDecision decision = run(session, facts, kie.hasDecisionGlobal());
      clean = true;
      return decision;
    } catch (SlaException e) {
      throw e;
    } catch (ConsequenceException e) {
      Rule rule = e.getRule();
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw failure(
          facts,
          List.of(
              new Problem(fileOf(kie, rule), 0, 0, rule.getName(), "consequence failed: " + cause)),
          e);
    } catch (RuntimeException e) {
      throw failure(facts, List.of(new Problem("", 0, 0, "", describe(e))), e);
    } catch (StackOverflowError e) {
      // A rule that recurses without end: the thread survives once the stack unwinds, and the
      // session, which is left in an unknown state, is disposed of below.
      throw failure(
          facts,
          List.of(
              new Problem(
                  "",
                  0,
                  0,
                  "",
                  "the rules overflowed the stack (a function or consequence that recurses without end?)")),
          null);
    } finally {
      giveBack(session, clean);
    }
  }

  /** This thread's slot of {@link #idle}. */
  private static int slot() {
    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+; getId() is the same value
    long id = Thread.currentThread().getId();
    return (int) (id ^ (id >>> 16)) & (MAX_IDLE - 1);
  }

  /** The idle session of this thread's slot, else a new one. */
  private KieSession borrow(Kie kie) {
    KieSession session = idle.getAndSet(slot(), null);
    return session != null ? session : kie.kieBase().newKieSession();
  }

  /**
   * Resets a session that decided without failing and keeps it in this thread's slot if the slot
   * is free; disposes of any other. Reset clears the facts, agenda, globals and listeners, and
   * keeps the node and segment memories a new session would build again. At most {@link
   * #MAX_IDLE} sessions are kept per ruleset.
   */
  private void giveBack(KieSession session, boolean clean) {
    if (clean && session instanceof StatefulKnowledgeSessionImpl impl) {
      int slot = slot();
      if (idle.get(slot) == null) {
        try {
          impl.reset();
          if (idle.compareAndSet(slot, null, session)) {
            return;
          }
        } catch (RuntimeException e) {
          // not reusable: disposed of below
        }
      }
    }
    session.dispose();
  }

  private PolicyDecision run(KieSession session, PolicyFacts facts, boolean hasDecisionGlobal) {
    PolicyDecision.Builder out = PolicyDecision.builder();
    if (hasDecisionGlobal) {
      session.setGlobal("decision", out);
    }
    session.addEventListener(traceListener(out));
    insertFacts(session, facts);
    int fired = session.fireAllRules(MAX_FIRINGS);
    if (fired >= MAX_FIRINGS) {
      throw failure(
          facts,
          List.of(
              new Problem(
                  "",
                  0,
                  0,
                  "",
                  "the rules fired " + MAX_FIRINGS + " times without settling (a loop?)")),
          null);
    }
    Collection<?> severities = session.getObjects(new ClassObjectFilter(Severity.class));
    if (severities.size() != 1) {
      throw failure(
          facts,
          List.of(
              new Problem(
                  "",
                  0,
                  0,
                  "",
                  severities.isEmpty()
                      ? "no rule decided a severity (insert a Severity fact)"
                      : "several severities were left: " + severities)),
          null);
    }
    out.severity((Severity) severities.iterator().next());
    return out.build();
  }

  /** Tells {@code out} which rule fires, with its clause, before each consequence. */
  static DefaultAgendaEventListener traceListener(PolicyDecision.Builder out) {
    return new DefaultAgendaEventListener() {
      @Override
      public void beforeMatchFired(BeforeMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        Object clause = rule.getMetaData().get("clause");
        out.trace(rule.getName(), clause == null ? "" : String.valueOf(clause));
      }
    };
  }

  /** Inserts the facts of a decision and focuses the {@link #PHASES} in order. */
  static void insertFacts(KieSession session, PolicyFacts facts) {
    session.insert(facts);
    facts.requestedSeverity().ifPresent(s -> session.insert(new Requested(s)));
    facts.impact().ifPresent(session::insert);
    facts.deployment().ifPresent(session::insert);
    facts.issueKind().ifPresent(session::insert);
    // The phases, in order: the last focused runs first; rules of no group run after them all.
    for (int i = PHASES.size() - 1; i >= 0; i--) {
      var group = session.getAgenda().getAgendaGroup(PHASES.get(i));
      if (group != null) { // a ruleset that has no rule in the phase
        group.setFocus();
      }
    }
  }

  /** The compiled KieBase. */
  KieBase kieBase() {
    return kie.get().kieBase();
  }

  /** Whether the DRL declares the global {@code decision}. */
  boolean hasDecisionGlobal() {
    return kie.get().hasDecisionGlobal();
  }

  private static String describe(Throwable e) {
    StringBuilder sb = new StringBuilder(String.valueOf(e));
    for (Throwable c = e.getCause(); c != null && c != e; c = c.getCause()) {
      sb.append("; caused by ").append(c);
      if (c.getCause() == c) {
        break;
      }
    }
    return sb.toString().replaceAll("\\s+", " ");
  }

  private SlaRulesException failure(
      PolicyFacts facts, List<Problem> problems, @Nullable Throwable cause) {
    return new SlaRulesException(
        "ruleset " + vendor + " failed on case " + facts.caseId(), problems, cause);
  }

  private static String fileOf(Kie kie, Rule rule) {
    return kie.compiled().fileOf(rule);
  }

  /** The name of the file a rule of this ruleset comes from (for tests). */
  String fileOf(Rule rule) {
    return fileOf(kie.get(), rule);
  }

  /** Whether this ruleset runs the rules compiled at build time (for tests). */
  boolean compiledAtBuildTime() {
    return kie.get().compiled().atBuildTime();
  }
}
