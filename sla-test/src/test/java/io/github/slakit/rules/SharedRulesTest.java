package io.github.slakit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.slakit.core.Decision;
import io.github.slakit.core.Decision.TraceEntry;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.SlaRulesException;
import io.github.slakit.test.Evaluate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.definition.rule.Rule;

/**
 * The shared unit requested-severity (docs/RULES.md, "Shared rules"): written once, included by
 * the built-in vendors whose guides keep a requested severity and by a custom vendor folder
 * through the same vendor.json field, each citing its own clause.
 */
class SharedRulesTest {
  static final Path GLOBEX = Path.of("src/test/resources/custom/globex");

  @Test
  void elasticAndRockplaceKeepARequestWithTheSharedRuleAndTheirOwnClause() {
    assertThat(keptBy("elastic"))
        .extracting(r -> r.getMetaData().get("clause"))
        .containsExactly("ELASTIC-2");
    assertThat(keptBy("rockplace"))
        .extracting(r -> r.getMetaData().get("clause"))
        .containsExactly("ROCKPLACE-2");
    // Veeam's reading differs (VEEAM-3: kept subject to the SE consultation): its own rule
    assertThat(keptBy("veeam")).isEmpty();
    assertThat(ClauseCoverageTest.rules(Rulesets.builtIn("veeam")))
        .extracting(Rule::getName)
        .contains("Requested severity is kept (subject to SE consultation)");
  }

  /** The rules named "Requested severity is kept" of a built-in, each from the shared unit. */
  private static List<Rule> keptBy(String vendor) {
    DroolsRuleset ruleset = (DroolsRuleset) Rulesets.builtIn(vendor);
    List<Rule> kept =
        ClauseCoverageTest.rules(ruleset).stream()
            .filter(r -> r.getName().equals("Requested severity is kept"))
            .toList();
    assertThat(kept)
        .allSatisfy(
            r ->
                assertThat(ruleset.fileOf(r))
                    .isEqualTo("io/github/slakit/rules/shared/requested-severity.drl"));
    return kept;
  }

  @Test
  void aCustomVendorFolderIncludesTheUnitFromItsVendorJson() {
    // custom/globex: GLOBEX-1, the customer chooses P1..P4, P3 when none is chosen; the folder's
    // DRL is in a package of its own (com.globex.sla), where the unit is compiled too
    for (Ruleset globex :
        List.of(Rulesets.fromPath(GLOBEX), Rulesets.fromClasspath("custom/globex"))) {
      Evaluate engine = Evaluate.with(globex);
      Decision chosen = engine.at("2026-03-09T10:00:00+09:00", "STANDARD", c -> c.severity(2));
      assertThat(chosen.severity().name()).isEqualTo("P2");
      assertThat(chosen.trace())
          .extracting(TraceEntry::rule, TraceEntry::clause)
          .containsExactly(tuple("Requested severity is kept", "GLOBEX-1"));
      Decision none = engine.at("2026-03-09T10:00:00+09:00", "STANDARD", c -> c);
      assertThat(none.severity().name()).isEqualTo("P3");
      assertThat(none.trace())
          .extracting(TraceEntry::rule, TraceEntry::clause)
          .containsExactly(tuple("No severity chosen: P3", "GLOBEX-1"));
    }
  }

  @Test
  void theBuilderIncludesItForDrlWithoutAPackage() {
    Ruleset r =
        Rulesets.drl("initech")
            .text(
                "initech.drl",
                """
        import io.github.slakit.core.Severity;
        function String severityName(int level) { return "Level " + level; }
        """)
            .shared("requested-severity", "INITECH-1")
            .build();
    Decision d = Evaluate.with(r).at("2026-03-09T10:00:00+09:00", "ANY", c -> c.severity(4));
    assertThat(d.severity().name()).isEqualTo("Level 4");
    assertThat(d.trace()).extracting(TraceEntry::clause).containsExactly("INITECH-1");
  }

  @Test
  void anUnknownUnitOrAClauseThatIsNotAnIdIsRefused(@TempDir Path dir) throws Exception {
    Path folder = copyOfGlobex(dir);
    Files.writeString(
        folder.resolve("vendor.json"),
        """
        { "vendor": "globex", "rules": ["globex.drl"], "shared": { "requested-severty": "G-1" } }""");
    assertThatThrownBy(() -> Rulesets.fromPath(folder))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining(
            "vendor.json: shared: \"requested-severty\" is not a shared unit [requested-severity]");
    Files.writeString(
        folder.resolve("vendor.json"),
        """
        { "vendor": "globex", "rules": ["globex.drl"], "shared": { "requested-severity": "a\\"b" } }""");
    assertThatThrownBy(() -> Rulesets.fromPath(folder))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("requested-severity: \"a\"b\" is not a clause id (such as ACME-1)");
    assertThatThrownBy(() -> Rulesets.drl("x").shared("no-such-unit", "X-1"))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("\"no-such-unit\" is not a shared unit [requested-severity]");
  }

  @Test
  void aVendorWithoutSeverityNamesCannotIncludeIt() {
    // the unit names the severity with the vendor's function: without one, the ruleset does not
    // compile, and the error names the unit
    assertThatThrownBy(
            () ->
                Rulesets.drl("x")
                    .text("x.drl", "package com.x;\n")
                    .shared("requested-severity", "X-1")
                    .build())
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("ruleset x does not compile")
        .hasMessageContaining("io/github/slakit/rules/shared/requested-severity.drl");
  }

  private static Path copyOfGlobex(Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("globex"));
    for (String f : List.of("globex.drl", "clauses.md")) {
      Files.copy(GLOBEX.resolve(f), folder.resolve(f));
    }
    return folder;
  }
}
