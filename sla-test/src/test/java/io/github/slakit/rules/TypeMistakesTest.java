package io.github.slakit.rules;

import static io.github.slakit.rules.DrlLoadingTest.HEADER;
import static io.github.slakit.test.Given.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slakit.core.Ruleset;
import io.github.slakit.core.SlaRulesException;
import java.util.List;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * A DRL constraint of the wrong type, {@code PolicyFacts( visitsUsed == "many" )} ({@code
 * visitsUsed} is an {@code int}): the run-time compiler of custom DRL builds it and every decision
 * that evaluates it fails, while the executable model, which compiles the built-in rulesets at
 * build time ({@link BuiltInCompiler}), refuses it, so such a mistake in a built-in fails the build.
 * A field that does not exist is refused by both.
 */
class TypeMistakesTest {
  static String drl(String constraint) {
    return HEADER
        + """
        rule "Any case: severity 3"
            @clause("T-1")
        when
            PolicyFacts()
        then
            insert(new Severity(3, "Three"));
        end
        rule "Wrong type"
            @clause("T-2")
        when
            PolicyFacts( %s )
        then
            decision.warning("MANY", "many visits");
        end
        """
            .formatted(constraint);
  }

  @Test
  void atRunTimeAnIntComparedWithAStringBuildsAndFailsEveryDecision() {
    Ruleset r = Rulesets.drl("typo").text("typo.drl", drl("visitsUsed == \"many\"")).build();
    assertThatThrownBy(() -> r.decide(given("typo", "ANY").facts()))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("ruleset typo failed on case CASE-T")
        .hasMessageContaining("NumberFormatException: For input string: \"many\"");
  }

  @Test
  void theExecutableModelRefusesItWhenItBuilds() {
    assertThatThrownBy(() -> executableModelErrors(drl("visitsUsed == \"many\"")))
        .isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("\"many\"");
  }

  @Test
  void anUnknownFieldIsACompileErrorEitherWay() {
    String drl = drl("onSiteVisitsUsed == \"many\"");
    assertThatThrownBy(() -> Rulesets.drl("typo").text("typo.drl", drl).build())
        .isInstanceOf(SlaRulesException.class)
        // HEADER is 4 lines and the pattern the 11th line of the text after it
        .hasMessageContaining("typo.drl:15:")
        .hasMessageContaining("onSiteVisitsUsed");
    assertThat(executableModelErrors(drl))
        .singleElement()
        .satisfies(m -> assertThat(m.getText()).contains("onSiteVisitsUsed"));
  }

  @Test
  void theRightTypeBuildsBothWays() {
    String drl = drl("visitsUsed >= 3");
    assertThat(executableModelErrors(drl)).isEmpty();
    Ruleset r = Rulesets.drl("typo").text("typo.drl", drl).build();
    assertThat(r.decide(given("typo", "ANY").facts()).severity().level()).isEqualTo(3);
  }

  private static List<Message> executableModelErrors(String drl) {
    KieServices ks = KieServices.Factory.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    kfs.write("src/main/resources/io/github/slakit/rules/typo.drl", drl);
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
    return builder.getResults().getMessages(Message.Level.ERROR);
  }
}
