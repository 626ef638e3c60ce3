package io.github.slakit.rules;

import io.github.slakit.core.Deployment;
import io.github.slakit.core.Impact;
import io.github.slakit.core.IssueKind;
import io.github.slakit.core.Location;
import io.github.slakit.core.SlaException;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import io.github.slakit.core.spi.PolicyDecision;
import io.github.slakit.core.spi.PolicyFacts;
import io.github.slakit.rules.DrlCompiler.DrlSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Made-up cases over everything a rule can match, for {@link RulesCheck}: every level, requested
 * severity (or none), impact (or none), deployment of the case and of the subscription (or none)
 * and kind of issue (or none), each tried only when the DRL names it, each combination {@value #VARIANTS} times with the other facts
 * drawn with a fixed random seed: production, workaround, SE consulted, visit asked, RPS and new
 * customer, opened in business hours, each calendar of the ruleset open, the annual spend (none, 0
 * and around each {@code spendAtLeast(N)} of the DRL), visits agreed and used, as a count or as dates (around each {@code
 * visitQuota(N)} and {@code visitsUsed} bound), each attribute the DRL reads ({@code flag("x")},
 * {@code attribute("x")}) absent, {@code "true"} or {@code "false"}, the term around the opening,
 * and a business impact stated or not.
 */
final class CoverageSweep {
  private CoverageSweep() {}

  /** Cases drawn per combination of level, severity, impact, deployments and kind of issue. */
  static final int VARIANTS = 4;

  /** The random seed of the drawn facts: the same cases on every run. */
  static final long RANDOM_SEED = 20261130L;

  /** The opening of every case: Friday 6 March 2026, 17:30 KST. */
  static final Instant OPENED = Instant.parse("2026-03-06T08:30:00Z");

  private static final Pattern SPEND = Pattern.compile("spendAtLeast\\(\\s*(\\d+)");
  private static final Pattern VISITS =
      Pattern.compile("(?:visitQuota\\(\\s*|visitsUsed\\s*[<>=!]=?\\s*)(\\d+)");
  private static final Pattern ATTRIBUTE = Pattern.compile("(?:flag|attribute)\\(\\s*\"([^\"]+)\"");
  private static final Pattern LEVEL = Pattern.compile("\\blevel\\s*[=!]=\\s*\"([^\"\\\\]*)\"");

  /** One made-up case: its facts, what the rules decided (or why they failed), and a summary. */
  record Tried(
      PolicyFacts facts, @Nullable PolicyDecision decision, @Nullable SlaException failure) {}

  /**
   * Decides every made-up case and hands each to {@code each}.
   *
   * @param ruleset the compiled ruleset
   * @param levels the levels to try (the declared ones, else those the DRL names, else one)
   * @param sources the DRL, for the values it compares with
   */
  static int run(
      DroolsRuleset ruleset, List<String> levels, List<DrlSource> sources, Consumer<Tried> each) {
    StringBuilder all = new StringBuilder();
    sources.forEach(s -> all.append(s.text()).append('\n'));
    String text = all.toString();
    List<@Nullable BigDecimal> spends = new ArrayList<>();
    spends.add(null);
    spends.add(BigDecimal.ZERO);
    for (long n : numbers(SPEND, text)) {
      spends.add(BigDecimal.valueOf(n - 1));
      spends.add(BigDecimal.valueOf(n));
    }
    List<Integer> visits = new ArrayList<>(List.of(0, 1));
    for (long n : numbers(VISITS, text)) {
      visits.add((int) Math.max(0, n - 1));
      visits.add((int) n);
    }
    List<String> attributes = new ArrayList<>(new TreeSet<>(strings(ATTRIBUTE, text)));
    List<String> calendars = new ArrayList<>(new TreeSet<>(ruleset.calendars().keySet()));
    SplittableRandom random = new SplittableRandom(RANDOM_SEED);
    // a fact the DRL never names cannot change what it decides: tried only as absent
    List<@Nullable Integer> severities = new ArrayList<>();
    severities.add(null);
    if (text.contains("Requested") || text.contains("requestedSeverity")) {
      severities.addAll(List.of(1, 2, 3, 4));
    }
    List<@Nullable Impact> impacts =
        withNone(text.contains("Impact") || text.contains("impact"), Impact.values());
    List<@Nullable Deployment> deployments =
        withNone(text.contains("Deployment") || text.contains("deployment"), Deployment.values());
    List<@Nullable IssueKind> kinds =
        withNone(text.contains("IssueKind") || text.contains("issueKind"), IssueKind.values());
    int n = 0;
    for (String level : levels) {
      for (Integer severity : severities) {
        for (Impact impact : impacts) {
          for (Deployment caseDeployment : deployments) {
            for (Deployment subscriptionDeployment : deployments) {
              for (IssueKind kind : kinds) {
                for (int v = 0; v < VARIANTS; v++) {
                  SupportCase.Builder c =
                      SupportCase.builder(
                          "CHECK-" + ++n, ruleset.vendor(), OPENED.atOffset(ZoneOffset.UTC));
                  if (severity != null) {
                    c.severity(severity);
                  }
                  if (impact != null) {
                    c.impact(impact);
                  }
                  if (caseDeployment != null) {
                    c.deployment(caseDeployment);
                  }
                  if (kind != null) {
                    c.issueKind(kind);
                  }
                  c.production(random.nextBoolean())
                      .workaround(random.nextBoolean())
                      .seConsulted(random.nextBoolean())
                      .onSiteVisit(random.nextBoolean());
                  if (random.nextBoolean()) {
                    c.businessImpact("stated business impact");
                  }
                  for (String a : attributes) {
                    int pick = random.nextInt(3);
                    if (pick > 0) {
                      c.attribute(a, pick == 1 ? "true" : "false");
                    }
                  }
                  Subscription.Builder s =
                      Subscription.builder(
                          "CHECK-SUB",
                          ruleset.vendor(),
                          level,
                          new Location("KR", ZoneId.of("Asia/Seoul")));
                  if (subscriptionDeployment != null) {
                    s.deployment(subscriptionDeployment);
                  }
                  BigDecimal spend = spends.get(random.nextInt(spends.size()));
                  if (spend != null) {
                    s.annualSpendUsd(spend);
                  }
                  int agreed = random.nextInt(visits.size() + 1);
                  if (agreed < visits.size()) {
                    s.agreedVisitsPerYear(visits.get(agreed));
                  }
                  int used = visits.get(random.nextInt(visits.size()));
                  if (random.nextBoolean()) {
                    s.onSiteVisitCount(used);
                  } else {
                    for (int i = 0; i < used; i++) {
                      s.onSiteVisit(LocalDate.of(2026, 3, 5).minusDays(7L * i));
                    }
                  }
                  s.newCustomer(random.nextBoolean()).rpsCustomer(random.nextBoolean());
                  switch (random.nextInt(3)) {
                    case 0 -> s.term(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
                    case 1 -> s.term(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
                    default -> {} // no term
                  }
                  Map<String, Boolean> open = new HashMap<>();
                  for (String id : calendars) {
                    open.put(id, random.nextBoolean());
                  }
                  PolicyFacts facts =
                      new PolicyFacts(
                          c.build(),
                          s.build(),
                          ZoneId.of("Asia/Seoul"),
                          random.nextBoolean(),
                          open);
                  try {
                    each.accept(new Tried(facts, ruleset.decide(facts), null));
                  } catch (SlaException e) {
                    each.accept(new Tried(facts, null, e));
                  }
                }
              }
            }
          }
        }
      }
    }
    return n;
  }

  /** The levels a DRL compares with, in the order it names them. */
  static List<String> levelsNamed(List<DrlSource> sources) {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    for (DrlSource s : sources) {
      out.addAll(strings(LEVEL, s.text()));
    }
    return List.copyOf(out);
  }

  /** None, then each value when the DRL names them. */
  private static <T> List<@Nullable T> withNone(boolean named, T[] values) {
    List<@Nullable T> out = new ArrayList<>();
    out.add(null);
    if (named) {
      out.addAll(List.of(values));
    }
    return out;
  }

  private static List<Long> numbers(Pattern p, String text) {
    List<Long> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      try {
        out.add(Long.parseLong(m.group(1)));
      } catch (NumberFormatException e) {
        // too long a literal to be a spend or a count: not a value to try
      }
    }
    return out;
  }

  private static List<String> strings(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** What a made-up case said, for a finding's example. */
  static String describe(PolicyFacts f) {
    StringBuilder sb = new StringBuilder("level ").append(f.level());
    f.requestedSeverity().ifPresent(s -> sb.append(", requested severity ").append(s));
    f.impact().ifPresent(i -> sb.append(", impact ").append(i));
    f.supportCase().deployment().ifPresent(d -> sb.append(", case deployment ").append(d));
    f.subscriptionDeployment().ifPresent(d -> sb.append(", subscription deployment ").append(d));
    f.issueKind().ifPresent(k -> sb.append(", issue kind ").append(k));
    sb.append(f.production() ? ", production" : ", not production");
    if (f.workaround()) {
      sb.append(", workaround");
    }
    return sb.toString();
  }
}
