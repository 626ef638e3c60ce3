package io.github.slakit.examples;

import io.github.slakit.core.CaseStatus;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaJson;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A status batch whose answers go into a collector instead of onto stdout ({@code report
 * compliance}, {@code status-feed}): every line is read as {@code status --batch} reads it, with
 * the command's {@code --at} in place of the line's own {@code at}, and answered by a status that
 * the workers hand to the collector; an answer writes nothing. The error lines go to stderr, one
 * each, so that stdout holds the collector's JSON alone.
 */
final class Collecting {
  private Collecting() {}

  /**
   * The moment a collecting command asks: {@code --batch} and {@code --at} are required.
   *
   * @param command the command's name, which the messages start with
   * @param batch the command's batch options
   * @param at the command's {@code --at}, or null when not given
   * @return the instant of {@code --at}
   * @throws UsageException when either is missing or {@code --at} is not an instant
   */
  static Instant moment(String command, BatchOptions batch, @Nullable String at) {
    if (!batch.given()) {
      throw new UsageException(command + ": --batch FILE is required");
    }
    if (at == null) {
      throw new UsageException(command + ": --at is required");
    }
    return Options.instant(command, "--at", at);
  }

  /**
   * Runs the batch: each line's status at {@code at} to {@code collector}, the error lines to
   * stderr; the engine is made when the batch starts.
   *
   * @param command the command's name, which the summary and messages start with
   * @param batch the command's batch options
   * @param engineOptions the command's engine options
   * @param at the moment of every status
   * @param harness where the summary and the error lines go
   * @param collector given each line's request and status, from several threads at once
   * @return the batch's exit status
   */
  static int run(
      String command,
      BatchOptions batch,
      EngineOptions engineOptions,
      Instant at,
      Harness harness,
      BiConsumer<SlaJson.StatusRequest, CaseStatus> collector) {
    return batch.run(
        command,
        () -> job(command, engineOptions.engine(), at, collector),
        harness,
        errorsTo(harness.err));
  }

  /** The batch's job: each line's status at {@code at}, given to {@code collector}. */
  private static Batch.Job<SlaJson.StatusRequest> job(
      String command,
      SlaEngine engine,
      Instant at,
      BiConsumer<SlaJson.StatusRequest, CaseStatus> collector) {
    return new Batch.Job<>(
        command,
        "status",
        "statuses",
        (text, source) -> SlaJson.readStatusRequest(text, source, at),
        Batch.Job.text(
            r -> {
              collector.accept(r, engine.status(r.supportCase(), r.subscription(), r.events(), at));
              return "";
            }));
  }

  /** Where the batch writes its lines: answers (empty) dropped, error lines to {@code err}. */
  private static PrintStream errorsTo(PrintStream err) {
    return lines(
        line -> {
          if (line.length > 0) {
            err.write(line, 0, line.length);
            err.write('\n');
          }
        },
        err::flush);
  }

  /** A stream that hands each line it is written, without its {@code \n}, to {@code take}. */
  static PrintStream lines(Consumer<byte[]> take, Runnable flush) {
    return new PrintStream(new LineSink(take, flush), false, StandardCharsets.UTF_8);
  }
}
