package io.github.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rules exception crosses a serialization boundary (a remote call, a Flink job's failure report)
 * with its problems and message.
 */
class SlaRulesExceptionTest {
  @Test
  void itSerializesWithItsProblems() throws IOException, ClassNotFoundException {
    SlaRulesException sent =
        new SlaRulesException(
            "ruleset acme does not compile (2 errors)",
            List.of(
                new SlaRulesException.Problem("acme.drl", 20, 32, "", "\"many\" is not a number"),
                new SlaRulesException.Problem("", 0, 0, "Gold", "division by zero")),
            new ArithmeticException("/ by zero"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(sent);
    }
    Object got;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      got = in.readObject();
    }
    assertThat(got).isInstanceOf(SlaRulesException.class);
    SlaRulesException e = (SlaRulesException) got;
    assertThat(e.problems()).isEqualTo(sent.problems());
    assertThat(e.getMessage())
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                "ruleset acme does not compile (2 errors)",
                "  acme.drl:20:32: \"many\" is not a number",
                "  rule \"Gold\": division by zero"));
    assertThat(e.getCause()).isInstanceOf(ArithmeticException.class).hasMessage("/ by zero");
  }
}
