package io.github.slakit.rules;

import static io.github.slakit.test.Given.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.slakit.core.Notice;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.SlaRulesException;
import io.github.slakit.core.SlaRulesException.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom DRL: loading from a file, folder or classpath, and every way it can fail. */
class DrlLoadingTest {

  static final String HEADER =
      """
      package io.github.slakit.rules;
      import io.github.slakit.core.spi.PolicyFacts;
      import io.github.slakit.core.Severity; import io.github.slakit.core.TimeSpan;
      global io.github.slakit.core.spi.PolicyDecision.Builder decision;
      """; // 4 lines

  static final String GOOD =
      HEADER
          + """
      rule "Everything is severity 2, 90 minutes"
          @clause("ACME-1")
      when
          PolicyFacts()
      then
          insert(new Severity(2, "Two"));
          decision.target("INITIAL_RESPONSE", TimeSpan.elapsedMinutes(90));
      end
      """;

  @Test
  void loadsAFileAsANewVendor(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("acme.drl");
    Files.writeString(f, GOOD);
    Ruleset r = Rulesets.fromPath(f);
    assertThat(r.vendor()).isEqualTo("acme");
    assertThat(r.levels()).isEmpty();
    var d = r.decide(given("acme", "ANY").facts());
    assertThat(d.severity().level()).isEqualTo(2);
    assertThat(d.trace())
        .extracting(t -> t.rule() + " / " + t.clause())
        .containsExactly("Everything is severity 2, 90 minutes / ACME-1");
  }

  @Test
  void loadsAFolder(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("acme/sub"));
    Files.writeString(dir.resolve("acme/a.drl"), GOOD);
    Files.writeString(
        dir.resolve("acme/sub/b.drl"),
        HEADER
            + """
        rule "Also warn"
        when
            PolicyFacts()
        then
            decision.warning("HELLO", "hello");
        end
        """);
    Ruleset r = Rulesets.drl("acme").path(dir.resolve("acme")).levels("GOLD").build();
    assertThat(r.levels()).containsExactly("GOLD");
    assertThat(r.decide(given("acme", "GOLD").facts()).warnings())
        .extracting(Notice::code, Notice::message)
        .containsExactly(tuple("HELLO", "hello"));
  }

  @Test
  void loadsFromTheClasspath() {
    // elastic.drl keeps a requested severity through the shared unit its vendor.json includes
    Ruleset r =
        Rulesets.drl("elastic-copy")
            .classpath("io/github/slakit/rules/elastic/elastic.drl")
            .shared("requested-severity", "ELASTIC-2")
            .build();
    assertThat(r.decide(given("elastic-copy", "GOLD").severity(2).facts()).severity().level())
        .isEqualTo(2);
    assertThatThrownBy(() -> Rulesets.drl("x").classpath("no/such.drl"))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("classpath:no/such.drl");
  }

  @Test
  void syntaxErrorGivesFileLineAndColumn(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("broken.drl");
    // the ")" is missing after PolicyFacts( on line 7; the parser stops at "insert", line 9
    // column 5 (1-based; Drools prints "Line 9:4", 0-based)
    Files.writeString(
        f,
        HEADER
            + """
        rule "Broken"
        when
            PolicyFacts(
        then
            insert(new Severity(2, "Two"));
        end
        """);
    SlaRulesException e = catchThrowableOfType(SlaRulesException.class, () -> Rulesets.fromPath(f));
    assertThat(e.getMessage()).startsWith("ruleset broken does not compile");
    assertThat(e.problems()).isNotEmpty();
    Problem p = e.problems().get(0);
    assertThat(p.file()).isEqualTo(f.toString());
    assertThat(p.line()).isEqualTo(9);
    assertThat(p.column()).isEqualTo(5);
    assertThat(e.getMessage()).contains(f + ":" + p.line() + ":" + p.column() + ": ");
  }

  @Test
  void unknownTypeGivesItsLine() {
    SlaRulesException e =
        catchThrowableOfType(
            SlaRulesException.class,
            () ->
                Rulesets.drl("x")
                    .text(
                        "unknown.drl",
                        HEADER
                            + """
            rule "Unknown type"
            when
                NoSuchFact( level == 1 )
            then
                insert(new Severity(2, "Two"));
            end
            """)
                    .build());
    assertThat(e.problems())
        .anySatisfy(
            p -> {
              assertThat(p.file()).isEqualTo("unknown.drl");
              assertThat(p.line()).isEqualTo(7);
              assertThat(p.message()).contains("NoSuchFact");
            });
  }

  @Test
  void wrongFieldTypeIsReported() {
    SlaRulesException e =
        catchThrowableOfType(
            SlaRulesException.class,
            () ->
                Rulesets.drl("x")
                    .text(
                        "types.drl",
                        HEADER
                            + """
            rule "Wrong type"
            when
                PolicyFacts( production == "yes", nosuchfield == 3 )
            then
                insert(new Severity(2, "Two"));
            end
            """)
                    .build());
    assertThat(e.problems())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.file()).isEqualTo("types.drl"));
    assertThat(e.getMessage()).contains("types.drl:");
  }

  @Test
  void consequenceFailureNamesRuleAndFile() {
    Ruleset r =
        Rulesets.drl("npe")
            .text(
                "npe.drl",
                HEADER
                    + """
        rule "Dereferences nothing"
            @clause("NPE-1")
        when
            $f : PolicyFacts()
        then
            String s = null;
            decision.warning("NPE", s.trim());
        end
        """)
            .build();
    assertThatThrownBy(() -> r.decide(given("npe", "X").facts()))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("ruleset npe failed on case CASE-T")
        .hasMessageContaining(
            "npe.drl: rule \"Dereferences nothing\": consequence failed: java.lang.NullPointerException");
  }

  @Test
  void classCastInAConsequenceIsReported() {
    Ruleset r =
        Rulesets.drl("cce")
            .text(
                "cce.drl",
                HEADER
                    + """
        rule "Casts badly"
        when
            $f : PolicyFacts()
        then
            Object o = $f.caseId();
            Integer i = (Integer) o;
        end
        """)
            .build();
    assertThatThrownBy(() -> r.decide(given("cce", "X").facts()))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("rule \"Casts badly\"")
        .hasMessageContaining("ClassCastException");
  }

  @Test
  void noSeverityIsReported() {
    Ruleset r =
        Rulesets.drl("none")
            .text(
                "none.drl",
                HEADER
                    + """
        rule "Does nothing"
        when
            PolicyFacts()
        then
        end
        """)
            .build();
    assertThatThrownBy(() -> r.decide(given("none", "X").facts()))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("no rule decided a severity");
  }

  @Test
  void twoSeveritiesAreReportedWithBoth() {
    Ruleset r =
        Rulesets.drl("two")
            .text(
                "two.drl",
                HEADER
                    + """
        rule "Inserts two"
        when
            PolicyFacts()
        then
            insert(new Severity(1, "One"));
            insert(new Severity(2, "Two"));
        end
        """)
            .build();
    // both facts named, in either order (working memory's order is Drools' own)
    assertThatThrownBy(() -> r.decide(given("two", "X").facts()))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("several severities were left: [")
        .hasMessageContaining("Severity[level=1, name=One]")
        .hasMessageContaining("Severity[level=2, name=Two]");
  }

  @Test
  void loopingRulesAreStopped() {
    Ruleset r =
        Rulesets.drl("loop")
            .text(
                "loop.drl",
                HEADER
                    + """
        rule "Loops"
        when
            $s : Severity()
        then
            delete($s);
            insert(new Severity($s.level(), $s.name()));
        end
        rule "Start"
        when
            PolicyFacts()
        then
            insert(new Severity(1, "One"));
        end
        """)
            .build();
    assertThatThrownBy(() -> r.decide(given("loop", "X").facts()))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("without settling");
  }

  @Test
  void emptyFolderIsReported(@TempDir Path dir) {
    assertThatThrownBy(() -> Rulesets.drl("empty").path(dir).build())
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("no .drl file");
  }

  @Test
  void aDrlThatDoesNotCompileLogsNothing() {
    // Quiet by default: the problems come in our exception, not as Drools' own log lines first
    // (slf4j-simple, on this module's test class path, writes them to System.err).
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      assertThatThrownBy(
              () ->
                  Rulesets.drl("quiet")
                      .text(
                          "quiet.drl",
                          HEADER
                              + """
          rule "Broken"
          when
          then
              insert(
          end
          """)
                      .build())
          .isInstanceOf(SlaRulesException.class);
    } finally {
      System.setErr(err);
    }
    assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
  }
}
