package io.github.slakit.rules;

import static io.github.slakit.rules.DrlLoadingTest.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slakit.core.Decision;
import io.github.slakit.core.Location;
import io.github.slakit.core.Metrics;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaInputException;
import io.github.slakit.core.SlaRulesException;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A vendor is a folder: DRL, calendars, levels and clauses, described by its vendor.json. The
 * built-in vendors load through the same path as a custom one, which can do all they do.
 */
class VendorFolderTest {

  /** A custom vendor folder with its levels and a calendar of its own hours. */
  static Path acmeFolder(Path dir, String drl) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("acme"));
    Files.createDirectories(folder.resolve("calendars"));
    Files.writeString(
        folder.resolve("vendor.json"),
        """
        { "vendor": "acme", "levels": ["GOLD", "SILVER"], "rules": ["acme.drl"],
          "calendars": ["calendars/office.json"] }""");
    Files.writeString(
        folder.resolve("calendars/office.json"),
        """
        { "id": "acme-office", "zone": "Europe/Paris",
          "weekly": { "MON": ["09:00-12:00"], "TUE": ["09:00-12:00"] } }""");
    Files.writeString(folder.resolve("acme.drl"), HEADER + drl);
    return folder;
  }

  static final String GOLD_ON_OFFICE_HOURS =
      """
      import io.github.slakit.core.Metrics;
      rule "Gold: 2 hours of Acme's office"
          @clause("ACME-1")
      when
          PolicyFacts( level == "GOLD" )
      then
          insert(new Severity(2, "Two"));
          decision.target(Metrics.INITIAL_RESPONSE, TimeSpan.businessHours(2).on("acme-office"));
      end
      rule "Silver: severity 3"
          @clause("ACME-1")
      when
          PolicyFacts( level == "SILVER" )
      then
          insert(new Severity(3, "Three"));
      end
      """;

  @Test
  void aCustomFolderDeclaresItsLevelsAndCalendars(@TempDir Path dir) throws Exception {
    Ruleset acme = Rulesets.fromPath(acmeFolder(dir, GOLD_ON_OFFICE_HOURS));
    assertThat(acme.vendor()).isEqualTo("acme");
    assertThat(acme.levels()).containsExactly("GOLD", "SILVER");
    assertThat(acme.calendars()).containsOnlyKeys("acme-office");
    SlaEngine engine = SlaEngine.builder().ruleset(acme).build();
    // Opened Mon 2 Mar 2026 11:00 CET: 1 h to 12:00, 1 h on Tuesday from 09:00 -> 10:00 CET =
    // 09:00Z
    Decision d =
        engine.evaluate(
            SupportCase.builder("C", "acme", OffsetDateTime.parse("2026-03-02T11:00:00+01:00"))
                .build(),
            Subscription.builder("S", "acme", "GOLD", Location.of("KR", "Asia/Seoul")).build());
    assertThat(d.target(Metrics.INITIAL_RESPONSE).flatMap(Decision.Target::deadline))
        .contains(Instant.parse("2026-03-03T09:00:00Z"));
    // a level the folder does not declare is refused at the door
    assertThatThrownBy(
            () ->
                engine.evaluate(
                    SupportCase.builder(
                            "C", "acme", OffsetDateTime.parse("2026-03-02T11:00:00+01:00"))
                        .build(),
                    Subscription.builder("S", "acme", "GOLDEN", Location.of("KR", "Asia/Seoul"))
                        .build()))
        .isInstanceOf(SlaInputException.class)
        .hasMessageContaining("level: \"GOLDEN\" is not a level of vendor acme (GOLD, SILVER)");
  }

  @Test
  void aRuleNamingALevelTheFolderDoesNotDeclareDoesNotBuild(@TempDir Path dir) throws Exception {
    Path folder =
        acmeFolder(dir, GOLD_ON_OFFICE_HOURS.replace("level == \"SILVER\"", "level == \"SILVR\""));
    assertThatThrownBy(() -> Rulesets.fromPath(folder))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("ruleset acme names levels it does not declare (1 error)")
        // HEADER is lines 1-4; the Silver rule's pattern is line 17, `    PolicyFacts( level == "`
        // is 27 characters, so the misspelt level starts at column 28
        .hasMessageContaining(
            "acme.drl:17:28: \"SILVR\" is not a level of vendor acme [GOLD, SILVER]");
  }

  @Test
  void aRenamedCalendarFailsLoudly(@TempDir Path dir) throws Exception {
    // openIn names a calendar the ruleset does not have: the decision fails, naming it, instead
    // of reading "closed" and routing every case the same way.
    Path folder =
        acmeFolder(
            dir,
            """
        rule "Routed by office hours"
            @clause("ACME-1")
        when
            PolicyFacts( openIn("acme-ofice") )
        then
            insert(new Severity(1, "One"));
        end
        """);
    SlaEngine engine = SlaEngine.builder().ruleset(Rulesets.fromPath(folder)).build();
    assertThatThrownBy(
            () ->
                engine.evaluate(
                    SupportCase.builder(
                            "C", "acme", OffsetDateTime.parse("2026-03-02T11:00:00+01:00"))
                        .build(),
                    Subscription.builder("S", "acme", "GOLD", Location.of("KR", "Asia/Seoul"))
                        .build()))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("\"acme-ofice\" is not a calendar of the ruleset [acme-office]");
  }

  @Test
  void theBuiltInsLoadThroughThePublicPath() {
    for (String vendor : new String[] {"elastic", "veeam", "rockplace"}) {
      Ruleset loaded = Rulesets.fromClasspath("io/github/slakit/rules/" + vendor);
      Ruleset builtIn = Rulesets.builtIn(vendor);
      assertThat(loaded.vendor()).isEqualTo(vendor);
      assertThat(loaded.version()).isEqualTo(builtIn.version());
      assertThat(loaded.levels()).containsExactlyElementsOf(builtIn.levels());
      assertThat(loaded.calendars()).isEqualTo(builtIn.calendars());
    }
    assertThatThrownBy(() -> Rulesets.builtIn("acme"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"acme\" is not a built-in vendor [elastic, veeam, rockplace]");
  }

  @Test
  void aWrongVendorJsonIsNamed(@TempDir Path dir) throws Exception {
    Path folder = acmeFolder(dir, GOLD_ON_OFFICE_HOURS);
    Files.writeString(folder.resolve("vendor.json"), "{ \"vendor\": \"acme\", \"level\": [] }");
    assertThatThrownBy(() -> Rulesets.fromPath(folder))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("vendor.json: \"level\" is not a field of a vendor");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # read as every JSON input of the library: strict, with the path and the value
          { "vendor": "acme", "vendor": "acme", "rules": ["acme.drl"] }            | line 1, column 29: malformed JSON: the key "vendor" is given twice
          { "vendor": "acme",, "rules": ["acme.drl"] }                             | line 1, column 20: malformed JSON
          { "vendor": "acme", "rules": ["acme.drl", 7] }                           | rules[1]: 7 is not a name
          { "vendor": "acme", "rules": ["acme.drl"], "metrics": [{"metric": "X", "startsOn": ["OPEN"]}] } | metrics[0].startsOn[0]: "OPEN" is not an event type (OPENED, REOPENED
          { "vendor": "acme", "rules": ["acme.drl"], "metrics": [{"metric": "X", "startsOn": ["OPENED"], "clause": "A-1"}] } | metrics[0].stopsOn: is missing (required for a metric that is not built in)
          { "vendor": "acme", "rules": ["acme.drl"], "metrics": [{"metric": "X", "startsOn": ["RESOLVED"], "stopsOn": ["RESOLVED"], "clause": "A-1"}] } | metrics[0]: X: RESOLVED cannot start a clock
          { "vendor": "acme", "rules": ["acme.drl"], "metrics": [{"metrc": "X"}] }  | metrics[0]: "metrc" is not a field of a metric; did you mean "metric"?
          """)
  void aVendorJsonIsReadStrictly(String json, String problem, @TempDir Path dir) throws Exception {
    Path folder = acmeFolder(dir, GOLD_ON_OFFICE_HOURS);
    Files.writeString(folder.resolve("vendor.json"), json);
    assertThatThrownBy(() -> Rulesets.fromPath(folder))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("vendor.json: " + problem);
  }

  @Test
  void aVendorJsonMayPauseABuiltInMetricDifferently(@TempDir Path dir) throws Exception {
    // A built-in named again keeps what the entry does not say: RESOLUTION paused only while the
    // case waits on the customer, still started at the opening and at each reopen.
    Path folder = acmeFolder(dir, GOLD_ON_OFFICE_HOURS);
    Files.writeString(
        folder.resolve("vendor.json"),
        """
        { "vendor": "acme", "levels": ["GOLD", "SILVER"], "rules": ["acme.drl"],
          "calendars": ["calendars/office.json"],
          "metrics": [ { "metric": "RESOLUTION", "pausedBy": ["WAITING_ON_CUSTOMER"] } ] }""");
    Ruleset acme = Rulesets.fromPath(folder);
    assertThat(acme.metrics())
        .filteredOn(d -> d.metric().equals("RESOLUTION"))
        .singleElement()
        .isEqualTo(
            io.github.slakit.core.MetricDefinition.RESOLUTION.pausedBy(
                java.util.Set.of(io.github.slakit.core.CaseEvent.Type.WAITING_ON_CUSTOMER)));
  }

  @Test
  void aVendorJsonDeclaresCustomerUpdatesByNameAlone(@TempDir Path dir) throws Exception {
    // CUSTOMER_UPDATE is known by name (UPDATE-1): the entry needs no events or clause.
    Path folder = acmeFolder(dir, GOLD_ON_OFFICE_HOURS);
    Files.writeString(
        folder.resolve("vendor.json"),
        """
        { "vendor": "acme", "levels": ["GOLD", "SILVER"], "rules": ["acme.drl"],
          "calendars": ["calendars/office.json"],
          "metrics": [ { "metric": "CUSTOMER_UPDATE" } ] }""");
    Ruleset acme = Rulesets.fromPath(folder);
    assertThat(acme.metrics())
        .filteredOn(d -> d.metric().equals("CUSTOMER_UPDATE"))
        .singleElement()
        .isEqualTo(io.github.slakit.core.MetricDefinition.CUSTOMER_UPDATE);
  }

  @Test
  void theRootFolderIsRefusedWithAMessage() {
    assertThatThrownBy(() -> Rulesets.fromPath(Path.of("/")))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("cannot name a ruleset after /");
  }
}
