package io.github.slakit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.examples.BatchFuzz.Line;
import io.github.slakit.examples.BatchFuzz.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch contract under seeded random input (BatchFuzz): every input line gets exactly one
 * output line, in order, valid JSON, error lines numbered right, no stack trace, the exit status
 * as documented, and the same bytes on any number of threads. {@code -Dfuzz.lines=200000} (and
 * {@code -Dfuzz.seed=N}) for a longer run; a failure names the seed.
 */
class BatchFuzzTest {
  @TempDir Path dir;

  record Bytes(int status, byte[] out, String err) {}

  static Bytes run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        new Harness(
                new PrintStream(out, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(args);
    return new Bytes(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  static long seed() {
    return Long.getLong("fuzz.seed", 20261129L);
  }

  static int lines() {
    return Integer.getInteger("fuzz.lines", 4000);
  }

  /** {@code check} with the seed and size to rerun it in the message of any failure. */
  static void withSeed(long seed, int count, ThrowingRunnable check) throws Exception {
    try {
      check.run();
    } catch (AssertionError e) {
      throw new AssertionError(
          "fuzz seed "
              + seed
              + ", "
              + count
              + " lines (rerun with -Dfuzz.seed="
              + seed
              + " -Dfuzz.lines="
              + count
              + "): "
              + e.getMessage(),
          e);
    }
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void everyLineGetsExactlyOneOutputLine() throws Exception {
    long seed = seed();
    int count = lines();
    withSeed(
        seed,
        count,
        () -> {
          List<Line> lines = BatchFuzz.generate(seed, count, Math.max(2, count / 2000));
          Path file = dir.resolve("fuzz.jsonl");
          Files.write(file, BatchFuzz.file(lines, seed));

          Bytes one = run("evaluate", "--batch", file.toString(), "--threads", "1");
          Outcome outcome = BatchFuzz.check(lines, one.out(), "fuzz.jsonl");
          System.out.println(
              "batch fuzz, seed "
                  + seed
                  + ": "
                  + count
                  + " lines, "
                  + outcome.answers()
                  + " decisions, "
                  + outcome.errors()
                  + " error lines, "
                  + outcome.internalErrors()
                  + " internal");
          assertThat(outcome.answers()).as("decisions").isPositive();
          assertThat(one.status()).as("exit status").isEqualTo(outcome.status());
          assertThat(one.err().lines())
              .as("stderr")
              .singleElement()
              .asString()
              .startsWith(BatchFuzz.summary(file.toString(), count, outcome) + " in ");

          // the same bytes on every core and on three threads; --allow-errors changes the status
          // only
          List<String> more = new ArrayList<>(List.of("evaluate", "--batch", file.toString()));
          assertThat(run(more.toArray(String[]::new)).out())
              .as("default threads")
              .isEqualTo(one.out());
          more.addAll(List.of("--threads", "3", "--allow-errors"));
          Bytes three = run(more.toArray(String[]::new));
          assertThat(three.out()).as("three threads").isEqualTo(one.out());
          assertThat(three.status()).isEqualTo(outcome.internalErrors() > 0 ? 70 : 0);
        });
  }

  /** The same contract for {@code status --batch}, and its lines broken in their events too. */
  @Test
  void everyStatusLineGetsExactlyOneOutputLine() throws Exception {
    long seed = seed() + 2;
    int count = Math.max(1, lines() / 2);
    withSeed(
        seed,
        count,
        () -> {
          List<Line> lines =
              BatchFuzz.generate(BatchFuzz.Mode.STATUS, seed, count, Math.max(1, count / 2000));
          Path file = dir.resolve("status-fuzz.jsonl");
          Files.write(file, BatchFuzz.file(lines, seed));

          Bytes one = run("status", "--batch", file.toString(), "--threads", "1");
          Outcome outcome =
              BatchFuzz.check(BatchFuzz.Mode.STATUS, lines, one.out(), "status-fuzz.jsonl");
          System.out.println(
              "status batch fuzz, random seed "
                  + seed
                  + ": "
                  + count
                  + " lines, "
                  + outcome.answers()
                  + " statuses, "
                  + outcome.errors()
                  + " error lines, "
                  + outcome.internalErrors()
                  + " internal");
          assertThat(outcome.answers()).as("statuses").isPositive();
          assertThat(lines.stream().filter(l -> l.kind() == BatchFuzz.Kind.BAD_EVENT))
              .as("bad events")
              .isNotEmpty();
          assertThat(one.status()).as("exit status").isEqualTo(outcome.status());
          assertThat(one.err().lines())
              .as("stderr")
              .singleElement()
              .asString()
              .startsWith(
                  BatchFuzz.summary(BatchFuzz.Mode.STATUS, file.toString(), count, outcome)
                      + " in ");

          Bytes three =
              run("status", "--batch", file.toString(), "--threads", "3", "--allow-errors");
          assertThat(three.out()).as("three threads").isEqualTo(one.out());
          assertThat(three.status()).isEqualTo(outcome.internalErrors() > 0 ? 70 : 0);
        });
  }
}
