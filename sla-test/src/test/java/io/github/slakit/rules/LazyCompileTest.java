package io.github.slakit.rules;

import static io.github.slakit.rules.DrlLoadingTest.GOOD;
import static io.github.slakit.test.Given.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slakit.core.SlaRulesException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The built-ins compile their DRL when they first decide, once, whatever the threads. */
class LazyCompileTest {

  static Supplier<DrlCompiler.Compiled> counting(AtomicInteger compiles, String drl) {
    return () -> {
      compiles.incrementAndGet();
      return DrlCompiler.compile("lazy", List.of(new DrlCompiler.DrlSource("lazy.drl", drl)));
    };
  }

  @Test
  void compilesOnFirstDecisionOnly() {
    AtomicInteger compiles = new AtomicInteger();
    DroolsRuleset r =
        new DroolsRuleset("lazy", Set.of("ANY"), "", counting(compiles, GOOD), Map::of, List.of());
    assertThat(r.vendor()).isEqualTo("lazy");
    assertThat(r.levels()).containsExactly("ANY");
    assertThat(r.calendars()).isEmpty();
    assertThat(compiles).hasValue(0);
    assertThat(r.decide(given("lazy", "ANY").facts()).severity().level()).isEqualTo(2);
    assertThat(r.decide(given("lazy", "ANY").facts()).severity().level()).isEqualTo(2);
    assertThat(compiles).hasValue(1);
  }

  @Test
  void threadsDecidingFirstTogetherCompileOnce() throws Exception {
    AtomicInteger compiles = new AtomicInteger();
    DroolsRuleset r =
        new DroolsRuleset("lazy", Set.of(), "", counting(compiles, GOOD), Map::of, List.of());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Integer>> severities = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        severities.add(
            pool.submit(
                () -> {
                  go.await();
                  return r.decide(given("lazy", "ANY").facts()).severity().level();
                }));
      }
      go.countDown();
      for (Future<Integer> s : severities) {
        assertThat(s.get()).isEqualTo(2);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(compiles).hasValue(1);
  }

  @Test
  void aCompileErrorShowsOnFirstDecisionAndEveryOneAfter() {
    AtomicInteger compiles = new AtomicInteger();
    DroolsRuleset r =
        new DroolsRuleset(
            "lazy",
            Set.of(),
            "",
            counting(compiles, DrlLoadingTest.HEADER + "rule \"Broken\" when then nonsense( end\n"),
            Map::of,
            List.of());
    for (int i = 1; i <= 2; i++) {
      assertThatThrownBy(() -> r.decide(given("lazy", "ANY").facts()))
          .isInstanceOf(SlaRulesException.class)
          .hasMessageContaining("does not compile");
      assertThat(compiles).hasValue(i);
    }
  }
}
