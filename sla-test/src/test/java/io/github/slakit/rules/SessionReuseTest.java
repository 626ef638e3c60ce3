package io.github.slakit.rules;

import static io.github.slakit.rules.DrlLoadingTest.HEADER;
import static io.github.slakit.test.Given.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slakit.core.Notice;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.SlaRulesException;
import io.github.slakit.core.spi.PolicyDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A ruleset reuses its sessions between decisions: nothing of one decision (facts, globals,
 * listeners, agenda) may show in the next, and a decision that failed must not spoil later ones.
 */
class SessionReuseTest {

  /** Severity = requested severity; warns how many facts of each kind working memory holds. */
  static final Ruleset COUNTING =
      Rulesets.drl("counting")
          .text(
              "counting.drl",
              HEADER
                  + """
      rule "Requested severity is kept"
          @clause("COUNT-1")
      when
          Requested( $s : severity )
      then
          insert(new Severity($s, "S" + $s));
      end
      rule "Count what working memory holds"
          @clause("COUNT-2")
          salience -10
      when
          $r : Number() from accumulate( Requested(), count() )
          $s : Number() from accumulate( Severity(), count() )
          $p : Number() from accumulate( PolicyFacts(), count() )
      then
          decision.warning("COUNTS", "requested " + $r + ", severities " + $s + ", facts " + $p);
      end
      rule "Blows up when asked to"
          @clause("COUNT-3")
      when
          PolicyFacts( flag("boom") )
      then
          String s = null;
          decision.warning("BOOM", s.trim());
      end
      rule "Loops when asked to"
          @clause("COUNT-4")
      when
          PolicyFacts( flag("loop") )
          $s : Severity()
      then
          delete($s);
          insert(new Severity($s.level(), $s.name()));
      end
      """)
          .build();

  static PolicyDecision decide(int severity) {
    return COUNTING.decide(given("counting", "ANY").severity(severity).facts());
  }

  static void assertFresh(PolicyDecision d, int severity) {
    assertThat(d.severity().level()).isEqualTo(severity);
    assertThat(d.warnings())
        .extracting(Notice::message)
        .containsExactly("requested 1, severities 1, facts 1");
    assertThat(d.trace()).extracting(t -> t.clause()).containsExactly("COUNT-1", "COUNT-2");
  }

  @Test
  void eachDecisionSeesOnlyItsOwnFacts() {
    for (int i = 0; i < 50; i++) {
      int severity = 1 + i % 4;
      assertFresh(decide(severity), severity);
    }
  }

  @Test
  void aFailedDecisionDoesNotSpoilTheNext() {
    assertFresh(decide(3), 3);
    assertThatThrownBy(
            () ->
                COUNTING.decide(
                    given("counting", "ANY").severity(2).attribute("boom", "true").facts()))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("Blows up when asked to");
    assertFresh(decide(4), 4);
    assertThatThrownBy(
            () ->
                COUNTING.decide(
                    given("counting", "ANY").severity(1).attribute("loop", "true").facts()))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("the rules fired 10000 times without settling (a loop?)");
    assertFresh(decide(1), 1);
  }

  @Test
  void threadsDoNotShareSessions() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        int offset = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 300; i++) {
                    int severity = 1 + (i + offset) % 4;
                    assertFresh(decide(severity), severity);
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
