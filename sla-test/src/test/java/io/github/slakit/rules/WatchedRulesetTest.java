package io.github.slakit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slakit.core.Decision;
import io.github.slakit.core.Decision.TraceEntry;
import io.github.slakit.core.Location;
import io.github.slakit.core.Metrics;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaRulesException;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import io.github.slakit.core.TimeSpan;
import io.github.slakit.rules.WatchedRuleset.Options;
import io.github.slakit.rules.WatchedRuleset.Reload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A watched vendor folder: a change is swapped in whole, a change that does not compile leaves the
 * last good version deciding, and every decision names the load that made it. The reloads are
 * triggered with {@link WatchedRuleset#reloadNow()}, except in the tests of the watcher's own
 * triggers, which wait for its listener.
 */
class WatchedRulesetTest {
  static final String TWO_HOURS = "Gold: first response within 2 business hours";
  static final String THREE_HOURS = "Gold: first response within 3 business hours";

  /** The acme example (test resources custom/acme) copied to {@code dir}. */
  static Path acme(Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("acme"));
    for (String f : List.of("vendor.json", "acme.drl", "clauses.md")) {
      Files.writeString(folder.resolve(f), Rulesets.text("custom/acme/" + f));
    }
    return folder;
  }

  /** ACME-2 as 3 business hours for GOLD instead of 2, or back. */
  static void gold(Path folder, int hours) throws Exception {
    String drl = Rulesets.text("custom/acme/acme.drl");
    if (hours == 3) {
      drl = drl.replace(TWO_HOURS, THREE_HOURS).replace("businessHours(2)", "businessHours(3)");
    }
    Files.writeString(folder.resolve("acme.drl"), drl);
  }

  static final SupportCase CASE =
      SupportCase.builder("C-1", "acme", OffsetDateTime.parse("2026-03-02T10:00:00+01:00")).build();
  static final Subscription GOLD =
      Subscription.builder("S-1", "acme", "GOLD", Location.of("FR", "Europe/Paris")).build();

  static TimeSpan target(Decision d) {
    return d.target(Metrics.INITIAL_RESPONSE).flatMap(Decision.Target::target).orElseThrow();
  }

  @Test
  void aChangeIsSwappedInAndEveryDecisionNamesItsLoad(@TempDir Path dir) throws Exception {
    Path folder = acme(dir);
    List<String> told = new CopyOnWriteArrayList<>();
    Options manual =
        Options.MANUAL.listener(
            new WatchedRuleset.Listener() {
              @Override
              public void loaded(String version) {
                told.add(version);
              }
            });
    try (WatchedRuleset acme = Rulesets.watch(folder, manual)) {
      SlaEngine engine = SlaEngine.builder().ruleset(acme).build();
      Decision first = engine.evaluate(CASE, GOLD);
      assertThat(first.rulesetVersion()).matches("sha256:[0-9a-f]{64}#1");
      assertThat(target(first)).isEqualTo(TimeSpan.businessHours(2));
      assertThat(acme.reloadNow()).isEqualTo(Reload.UNCHANGED);

      gold(folder, 3);
      assertThat(acme.reloadNow()).isEqualTo(Reload.LOADED);
      Decision second = engine.evaluate(CASE, GOLD);
      assertThat(second.rulesetVersion()).endsWith("#2").isEqualTo(acme.version());
      assertThat(target(second)).isEqualTo(TimeSpan.businessHours(3));
      assertThat(second.trace()).contains(new TraceEntry(THREE_HOURS, "ACME-2"));

      // the same files again are a new load, of the same hash: the number tells them apart
      gold(folder, 2);
      assertThat(acme.reloadNow()).isEqualTo(Reload.LOADED);
      Decision third = engine.evaluate(CASE, GOLD);
      assertThat(third.rulesetVersion()).isEqualTo(first.rulesetVersion().replace("#1", "#3"));
      assertThat(told).containsExactly(second.rulesetVersion(), third.rulesetVersion());
    }
  }

  @Test
  void aChangeThatDoesNotCompileLeavesTheLastGoodVersionDeciding(@TempDir Path dir)
      throws Exception {
    Path folder = acme(dir);
    List<String> failures = new CopyOnWriteArrayList<>();
    Options manual =
        Options.MANUAL.listener(
            new WatchedRuleset.Listener() {
              @Override
              public void failed(SlaRulesException error, String running) {
                failures.add(running + " | " + error.problems().get(0));
              }
            });
    try (WatchedRuleset acme = Rulesets.watch(folder, manual)) {
      SlaEngine engine = SlaEngine.builder().ruleset(acme).build();
      String good = engine.evaluate(CASE, GOLD).rulesetVersion();
      // a misspelt level on the line of "PolicyFacts( level == "GOLD" )"
      String drl = Rulesets.text("custom/acme/acme.drl");
      Files.writeString(folder.resolve("acme.drl"), drl.replace("== \"GOLD\"", "== \"GOLDD\""));
      int line = 1 + (int) drl.substring(0, drl.indexOf("== \"GOLD\"")).lines().count() - 1;
      assertThat(acme.reloadNow()).isEqualTo(Reload.FAILED);
      assertThat(failures)
          .singleElement()
          .asString()
          .startsWith(good + " | " + folder.resolve("acme.drl") + ":" + line + ":")
          .contains("\"GOLDD\" is not a level of vendor acme");
      // reported once, and the last good version decides
      assertThat(acme.reloadNow()).isEqualTo(Reload.UNCHANGED);
      assertThat(failures).hasSize(1);
      Decision d = engine.evaluate(CASE, GOLD);
      assertThat(d.rulesetVersion()).isEqualTo(good);
      assertThat(target(d)).isEqualTo(TimeSpan.businessHours(2));
      // fixed: the next load is the second
      gold(folder, 3);
      assertThat(acme.reloadNow()).isEqualTo(Reload.LOADED);
      assertThat(engine.evaluate(CASE, GOLD).rulesetVersion()).endsWith("#2");
      // a folder that would change the vendor id is refused
      Files.writeString(
          folder.resolve("vendor.json"),
          Rulesets.text("custom/acme/vendor.json").replace("\"acme\"", "\"acme2\""));
      assertThat(acme.reloadNow()).isEqualTo(Reload.FAILED);
      assertThat(failures.get(1)).contains("vendor: \"acme2\" differs from the vendor watched");
      assertThat(acme.vendor()).isEqualTo("acme");
    }
  }

  @Test
  void concurrentDecisionsDuringSwapsNeverMixTwoVersionsNorFail(@TempDir Path dir)
      throws Exception {
    Path folder = acme(dir);
    // load n has 2 hours (odd n) or 3 hours (even n): the rule, the span and the version agree
    try (WatchedRuleset acme = Rulesets.watch(folder, Options.MANUAL)) {
      SlaEngine engine = SlaEngine.builder().ruleset(acme).build();
      AtomicBoolean stop = new AtomicBoolean();
      Set<String> versions = ConcurrentHashMap.newKeySet();
      ExecutorService threads = Executors.newFixedThreadPool(4);
      List<Future<Integer>> workers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        workers.add(
            threads.submit(
                () -> {
                  int n = 0;
                  while (!stop.get() || n == 0) {
                    Decision d = engine.evaluate(CASE, GOLD);
                    int load = Integer.parseInt(d.rulesetVersion().replaceFirst(".*#", ""));
                    boolean two = load % 2 == 1;
                    assertThat(target(d))
                        .as(d.rulesetVersion())
                        .isEqualTo(TimeSpan.businessHours(two ? 2 : 3));
                    assertThat(d.trace())
                        .as(d.rulesetVersion())
                        .contains(new TraceEntry(two ? TWO_HOURS : THREE_HOURS, "ACME-2"));
                    versions.add(d.rulesetVersion());
                    n++;
                  }
                  return n;
                }));
      }
      for (int swap = 0; swap < 12; swap++) {
        gold(folder, swap % 2 == 0 ? 3 : 2);
        assertThat(acme.reloadNow()).isEqualTo(Reload.LOADED);
      }
      stop.set(true);
      int decided = 0;
      for (Future<Integer> w : workers) {
        decided += w.get(60, TimeUnit.SECONDS); // an assertion failed in a thread fails here
      }
      threads.shutdown();
      assertThat(acme.version()).endsWith("#13");
      // the decisions spanned several loads, so that a mixed one would have been seen
      assertThat(versions.size()).isGreaterThan(2);
      assertThat(decided).isGreaterThan(versions.size());
    }
  }

  /** A listener that counts the latch down on each load. */
  static WatchedRuleset.Listener countDown(CountDownLatch loaded) {
    return new WatchedRuleset.Listener() {
      @Override
      public void loaded(String version) {
        loaded.countDown();
      }
    };
  }

  @Test
  void aFileEventReloadsTheFolder(@TempDir Path dir) throws Exception {
    Path folder = acme(dir);
    CountDownLatch loaded = new CountDownLatch(1);
    Options events = new Options(true, Duration.ZERO, Duration.ofMillis(50), countDown(loaded));
    try (WatchedRuleset acme = Rulesets.watch(folder, events)) {
      gold(folder, 3);
      assertThat(loaded.await(60, TimeUnit.SECONDS)).as("reloaded on the file event").isTrue();
      assertThat(acme.version()).endsWith("#2");
    }
  }

  @Test
  void aPollReloadsTheFolderWithoutFileEvents(@TempDir Path dir) throws Exception {
    Path folder = acme(dir);
    CountDownLatch loaded = new CountDownLatch(1);
    Options poll = new Options(false, Duration.ofMillis(20), Duration.ZERO, countDown(loaded));
    try (WatchedRuleset acme = Rulesets.watch(folder, poll)) {
      gold(folder, 3);
      assertThat(loaded.await(60, TimeUnit.SECONDS)).as("reloaded by the poll").isTrue();
      assertThat(acme.current().version()).endsWith("#2");
    }
  }

  @Test
  void aFolderThatDoesNotLoadIsRefusedAtOnce(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> Rulesets.watch(dir, Options.MANUAL))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("is not a folder with a vendor.json");
    Path folder = acme(dir);
    Files.writeString(folder.resolve("acme.drl"), "rule \"broken\" when then");
    assertThatThrownBy(() -> Rulesets.watch(folder, Options.MANUAL))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("acme.drl");
  }
}
