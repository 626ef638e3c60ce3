package io.github.slakit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shaded jar run in its own JVM, as the README tells a user to run it. */
class HarnessJarIT {

  record Run(int status, String out, String err) {}

  static Run java(String... args) throws IOException, InterruptedException {
    return javaIn(Path.of("."), args);
  }

  /** Runs the jar in its own JVM with {@code dir} as the working directory. */
  static Run javaIn(Path dir, String... args) throws IOException, InterruptedException {
    Bytes b = bytesIn(dir, args);
    return new Run(
        b.status(),
        new String(b.out(), StandardCharsets.UTF_8),
        new String(b.err(), StandardCharsets.UTF_8));
  }

  /** What a run wrote, as bytes. */
  record Bytes(int status, byte[] out, byte[] err) {}

  /** Runs the jar in its own JVM with {@code dir} as the working directory; output as bytes. */
  static Bytes bytesIn(Path dir, String... args) throws IOException, InterruptedException {
    return bytesIn(dir, null, args);
  }

  /** The same, with standard input read from {@code stdin} (none when null). */
  static Bytes bytesIn(Path dir, Path stdin, String... args)
      throws IOException, InterruptedException {
    Path jar =
        Path.of(System.getProperty("harness.jar", "target/slakit-examples.jar")).toAbsolutePath();
    assertThat(jar).exists();
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString()));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("harness", ".out");
    Path err = Files.createTempFile("harness", ".err");
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    if (stdin != null) {
      pb.redirectInput(stdin.toFile());
    }
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the harness finishes").isTrue();
    Bytes b = new Bytes(p.exitValue(), Files.readAllBytes(out), Files.readAllBytes(err));
    Files.delete(out);
    Files.delete(err);
    return b;
  }

  @Test
  void readmeCommandPrintsTheDeadline() throws Exception {
    // Chuseok 2026 is Thu 24 - Sat 26 September: 1 h on Wednesday, the second on Monday 09:00-10:00
    // KST.
    Run r =
        java(
            "calendar",
            "add",
            "--country",
            "KR",
            "--from",
            "2026-09-23T17:00:00+09:00",
            "--duration",
            "PT2H");
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(r.out().strip()).isEqualTo("2026-09-28T01:00:00Z");
  }

  @Test
  void demoRunsInAFreshJvmWithNothingOnStderr() throws Exception {
    Run r = java("demo");
    // no logging noise either: the harness binds SLF4J at WARN
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("slakit demo: ").contains("veeam BASIC");
  }

  @Test
  void badInputExitsTwoWithOneLineOnStderr() throws Exception {
    Path bad = Files.createTempFile("calendar", ".json");
    Files.writeString(bad, "{\"zone\":\"UTC\",\"weekly\":{\"MON\":[\"25:00-26:00\"]}}");
    Run r =
        java("calendar", "next-open", "--calendar", bad.toString(), "--at", "2026-03-06T17:30:00Z");
    Files.delete(bad);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines())
        .containsExactly(bad + ": weekly.MON[0]: \"25:00-26:00\" is not a time window");
  }

  @Test
  void noArgumentsPrintsUsageAndExitsTwo() throws Exception {
    Run r = java();
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("usage: java -jar slakit-examples.jar");
  }

  @Test
  void versionIsTheProjectVersion() throws Exception {
    Run r = java("--version");
    assertThat(r.status()).isZero();
    assertThat(r.out().strip())
        .isEqualTo("slakit-examples " + System.getProperty("project.version"));
  }

  @Test
  void aDrlThatDoesNotCompileIsOneLineOnStderrWithoutDroolsLogging() throws Exception {
    Path examples = Path.of("..", "examples").toAbsolutePath().normalize();
    Path broken = Path.of("src", "test", "resources", "evaluate", "broken.drl").toAbsolutePath();
    Run r =
        java(
            "evaluate",
            "--case",
            examples.resolve("acme-case.json").toString(),
            "--subscription",
            examples.resolve("acme-subscription.json").toString(),
            "--rules",
            broken.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    // the compiler's errors, each with its file, line and column, on the one line
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .startsWith("ruleset broken does not compile")
        .contains(broken + ":7:");
  }

  @Test
  void anEndlessBatchLineEndsQuicklyWithItsErrorLine() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");
    long start = System.nanoTime();
    Run r = java("evaluate", "--batch", "/dev/zero");
    assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(30);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out())
        .isEqualTo(
            "{\"line\":1,\"error\":\"zero:1: the line has no end within its first 64 MiB\"}\n");
    List<String> err = r.err().lines().toList();
    assertThat(err).hasSize(2);
    assertThat(err.get(0))
        .isEqualTo(
            "evaluate: /dev/zero: line 1 has no end within its first 64 MiB; the rest of the input is not read");
    assertThat(err.get(1)).startsWith("evaluate: /dev/zero: 1 line, 0 decisions, 1 error line in ");
  }

  @Test
  void anEndlessCaseFileIsRefusedAtOnce() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");
    long start = System.nanoTime();
    Run r = java("evaluate", "--case", "/dev/zero", "--subscription", "/dev/zero");
    assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(30);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "/dev/zero: larger than 1 MiB (1,048,576 bytes), the most a --case file may hold\n");
  }

  @Test
  void statusPrintsTheClocksOfTheExample() throws Exception {
    Path examples = Path.of("..", "examples").toAbsolutePath().normalize();
    Run r =
        java(
            "status",
            "--case",
            examples.resolve("case.json").toString(),
            "--subscription",
            examples.resolve("subscription.json").toString(),
            "--events",
            examples.resolve("events.json").toString(),
            "--at",
            "2026-03-10T16:00:00+09:00");
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    // docs/JSON.md, "The example, worked out by hand": NEXT_RESPONSE due Tue 18:00 KST
    assertThat(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.out())
                .at("/metrics/1/deadline")
                .asText())
        .isEqualTo("2026-03-10T09:00:00Z");
  }

  @Test
  void aStatusBatchFromStandardInputAnswersEveryLine() throws Exception {
    Path examples = Path.of("..", "examples").toAbsolutePath().normalize();
    Bytes b =
        bytesIn(
            Path.of("."),
            examples.resolve("statuses.jsonl"),
            "status",
            "--batch",
            "-",
            "--threads",
            "2");
    String out = new String(b.out(), StandardCharsets.UTF_8);
    String err = new String(b.err(), StandardCharsets.UTF_8);
    assertThat(b.status()).isEqualTo(1);
    assertThat(out.lines()).hasSize(6);
    assertThat(out.lines().toList().get(1))
        .isEqualTo(
            "{\"line\":2,\"error\":\"stdin:2: events[2].severity: 7 is not a severity (1..4)\"}");
    assertThat(err.lines())
        .singleElement()
        .asString()
        .startsWith("status: stdin: 6 lines, 2 statuses, 4 error lines in ");
  }

  @Test
  void aBadEventsFileExitsTwoWithOneLineNamingFilePathAndValue() throws Exception {
    Path examples = Path.of("..", "examples").toAbsolutePath().normalize();
    Path events = Files.createTempFile("events", ".json");
    Files.writeString(
        events,
        "[{\"type\": \"SEVERITY_CHANGED\", \"at\": \"2026-03-10T15:00:00+09:00\","
            + " \"severity\": 7}]");
    Run r =
        java(
            "status",
            "--case",
            examples.resolve("case.json").toString(),
            "--subscription",
            examples.resolve("subscription.json").toString(),
            "--events",
            events.toString(),
            "--at",
            "2026-03-10T16:00:00+09:00");
    Files.delete(events);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines())
        .containsExactly(events.getFileName() + ": [0].severity: 7 is not a severity (1..4)");
  }
}
