package io.github.slakit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.examples.HarnessJarIT.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code oncall} through the shaded jar, in its own JVM. */
class OncallJarIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void whoIsOnCallFromAFreshJvm() throws Exception {
    // 23:30Z on Sunday 8 March 2026 is 08:30 KST on Monday 9 March: Seoul's week 2, lee.
    Run r =
        HarnessJarIT.javaIn(
            ROOT,
            "oncall",
            "--schedule",
            "examples/follow-the-sun.json",
            "--at",
            "2026-03-08T23:30:00Z");
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("\"person\" : \"lee\"").contains("\"name\" : \"Seoul\"");
  }

  @Test
  void anUnknownFieldIsOneLineNamingTheNearestField() throws Exception {
    Path bad = Files.createTempFile("schedule", ".json");
    Files.writeString(
        bad,
        "{\"id\": \"s\", \"zone\": \"UTC\", \"layers\": [{\"start\": "
            + "\"2026-03-02T09:00\", \"turn\": \"P1D\", \"participant\": [\"a\"]}]}");
    Run r =
        HarnessJarIT.javaIn(
            ROOT, "oncall", "--schedule", bad.toString(), "--at", "2026-03-02T10:00:00Z");
    Files.delete(bad);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            bad.getFileName()
                + ": layers[0]: \"participant\" is not a field of a "
                + "layer; did you mean \"participants\"?\n");
  }
}
