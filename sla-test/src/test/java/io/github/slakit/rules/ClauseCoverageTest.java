package io.github.slakit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.definition.rule.Rule;

/**
 * Every clause of docs/POLICIES.md has its rules or says where else it lives; every rule names its
 * clause, reads as a phrase in a trace, and has a per-rule test in its vendor's test class.
 */
class ClauseCoverageTest {

  static Stream<Arguments> vendors() {
    return Stream.of(
        // ELASTIC-1 is the levels of elastic/vendor.json; ELASTIC-5 is the subscription's calendar
        // (TIME-8, SlaEngine), checked by the scenarios in FR, US and KR.
        Arguments.of(
            Rulesets.builtIn("elastic"),
            "ElasticRulesTest",
            "ELASTIC",
            11,
            Set.of("ELASTIC-1", "ELASTIC-5")),
        // VEEAM-6 (support tiers) has no decision output: not encoded. VEEAM-7 (roles) is the
        // roles of the VEEAM-9/10 steps (VeeamRulesTest.stepsUseTheVeeamRoles). VEEAM-2 is the
        // scale that the VEEAM-3 rules classify into.
        Arguments.of(
            Rulesets.builtIn("veeam"),
            "VeeamRulesTest",
            "VEEAM",
            10,
            Set.of("VEEAM-2", "VEEAM-6", "VEEAM-7")),
        // ROCKPLACE-1 is the levels of rockplace/vendor.json.
        Arguments.of(
            Rulesets.builtIn("rockplace"),
            "RockplaceRulesTest",
            "ROCKPLACE",
            7,
            Set.of("ROCKPLACE-1")));
  }

  static List<Rule> rules(io.github.slakit.core.Ruleset r) {
    return List.copyOf(((DroolsRuleset) r).rules());
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("vendors")
  void everyClauseHasRulesOrSaysWhereItLives(
      io.github.slakit.core.Ruleset ruleset,
      String test,
      String prefix,
      int clauses,
      Set<String> withoutRules) {
    Set<String> all = new TreeSet<>();
    for (int i = 1; i <= clauses; i++) {
      all.add(prefix + "-" + i);
    }
    // the vendor's own clauses (a rule may also name a shared one, such as TERM-3)
    Set<String> named =
        rules(ruleset).stream()
            .map(r -> String.valueOf(r.getMetaData().get("clause")))
            .filter(c -> c.startsWith(prefix + "-"))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> expected = new TreeSet<>(all);
    expected.removeAll(withoutRules);
    assertThat(named).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("vendors")
  void everyRuleReadsAsAPhraseAndHasATest(
      io.github.slakit.core.Ruleset ruleset, String test, String prefix) throws Exception {
    String source =
        Files.readString(Path.of("src/test/java/io/github/slakit/rules/" + test + ".java"));
    assertThat(rules(ruleset))
        .isNotEmpty()
        .allSatisfy(
            r -> {
              assertThat(r.getName())
                  .as("rule name")
                  .matches("[A-Z][^_]*[^.\\s]")
                  .doesNotContain("  ");
              // named in a string, or in a row of a @CsvSource table ("| name |")
              assertThat(
                      source.contains("\"" + r.getName() + "\"")
                          || source.matches(
                              "(?s).*\\|\\s*" + Pattern.quote(r.getName()) + "\\s*\\|.*"))
                  .as("a test of rule \"%s\" in %s", r.getName(), test)
                  .isTrue();
            });
  }
}
