package io.github.slakit.rules;

import io.github.slakit.core.Deployment;
import io.github.slakit.core.Impact;
import io.github.slakit.core.IssueKind;
import io.github.slakit.core.PolicyFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Test facts, fluently: {@code given("elastic", "GOLD").severity(2).impact(Impact.OUTAGE)}. */
final class Given {
  static final Instant OPENED = Instant.parse("2026-03-06T08:30:00Z");

  private final String vendor;
  private final String level;
  private Integer severity;
  private Impact impact;
  private boolean production = true;
  private boolean workaround;
  private Deployment deployment;
  private IssueKind issueKind;
  private final Map<String, String> attributes = new HashMap<>();
  private Instant openedAt = OPENED;
  private Instant evaluatedAt = OPENED;
  private ZoneId zone = ZoneId.of("Asia/Seoul");
  private LocalDate start;
  private LocalDate end;
  private BigDecimal spend;
  private Integer agreedVisits;
  private int visitsUsed;
  private boolean newCustomer;
  private boolean inBusinessHours = true;
  private final Set<String> open = new HashSet<>();

  private Given(String vendor, String level) {
    this.vendor = vendor;
    this.level = level;
  }

  static Given given(String vendor, String level) {
    return new Given(vendor, level);
  }

  Given severity(int s) { this.severity = s; return this; }
  Given impact(Impact i) { this.impact = i; return this; }
  Given production(boolean p) { this.production = p; return this; }
  Given workaround(boolean w) { this.workaround = w; return this; }
  Given deployment(Deployment d) { this.deployment = d; return this; }
  Given issueKind(IssueKind k) { this.issueKind = k; return this; }
  Given attribute(String k, String v) { attributes.put(k, v); return this; }
  Given evaluatedAt(Instant t) { this.evaluatedAt = t; return this; }
  Given openedAt(Instant t) { this.openedAt = t; return this; }
  Given term(String s, String e) { start = LocalDate.parse(s); end = LocalDate.parse(e); return this; }
  Given spend(long usd) { this.spend = BigDecimal.valueOf(usd); return this; }
  Given agreedVisits(int v) { this.agreedVisits = v; return this; }
  Given visitsUsed(int v) { this.visitsUsed = v; return this; }
  Given newCustomer() { this.newCustomer = true; return this; }
  Given zone(String z) { this.zone = ZoneId.of(z); return this; }
  Given openIn(String... calendarIds) { open.addAll(Set.of(calendarIds)); return this; }
  Given outsideBusinessHours() { this.inBusinessHours = false; return this; }

  PolicyFacts facts() {
    return new PolicyFacts("CASE-T", "SUB-T", vendor, level, Optional.ofNullable(severity),
        Optional.ofNullable(impact), production, workaround, Optional.ofNullable(deployment),
        Optional.ofNullable(issueKind), attributes, openedAt, evaluatedAt, zone,
        Optional.ofNullable(start), Optional.ofNullable(end), Optional.ofNullable(spend),
        Optional.ofNullable(agreedVisits), visitsUsed, newCustomer, inBusinessHours, open);
  }
}
