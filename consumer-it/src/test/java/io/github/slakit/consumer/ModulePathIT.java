package io.github.slakit.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The consumer in a JVM of its own, everything on the module path and nothing else: {@code java
 * --module-path ... -m io.github.slakit.consumer/io.github.slakit.consumer.Main}, as a user runs a
 * modular application; no --add-modules, no --add-opens.
 */
class ModulePathIT {

  @Test
  void aNamedModuleRequiringTheRulesRunsWithNoExtraFlag() throws Exception {
    String deps =
        Files.readString(Path.of("target/module-path.txt"), StandardCharsets.UTF_8).strip();
    String modulePath = "target/classes" + File.pathSeparator + deps;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "--module-path",
                    modulePath,
                    "-m",
                    "io.github.slakit.consumer/io.github.slakit.consumer.Main"))
            .redirectErrorStream(false)
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("exit; stderr: " + err).isZero();
    // VEEAM-4: BASIC severity 2, 8 business hours of KR from Wed 23 Sep 2026 15:00 KST across
    // Chuseok -> Mon 28 Sep 14:00 KST
    // Daily turns kim, lee from Monday 21 September 09:00 KST: Monday 28 September 14:00 KST is
    // turn 7, lee's
    assertThat(out.lines())
        .containsExactly(
            "2026-09-28T05:00:00Z",
            "json",
            "io.github.slakit.consumer io.github.slakit.core",
            "lee io.github.slakit.oncall");
  }
}
