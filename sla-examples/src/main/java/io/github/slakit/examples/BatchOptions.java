package io.github.slakit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * {@code --batch}, {@code --threads} and {@code --allow-errors}, shared by {@code evaluate} and
 * {@code status}: one contract for both batches ({@link Batch}).
 */
final class BatchOptions {
  /** Threads a batch may be given. */
  static final int MAX_THREADS = 256;

  /** The {@code --batch} value that reads standard input. */
  static final String STDIN = "-";

  /** What error lines and messages call standard input. */
  static final String STDIN_NAME = "stdin";

  /** The limits and exit statuses of a batch, for the commands' help. */
  static final String LIMITS =
      ""
          + "  A batch line: at most 1 MiB, not counting its end of line; a longer one gets%n"
          + "  an error line. Lines end at \\n (a \\r before it is dropped); each line is%n"
          + "  strict UTF-8. A line with no end within its first 64 MiB (/dev/zero) gets its%n"
          + "  error line and ends the batch (exit 2).%n"
          + "  --threads N > 1: workers take 64 lines at a time; at most 4 such chunks per%n"
          + "  thread (and about 32 MiB) are read ahead of the chunk being written.%n"
          + "%n"
          + "Exit status:%n"
          + "   0  done; for a batch, every line was answered%n"
          + "   1  a batch with error lines (0 with --allow-errors)%n"
          + "   2  bad input or usage: one message on stderr%n"
          + "  70  internal error (a bug of slakit): one message on stderr; a batch line%n"
          + "      that met one gets its error line, and the batch goes on";

  @Option(
      names = "--batch",
      paramLabel = "FILE.jsonl",
      description = "answer every line of a JSON Lines file instead (- reads standard input)")
  private String file;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "batch: work on N threads (default: one per core; 1 works on this thread "
              + "alone). The output is the same for every N")
  private String threads;

  @Option(
      names = "--allow-errors",
      description = "batch: exit 0 even when some lines are error lines")
  private boolean allowErrors;

  /** The batch's name as error lines give it: the file's name, or {@code stdin}. */
  String name() {
    return file.equals(STDIN) ? STDIN_NAME : InputFiles.name(file);
  }

  /** Whether {@code --batch} was given. */
  boolean given() {
    return file != null;
  }

  /** Refuses {@code --threads} and {@code --allow-errors} without {@code --batch}. */
  void checkAlone(String command) {
    if (threads != null || allowErrors) {
      throw new UsageException(command + ": --threads and --allow-errors go with --batch");
    }
  }

  /**
   * Runs the batch of {@code --batch} (a file, or standard input for {@code -}) with the job
   * {@code job} makes (it builds the engine: called once the options are checked); returns the
   * exit status.
   */
  int run(String command, Supplier<Batch.Job<?>> job, Harness harness) {
    return run(command, job, harness, harness.out);
  }

  /** As {@link #run(String, Supplier, Harness)}, writing the output lines to {@code out}. */
  int run(String command, Supplier<Batch.Job<?>> job, Harness harness, PrintStream out) {
    int n =
        threads == null
            ? Runtime.getRuntime().availableProcessors()
            : Options.integer(command, "--threads", threads, 1, MAX_THREADS);
    Batch.Settings settings = new Batch.Settings(n, allowErrors, harness.console);
    if (file.equals(STDIN)) {
      return new Batch(job.get(), STDIN_NAME, STDIN_NAME, settings, out, harness.err)
          .run(harness.in);
    }
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new UsageException(file + ": is a folder; --batch takes a file");
    }
    Batch.Job<?> j = job.get();
    try (InputStream in = Files.newInputStream(path)) {
      return new Batch(j, file, InputFiles.name(file), settings, out, harness.err).run(in);
    } catch (IOException e) {
      throw InputFiles.unreadable(file, e);
    }
  }
}
