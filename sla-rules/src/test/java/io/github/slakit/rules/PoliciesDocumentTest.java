package io.github.slakit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.slakit.core.Ruleset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every clause id a trace, a rule, the code or the docs name resolves inside the repository: it is
 * a heading {@code ### ID Title} of docs/POLICIES.md or of a built-in vendor's clause document.
 */
class PoliciesDocumentTest {
  static final Path ROOT = Path.of("..");
  static final Pattern HEADING = Pattern.compile("(?m)^### ([A-Z]+-\\d+) \\S");
  static final Pattern CLAUSE =
      Pattern.compile("\\b(?:TIME|TERM|KR|LIFE|UPDATE|ELASTIC|VEEAM|ROCKPLACE|ONCALL)-\\d+\\b");

  static final Path VENDORS = ROOT.resolve("sla-rules/src/main/resources/io/github/slakit/rules");

  /**
   * The clause ids with a heading: docs/POLICIES.md (time, term, holidays, the case's life,
   * on-call) and the clause document each built-in vendor folder names in its vendor.json.
   */
  static Set<String> documented() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("docs/POLICIES.md")));
    for (String vendor : Files.readAllLines(VENDORS.resolve("vendors.txt"))) {
      if (!vendor.isBlank() && !vendor.startsWith("#")) {
        JsonNode manifest =
            new ObjectMapper()
                .readTree(Files.readString(VENDORS.resolve(vendor.strip()).resolve("vendor.json")));
        docs.add(VENDORS.resolve(vendor.strip()).resolve(manifest.get("clauses").asText()));
      }
    }
    Set<String> ids = new TreeSet<>();
    for (Path doc : docs) {
      Matcher m = HEADING.matcher(Files.readString(doc));
      while (m.find()) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  @Test
  void everyRuleNamesADocumentedClause() throws IOException {
    Set<String> documented = documented();
    for (Ruleset r : Rulesets.builtIn()) {
      assertThat(((DroolsRuleset) r).rules())
          .allSatisfy(
              rule ->
                  assertThat(documented)
                      .as("clause of rule \"%s\" (%s)", rule.getName(), r.vendor())
                      .contains(String.valueOf(rule.getMetaData().get("clause"))));
    }
    // the engine's own: a case opened outside the term
    assertThat(documented).contains("TERM-1");
  }

  @Test
  void rulesCheckKnowsExactlyTheClausesOfPoliciesMd() throws IOException {
    // A rule may name slakit's own clauses without its vendor's document having them: rules check
    // must accept each one POLICIES.md heads, and no other.
    Set<String> policies = new TreeSet<>();
    Matcher m = HEADING.matcher(Files.readString(ROOT.resolve("docs/POLICIES.md")));
    while (m.find()) {
      if (!m.group(1).matches("(?:ELASTIC|VEEAM|ROCKPLACE)-\\d+")) {
        policies.add(m.group(1));
      }
    }
    assertThat(new TreeSet<>(RulesCheck.ENGINE_CLAUSES)).isEqualTo(policies);
  }

  @Test
  void everyClauseTheRepositoryMentionsIsDocumented() throws IOException {
    Set<String> documented = documented();
    TreeMap<String, String> missing = new TreeMap<>();
    try (Stream<Path> files =
        Stream.of(
                "sla-calendars",
                "sla-core",
                "sla-rules",
                "sla-test",
                "sla-examples",
                "benchmarks",
                "docs",
                "examples")
            .map(ROOT::resolve)
            .flatMap(PoliciesDocumentTest::walk)) {
      for (Path f :
          Stream.concat(
                  files.collect(Collectors.toList()).stream(), Stream.of(ROOT.resolve("README.md")))
              .toList()) {
        Matcher m = CLAUSE.matcher(Files.readString(f));
        while (m.find()) {
          if (!documented.contains(m.group())) {
            missing.putIfAbsent(m.group(), ROOT.relativize(f).toString());
          }
        }
      }
    }
    assertThat(missing).as("clause ids not in docs/POLICIES.md, with a file naming each").isEmpty();
  }

  /** Every code a built-in rule or the engine gives is in the codes table of docs/JSON.md. */
  @Test
  void everyCodeIsListedInTheJsonContract() throws IOException {
    String json = Files.readString(ROOT.resolve("docs/JSON.md"));
    Set<String> listed = new TreeSet<>();
    Matcher row =
        Pattern.compile("(?m)^\\| `([A-Z][A-Z0-9_]*)` \\| (?:reason|warning) \\|").matcher(json);
    while (row.find()) {
      listed.add(row.group(1));
    }
    Set<String> used = new TreeSet<>(Set.of("OUTSIDE_TERM"));
    Pattern call = Pattern.compile("decision\\.(?:warning|notCovered)\\(\\s*\"([A-Z][A-Z0-9_]*)\"");
    // every built-in vendor's DRL as it is compiled: its files, its tables as the rules they
    // become, and its shared units
    for (String folder : Rulesets.builtInFolders()) {
      String manifest = folder + "/vendor.json";
      Rulesets.Vendor v = Rulesets.Vendor.read(Rulesets.text(manifest), manifest);
      for (DrlCompiler.DrlSource source : Rulesets.classpathSources(folder, v)) {
        Matcher m = call.matcher(source.text());
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    // Elastic's table gives these two
    assertThat(used).contains("DEPLOYMENT_NOT_STATED", "NO_PUBLISHED_TARGET").hasSizeGreaterThan(5);
    assertThat(listed).as("codes in docs/JSON.md").containsAll(used);
  }

  private static Stream<Path> walk(Path dir) {
    try {
      return Files.walk(dir)
          .filter(Files::isRegularFile)
          .filter(f -> !f.toString().contains("/target/"))
          .filter(f -> f.toString().matches(".*\\.(java|drl|md|json|jsonl|txt)$"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
