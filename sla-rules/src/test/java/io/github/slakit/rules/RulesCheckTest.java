package io.github.slakit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.slakit.rules.RulesCheck.Cell;
import io.github.slakit.rules.RulesCheck.Finding;
import io.github.slakit.rules.RulesCheck.Kind;
import io.github.slakit.rules.RulesCheck.Result;
import io.github.slakit.rules.RulesCheck.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RulesCheck} on DRL written here, each mistake at a line and column counted by hand from
 * {@link #HEADER} (16 lines: the package, imports, the global and one rule that always decides
 * severity 3) and {@link #TARGET} (7 more: a first response within 1 business day), and on the
 * built-in rulesets, which must come out clean.
 */
class RulesCheckTest {
  static final String HEADER =
      """
      package com.acme.check;

      import io.github.slakit.core.Impact;
      import io.github.slakit.core.Severity;
      import io.github.slakit.core.TimeSpan;
      import io.github.slakit.core.spi.PolicyFacts;

      global io.github.slakit.core.spi.PolicyDecision.Builder decision;

      rule "Any case: severity 3"
          @clause("CHK-1")
      when
          PolicyFacts()
      then
          insert(new Severity(3, "Three"));
      end
      """;

  static final String TARGET =
      """
      rule "Any case: first response within 1 business day"
          @clause("CHK-1")
      when
          PolicyFacts()
      then
          decision.target("INITIAL_RESPONSE", TimeSpan.businessDays(1));
      end
      """;

  /** A rule at line 24 with this clause line (or none) and this pattern on line 27. */
  static String rule(String clauseLine, String pattern) {
    return HEADER
        + TARGET
        + """
        rule "Checked"
        %s
        when
            %s
        then
            decision.warning("CHECKED", "checked");
        end
        """
            .formatted(clauseLine, pattern);
  }

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
    return f;
  }

  private Path drl(String text) throws Exception {
    write("clauses.md", "# Check\n\n### CHK-1 Severity\n\n### CHK-2 Checked\n");
    return write("check.drl", text);
  }

  private static List<Finding> of(Result r, Kind kind) {
    return r.findings().stream().filter(f -> f.kind() == kind).toList();
  }

  @Test
  void anIntComparedWithAStringIsATypeErrorAtItsLiteral() throws Exception {
    // line 27 "    PolicyFacts( visitsUsed == \"many\" )": 4 blanks, "PolicyFacts(" in columns
    // 5-16, "visitsUsed" 18-27, "==" 29-30, the literal's quote at column 32
    Path f = drl(rule("    @clause(\"CHK-2\")", "PolicyFacts( visitsUsed == \"many\" )"));
    Result r = RulesCheck.check(f);
    // the run-time compiler builds it, so the made-up cases show every decision failing
    assertThat(r.findings())
        .extracting(Finding::kind, Finding::file, Finding::line, Finding::column)
        .containsExactly(
            tuple(Kind.TYPE_ERROR, f.toString(), 27, 32), tuple(Kind.DECISION_FAILS, "", 0, 0));
    assertThat(r.findings().get(1).message()).contains("NumberFormatException");
    assertThat(r.findings().get(0).message()).contains("\"many\" is not a number");
    assertThat(r.findings().get(0).toString()).startsWith(f + ":27:32: TYPE_ERROR: ");
  }

  @Test
  void anEnumConstantThatDoesNotExistIsACompileErrorAtItsExpression() throws Exception {
    // line 27 "    Impact( this == Impact.OUTAG )": "Impact(" in columns 5-11, "this" from 13
    Path f = drl(rule("    @clause(\"CHK-2\")", "Impact( this == Impact.OUTAG )"));
    Result r = RulesCheck.check(f);
    assertThat(r.findings())
        .extracting(Finding::kind, Finding::line, Finding::column)
        .containsExactly(tuple(Kind.COMPILE_ERROR, 27, 13));
    assertThat(r.findings().get(0).message()).contains("Impact.OUTAG");
    assertThat(r.coverage()).isEmpty();
  }

  @Test
  void aFieldThatDoesNotExistIsACompileErrorAtItsPattern() throws Exception {
    // line 27, the pattern from column 5 (Drools' own 0-based column 4, plus one)
    Path f = drl(rule("    @clause(\"CHK-2\")", "PolicyFacts( onSiteVisitsUsed == \"many\" )"));
    Result r = RulesCheck.check(f);
    assertThat(r.findings())
        .extracting(Finding::kind, Finding::line, Finding::column)
        .containsExactly(tuple(Kind.COMPILE_ERROR, 27, 5));
    assertThat(r.findings().get(0).message()).contains("onSiteVisitsUsed");
  }

  @Test
  void theRightTypeIsClean() throws Exception {
    Result r =
        RulesCheck.check(drl(rule("    @clause(\"CHK-2\")", "PolicyFacts( visitsUsed >= 3 )")));
    assertThat(r.findings()).isEmpty();
    assertThat(r.clean()).isTrue();
    assertThat(r.vendor()).isEqualTo("check"); // named after the file
    assertThat(r.rules())
        .extracting(
            RulesCheck.RuleInfo::name, RulesCheck.RuleInfo::clause, RulesCheck.RuleInfo::line)
        .containsExactly(
            tuple("Any case: severity 3", "CHK-1", 10),
            tuple("Any case: first response within 1 business day", "CHK-1", 17),
            tuple("Checked", "CHK-2", 24));
  }

  @Test
  void aRuleWithoutAClauseIsNamedAtItsLine() throws Exception {
    Result r = RulesCheck.check(drl(rule("", "PolicyFacts( production )")));
    assertThat(r.findings())
        .extracting(Finding::kind, Finding::line, Finding::rule)
        .containsExactly(tuple(Kind.NO_CLAUSE, 24, "Checked"));
  }

  @Test
  void aClauseWithoutAHeadingInTheClauseDocumentIsUndocumented() throws Exception {
    // clauses.md has CHK-1 and CHK-2 only; TERM-3 is slakit's own (docs/POLICIES.md)
    Path f =
        drl(
            rule("    @clause(\"CHK-9\")", "PolicyFacts( production )")
                + rule("    @clause(\"TERM-3\")", "PolicyFacts( production == false )")
                    .substring(HEADER.length() + TARGET.length())
                    .replace("\"Checked\"", "\"Term\""));
    Result r = RulesCheck.check(f);
    assertThat(r.findings())
        .extracting(Finding::kind, Finding::line, Finding::rule)
        .containsExactly(tuple(Kind.UNDOCUMENTED_CLAUSE, 24, "Checked"));
    assertThat(r.findings().get(0).message())
        .contains("clause CHK-9 has no heading in " + dir.resolve("clauses.md"));
  }

  @Test
  void rulesNamingClausesNeedAClauseDocument() throws Exception {
    Path f = write("alone/alone.drl", rule("    @clause(\"CHK-2\")", "PolicyFacts( production )"));
    Result r = RulesCheck.check(f);
    assertThat(r.findings())
        .extracting(Finding::kind, Finding::file)
        .containsExactly(
            tuple(Kind.NO_CLAUSE_DOCUMENT, dir.resolve("alone/clauses.md").toString()));
  }

  @Test
  void aRuleWhoseConditionsContradictNeverFires() throws Exception {
    Result r =
        RulesCheck.check(
            drl(rule("    @clause(\"CHK-2\")", "PolicyFacts( production, production == false )")));
    assertThat(r.findings())
        .extracting(Finding::kind, Finding::line, Finding::rule)
        .containsExactly(tuple(Kind.NEVER_FIRES, 24, "Checked"));
  }

  /** A vendor folder with levels GOLD and SILVER and the rules given after the header. */
  private Path vendor(String rules) throws Exception {
    write(
        "v/vendor.json",
        """
        { "vendor": "acme", "levels": ["GOLD", "SILVER"], "rules": ["acme.drl"],
          "clauses": "clauses.md" }
        """);
    write("v/clauses.md", "### CHK-1 Severity\n### CHK-2 Targets\n");
    write("v/acme.drl", HEADER + rules);
    return dir.resolve("v");
  }

  private static String target(String name, String when, String span) {
    return """
        rule "%s"
            @clause("CHK-2")
        when
            %s
        then
            decision.target("INITIAL_RESPONSE", %s);
        end
        """
        .formatted(name, when, span);
  }

  @Test
  void theCoverageMatrixGivesEachLevelAndSeverityItsTarget() throws Exception {
    Result r =
        RulesCheck.check(
            vendor(
                target(
                        "Gold: 2 business hours",
                        "PolicyFacts( level == \"GOLD\" )",
                        "TimeSpan.businessHours(2)")
                    + target(
                        "Silver: 1 business day",
                        "PolicyFacts( level == \"SILVER\" )",
                        "TimeSpan.businessDays(1)")));
    assertThat(r.findings()).isEmpty();
    assertThat(r.vendor()).isEqualTo("acme");
    // every case is severity 3; the DRL names no deployment, so the cells are "any"
    assertThat(r.coverage())
        .filteredOn(c -> c.cases() > 0)
        .extracting(Cell::level, Cell::severity, Cell::deployment)
        .containsExactly(tuple("GOLD", 3, "any"), tuple("SILVER", 3, "any"));
    assertThat(r.coverage())
        .filteredOn(c -> c.cases() > 0)
        .flatExtracting(Cell::targets)
        .extracting(Target::metric, Target::target, Target::rules)
        .containsExactly(
            tuple("INITIAL_RESPONSE", "PT2H business-hours", List.of("Gold: 2 business hours")),
            tuple("INITIAL_RESPONSE", "P1D business-days", List.of("Silver: 1 business day")));
    assertThat(r.coverage()).hasSize(8); // 2 levels x 4 severities
  }

  @Test
  void aTableOfTargetsIsCheckedAsTheRulesItBecomes() throws Exception {
    // The same two targets as above, as a table: each row a rule, named by its rule cell or, when
    // it has none, by its file and row (the file's line: the header is line 1).
    vendor("");
    write(
        "v/vendor.json",
        """
        { "vendor": "acme", "levels": ["GOLD", "SILVER"], "rules": ["acme.drl", "targets.csv"],
          "clauses": "clauses.md" }
        """);
    write(
        "v/targets.csv",
        "level,severity,amount,clock,clause,rule\n"
            + "GOLD,*,PT2H,business-hours,CHK-2,Gold: 2 business hours\n"
            + "SILVER,*,P1D,business-days,CHK-2,\n");
    Result r = RulesCheck.check(dir.resolve("v"));
    assertThat(r.findings()).isEmpty();
    assertThat(r.coverage())
        .filteredOn(c -> c.cases() > 0)
        .flatExtracting(Cell::targets)
        .extracting(Target::target, Target::rules)
        .containsExactly(
            tuple("PT2H business-hours", List.of("Gold: 2 business hours")),
            tuple("P1D business-days", List.of("targets.csv row 3")));
    // a bad cell is one finding naming the table, its row and its column
    write(
        "v/targets.csv",
        "level,severity,amount,clock,clause,rule\n" + "GOLD,9,PT2H,business-hours,CHK-2,\n");
    Result bad = RulesCheck.check(dir.resolve("v"));
    assertThat(bad.findings()).hasSize(1);
    assertThat(bad.findings().get(0).toString()).contains("targets.csv:2:2").contains("\"9\"");
  }

  @Test
  void aLevelWithoutATargetAndTwoRulesForOneTargetAreFound() throws Exception {
    Result r =
        RulesCheck.check(
            vendor(
                target(
                        "Gold: 2 business hours",
                        "PolicyFacts( level == \"GOLD\" )",
                        "TimeSpan.businessHours(2)")
                    + target(
                        "Gold with a workaround: 8 business hours",
                        "PolicyFacts( level == \"GOLD\", workaround )",
                        "TimeSpan.businessHours(8)")));
    assertThat(of(r, Kind.NO_TARGET))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("level SILVER, severity 3: "));
    assertThat(of(r, Kind.TWO_TARGETS))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith(
                        "level GOLD, severity 3: the cases get 2 different INITIAL_RESPONSE")
                    .contains("PT2H business-hours", "PT8H business-hours"));
    assertThat(of(r, Kind.TARGET_REPLACED))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains(
                        "\"Gold: 2 business hours\"",
                        "\"Gold with a workaround: 8 business hours\""));
  }

  @Test
  void decisionsThatFailAreFoundWithAnExample() throws Exception {
    // the Gold rule inserts a second severity beside the header's 3: every GOLD decision fails
    Path v =
        vendor(
            target(
                    "Gold: 2 business hours",
                    "PolicyFacts( level == \"GOLD\" )",
                    "TimeSpan.businessHours(2)")
                .replace(
                    "decision.target", "insert(new Severity(1, \"One\"));\n    decision.target"));
    assertThat(of(RulesCheck.check(v), Kind.DECISION_FAILS))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("several severities were left")
                    .contains("e.g. level GOLD"));
  }

  @Test
  void aLevelTheVendorDoesNotDeclareIsFound() throws Exception {
    Result r =
        RulesCheck.check(
            vendor(
                target("Goldd", "PolicyFacts( level == \"GOLDD\" )", "TimeSpan.businessHours(2)")));
    assertThat(of(r, Kind.UNKNOWN_LEVEL))
        .singleElement()
        .satisfies(f -> assertThat(f.line()).isEqualTo(20));
  }

  @Test
  void aVendorJsonThatCannotBeReadIsAFindingNamingTheFileAndTheField() throws Exception {
    write(
        "bad/vendor.json",
        """
        { "vendor": "acme", "levls": ["GOLD"], "rules": ["acme.drl"] }
        """);
    Result r = RulesCheck.check(dir.resolve("bad"));
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(Kind.UNREADABLE);
              assertThat(f.file()).isEqualTo(dir.resolve("bad/vendor.json").toString());
              assertThat(f.message()).contains("\"levls\"").contains("did you mean \"levels\"");
            });
    assertThat(r.coverage()).isEmpty();
  }

  @Test
  void nothingAtThePathIsRefused() {
    assertThatThrownBy(() -> RulesCheck.check(dir.resolve("missing")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no such file or folder");
  }

  @Test
  void theBuiltInRulesetsAreClean() {
    List<Result> results = RulesCheck.builtIn();
    assertThat(results).extracting(Result::vendor).containsExactly("elastic", "veeam", "rockplace");
    for (Result r : results) {
      assertThat(r.findings()).as(r.vendor()).isEmpty();
      assertThat(r.notes()).as(r.vendor()).isEmpty();
    }
    // ELASTIC-4: Gold severity 1 is 4 business hours of the subscription's calendar, whatever
    // the deployment; ELASTIC-6: Gold severity 4 has no published target
    Result elastic = results.get(0);
    assertThat(target(elastic, "GOLD", 1, "CLOUD")).isEqualTo("PT4H business-hours");
    assertThat(target(elastic, "GOLD", 1, "unknown")).isEqualTo("PT4H business-hours");
    assertThat(target(elastic, "GOLD", 4, "SELF_MANAGED")).isEqualTo("none published");
    // ELASTIC-4: Enterprise severity 1 is 30 minutes 24x7 on Cloud, 1 hour self-managed
    assertThat(target(elastic, "ENTERPRISE", 1, "CLOUD")).isEqualTo("PT30M 24x7");
    assertThat(target(elastic, "ENTERPRISE", 1, "SELF_MANAGED")).isEqualTo("PT1H 24x7");
    // VEEAM-4: BASIC severity 2 is 8 business hours on the ruleset's KR calendar
    assertThat(target(results.get(1), "BASIC", 2, "any")).isEqualTo("PT8H business-hours @KR");
    // ROCKPLACE-3: Premium answers within 2 hours, Mon-Sun 24 h, whatever the severity
    assertThat(target(results.get(2), "PREMIUM", 3, "any")).isEqualTo("PT2H 24x7");
  }

  private static String target(Result r, String level, int severity, String deployment) {
    return r.coverage().stream()
        .filter(
            c ->
                c.level().equals(level)
                    && c.severity() == severity
                    && c.deployment().equals(deployment))
        .flatMap(c -> c.targets().stream())
        .filter(t -> t.metric().equals("INITIAL_RESPONSE"))
        .map(Target::target)
        .reduce((a, b) -> a + " | " + b)
        .orElse("(none)");
  }
}
