package io.github.slakit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.examples.BatchFuzz.Line;
import io.github.slakit.examples.BatchFuzz.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sample of the fuzz batch through the shaded jar in its own JVM: the exit status as
 * documented, and on stderr the summary alone, no stack trace.
 */
class BatchFuzzJarIT {
  @TempDir Path dir;

  @Test
  void theJarAnswersEveryLineAndPrintsNoStackTrace() throws Exception {
    long seed = BatchFuzzTest.seed() + 1;
    int count = Math.min(BatchFuzzTest.lines(), 800);
    BatchFuzzTest.withSeed(
        seed,
        count,
        () -> {
          List<Line> lines = BatchFuzz.generate(seed, count, 1);
          Path file = dir.resolve("fuzz.jsonl");
          Files.write(file, BatchFuzz.file(lines, seed));
          HarnessJarIT.Bytes r =
              HarnessJarIT.bytesIn(dir, "evaluate", "--batch", file.toString(), "--threads", "2");
          Outcome outcome = BatchFuzz.check(lines, r.out(), "fuzz.jsonl");
          String err = new String(r.err(), StandardCharsets.UTF_8);
          assertThat(err).doesNotContain("\tat ").doesNotContain("Exception in thread");
          assertThat(err.lines())
              .as("stderr")
              .singleElement()
              .asString()
              .startsWith(BatchFuzz.summary(file.toString(), count, outcome) + " in ");
          assertThat(r.status()).as("exit status").isEqualTo(outcome.status());
        });
  }

  @Test
  void theJarAnswersEveryStatusLine() throws Exception {
    long seed = BatchFuzzTest.seed() + 3;
    int count = Math.min(BatchFuzzTest.lines(), 400);
    BatchFuzzTest.withSeed(
        seed,
        count,
        () -> {
          List<Line> lines = BatchFuzz.generate(BatchFuzz.Mode.STATUS, seed, count, 1);
          Path file = dir.resolve("status-fuzz.jsonl");
          Files.write(file, BatchFuzz.file(lines, seed));
          HarnessJarIT.Bytes r =
              HarnessJarIT.bytesIn(dir, "status", "--batch", file.toString(), "--threads", "2");
          Outcome outcome =
              BatchFuzz.check(BatchFuzz.Mode.STATUS, lines, r.out(), "status-fuzz.jsonl");
          String err = new String(r.err(), StandardCharsets.UTF_8);
          assertThat(err).doesNotContain("\tat ").doesNotContain("Exception in thread");
          assertThat(err.lines())
              .as("stderr")
              .singleElement()
              .asString()
              .startsWith(
                  BatchFuzz.summary(BatchFuzz.Mode.STATUS, file.toString(), count, outcome)
                      + " in ");
          assertThat(r.status()).as("exit status").isEqualTo(outcome.status());
        });
  }
}
