package io.github.slakit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.core.Decision.TraceEntry;
import io.github.slakit.core.Metrics;
import io.github.slakit.core.Notice;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.Severity;
import io.github.slakit.core.TimeSpan;
import io.github.slakit.core.spi.PolicyDecision;
import io.github.slakit.core.spi.PolicyDecision.TargetSpec;
import java.util.Optional;

/**
 * Per-rule checks in the manner of Timefold's ConstraintVerifier:
 * {@code verifyThat(elastic).given(facts).fires("Gold, severity 2: 1 business day", "ELASTIC-4")
 * .target(TimeSpan.businessDays(1))}.
 */
final class Verify {
  private final Ruleset ruleset;

  private Verify(Ruleset ruleset) {
    this.ruleset = ruleset;
  }

  static Verify verifyThat(Ruleset ruleset) {
    return new Verify(ruleset);
  }

  Outcome given(Given given) {
    return new Outcome(ruleset.decide(given.facts(ruleset)));
  }

  static final class Outcome {
    final PolicyDecision decision;

    Outcome(PolicyDecision decision) {
      this.decision = decision;
    }

    Outcome fires(String rule, String clause) {
      assertThat(decision.trace()).as("trace").contains(new TraceEntry(rule, clause));
      return this;
    }

    Outcome doesNotFire(String rule) {
      assertThat(decision.trace()).as("trace").extracting(TraceEntry::rule).doesNotContain(rule);
      return this;
    }

    Outcome severity(int level, String name) {
      assertThat(decision.severity()).as("severity").isEqualTo(new Severity(level, name));
      return this;
    }

    /** The response target (the metric a decision always has). */
    Outcome target(TimeSpan span) {
      return target(Metrics.INITIAL_RESPONSE, span);
    }

    /** The one target the rules set for {@code metric}. */
    Outcome target(String metric, TimeSpan span) {
      assertThat(decision.targets())
          .as("targets of " + metric)
          .filteredOn(t -> t.metric().equals(metric))
          .containsExactly(new TargetSpec(metric, Optional.of(span)));
      return this;
    }

    /** No target of {@code metric} at all. */
    Outcome noTargetOf(String metric) {
      assertThat(decision.targets()).as("targets").noneMatch(t -> t.metric().equals(metric));
      return this;
    }

    Outcome noTarget() {
      assertThat(decision.targets())
          .as("targets")
          .filteredOn(t -> t.metric().equals(Metrics.INITIAL_RESPONSE))
          .containsExactly(new TargetSpec(Metrics.INITIAL_RESPONSE, Optional.empty()));
      return this;
    }

    /** A warning with this code, whose message contains the fragment. */
    Outcome warns(String code, String fragment) {
      assertThat(decision.warnings())
          .as("warnings")
          .anyMatch(w -> w.code().equals(code) && w.message().contains(fragment));
      return this;
    }

    Outcome noWarnings() {
      assertThat(decision.warnings()).as("warnings").isEmpty();
      return this;
    }

    Outcome doesNotWarn(String code) {
      assertThat(decision.warnings()).as("warnings").extracting(Notice::code).doesNotContain(code);
      return this;
    }

    /** Covered, or not covered with exactly these reason codes. */
    Outcome covered(boolean covered, String... codes) {
      assertThat(decision.notCovered())
          .as("not covered")
          .extracting(Notice::code)
          .containsExactly(covered ? new String[0] : codes);
      return this;
    }
  }
}
