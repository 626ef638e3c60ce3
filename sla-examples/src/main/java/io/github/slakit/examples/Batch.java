package io.github.slakit.examples;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.slakit.calendars.CalendarException;
import io.github.slakit.core.Decision;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaException;
import io.github.slakit.core.SlaJson;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@code evaluate --batch} and {@code status --batch}: one output line per input line, in input
 * order, in bounded memory. What a line means is the {@link Job}'s: a request read from the line's
 * text, answered with one line of JSON (a decision, a status).
 *
 * <p>Each line is read as bytes ({@link LineReader}) and decoded on its own as strict UTF-8, so a
 * bad line costs that line only. A line that gives no answer (too long, not UTF-8, blank, refused
 * by the job's reader, refused or failed by the engine) gives an error line {@code {"line": N,
 * "error": "FILE:N: ..."}}. Whatever one answer throws becomes its line's error line, except
 * {@link VirtualMachineError}s other than {@link StackOverflowError} (out of memory, a broken JVM):
 * after those the process cannot be trusted to go on, so the batch stops; what was written is
 * flushed either way. An exception that is neither bad input nor failing rules is a bug, reported
 * as {@code internal error: CLASS: MESSAGE} on its line.
 *
 * <p>With more than one thread, workers answer chunks of {@link #LINES_PER_CHUNK} lines while
 * this thread reads and writes: at most {@link #CHUNKS_IN_FLIGHT_PER_THREAD} chunks per thread
 * (256 lines) and about {@link #BYTES_IN_FLIGHT} bytes of input are read ahead of the chunk being
 * written, so memory does not grow with the batch. Each line's output depends on that line
 * alone, so the output is the same bytes for any number of threads.
 */
final class Batch {
  /** Lines a worker takes at a time. */
  static final int LINES_PER_CHUNK = 64;

  /** Input bytes after which a chunk is handed over even if it has fewer lines. */
  static final long CHUNK_BYTES = 1L << 20;

  /** Chunks read ahead of the one being written, per thread. */
  static final int CHUNKS_IN_FLIGHT_PER_THREAD = 4;

  /** Input bytes read ahead of the chunk being written (one chunk is always allowed). */
  static final long BYTES_IN_FLIGHT = 32L << 20;

  /** Nanoseconds between two progress lines (and two checks that the output can be written). */
  static final long TICK_NANOS = 1_000_000_000L;

  /** What came of one line. */
  enum Kind {
    ANSWER,
    ERROR,
    INTERNAL_ERROR
  }

  /** One output line, UTF-8 with its {@code \n}. */
  record Result(byte[] line, Kind kind) {}

  /**
   * How to run: threads, whether error lines still exit 0, whether to show progress, and how
   * often (in nanoseconds) to show it and check that the output can be written.
   */
  record Settings(int threads, boolean allowErrors, boolean progress, long tickNanos) {
    Settings(int threads, boolean allowErrors, boolean progress) {
      this(threads, allowErrors, progress, TICK_NANOS);
    }
  }

  /** What decides a request: {@link SlaEngine#evaluate}. */
  @FunctionalInterface
  interface Decider {
    Decision evaluate(SupportCase supportCase, Subscription subscription);
  }

  /**
   * What a batch does with a line: reads a request from its text, then answers it with one line
   * of JSON. Reading may refuse the line ({@link SlaException}, {@link CalendarException}, {@link
   * IllegalArgumentException}); answering may refuse it or fail the rules ({@link SlaException},
   * {@link CalendarException}); anything else is a bug. Both are called from several threads at
   * once.
   *
   * @param command the command, which messages on stderr start with: {@code evaluate}
   * @param answer what one answer is called in the summary: {@code decision}
   * @param answers the same, more than one: {@code decisions}
   * @param reader the request of a line's text; the source it is given ({@code cases.jsonl:3})
   *     starts its errors
   * @param writer the answer to a request, as one line of JSON in UTF-8 with its line break;
   *     {@link #text} makes one of a writer of text
   * @param <R> the request a line holds
   */
  record Job<R>(
      String command,
      String answer,
      String answers,
      BiFunction<String, String, R> reader,
      Function<R, byte[]> writer) {

    /** The writer of a job that answers with text: one line of JSON without its line break. */
    static <R> Function<R, byte[]> text(Function<R, String> writer) {
      return r -> utf8(writer.apply(r));
    }
  }

  /** {@code evaluate --batch}: each line a {@code {"case", "subscription"}} request, decided. */
  static Job<SlaJson.Request> decisions(Decider engine) {
    return new Job<>(
        "evaluate",
        "decision",
        "decisions",
        SlaJson::readRequest,
        r -> SlaJson.writeLineUtf8(engine.evaluate(r.supportCase(), r.subscription())));
  }

  private final Job<?> job;
  private final String name;
  private final String source;
  private final Settings settings;
  private final PrintStream out;
  private final PrintStream err;

  private long lines;
  private long answers;
  private long errors;
  private long internalErrors;
  private final long started = System.nanoTime();
  private long lastTick = started;
  private long linesAtTick;
  private boolean progressShown;

  /** {@code evaluate --batch}: every line decided by {@code engine}. */
  Batch(
      Decider engine,
      String name,
      String source,
      Settings settings,
      PrintStream out,
      PrintStream err) {
    this(decisions(engine), name, source, settings, out, err);
  }

  /**
   * @param job what a line holds and how it is answered
   * @param name the batch file as given on the command line, for messages on stderr
   * @param source the name error lines start with ({@code cases.jsonl}, as {@code cases.jsonl:3:})
   */
  Batch(
      Job<?> job, String name, String source, Settings settings, PrintStream out, PrintStream err) {
    this.job = job;
    this.name = name;
    this.source = source;
    this.settings = settings;
    this.out = out;
    this.err = err;
  }

  /** Answers every line of {@code in}; returns the exit status. */
  int run(InputStream in) {
    LineReader reader = new LineReader(in);
    String stopped;
    boolean returned = false;
    try {
      stopped = settings.threads() <= 1 ? sequential(reader) : parallel(reader);
      returned = true;
    } finally {
      out.flush();
      clearProgress();
      if (!returned) { // a fatal error on its way up: still say how far the batch came
        err.println(Messages.oneLine(summary()));
      }
    }
    if (stopped == null && out.checkError()) {
      stopped = "the output cannot be written";
    }
    if (stopped != null) {
      err.println(Messages.oneLine(job.command() + ": " + name + ": " + stopped));
    }
    err.println(Messages.oneLine(summary()));
    if (internalErrors > 0) {
      return Harness.INTERNAL_ERROR;
    }
    if (stopped != null) {
      return Harness.BAD_INPUT;
    }
    return errors > 0 && !settings.allowErrors() ? Harness.ERROR_LINES : Harness.OK;
  }

  /** One line at a time on this thread; returns why it stopped early, or null. */
  private String sequential(LineReader reader) {
    while (true) {
      LineReader.Line line;
      try {
        line = reader.next();
      } catch (IOException e) {
        return unreadable(reader, e);
      }
      if (line == null) {
        return null;
      }
      write(answer(line));
      if (line.endless()) {
        return endless(line);
      }
      String failed = tick();
      if (failed != null) {
        return failed;
      }
    }
  }

  /** Lines answered together by one worker, in order. */
  private record Chunk(Future<Evaluated> results, long bytes) {}

  /**
   * What came of a chunk: a result for each line up to the end, or up to the line whose fatal
   * error (out of memory) stopped the worker, which goes on up once these are written.
   */
  private record Evaluated(List<Result> results, VirtualMachineError fatal) {}

  /**
   * Workers answer chunks of lines while this thread reads, and writes the chunks in input
   * order as they are done; returns why the batch stopped early, or null.
   */
  private String parallel(LineReader reader) {
    int threads = settings.threads();
    AtomicInteger count = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread t = new Thread(task, "slakit-batch-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    ArrayDeque<Chunk> inFlight = new ArrayDeque<>();
    int window = CHUNKS_IN_FLIGHT_PER_THREAD * threads;
    List<LineReader.Line> chunk = new ArrayList<>(LINES_PER_CHUNK);
    long chunkBytes = 0;
    String stopped = null;
    try {
      while (true) {
        LineReader.Line line;
        try {
          line = reader.next();
        } catch (IOException e) {
          stopped = unreadable(reader, e);
          break;
        }
        if (line == null) {
          break;
        }
        chunk.add(line);
        chunkBytes += line.tooLong() ? 0 : line.bytes().length;
        if (line.endless()) {
          stopped = endless(line);
          break;
        }
        if (chunk.size() == LINES_PER_CHUNK || chunkBytes >= CHUNK_BYTES) {
          submit(pool, inFlight, window, chunk, chunkBytes);
          chunk = new ArrayList<>(LINES_PER_CHUNK);
          chunkBytes = 0;
        }
        while (!inFlight.isEmpty() && inFlight.peek().results().isDone()) {
          writeNext(inFlight);
        }
        String failed = tick();
        if (failed != null) {
          return failed; // the output is gone: nothing more to write
        }
      }
      if (!chunk.isEmpty()) {
        submit(pool, inFlight, window, chunk, chunkBytes);
      }
      while (!inFlight.isEmpty()) {
        writeNext(inFlight);
      }
      return stopped;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Hands a chunk to the workers once there is room: fewer than {@code window} chunks and at
   * most {@link #BYTES_IN_FLIGHT} bytes of input in flight, writing the oldest until there is.
   */
  private void submit(
      ExecutorService pool,
      ArrayDeque<Chunk> inFlight,
      int window,
      List<LineReader.Line> lines,
      long bytes) {
    long inFlightBytes = inFlight.stream().mapToLong(Chunk::bytes).sum();
    while (!inFlight.isEmpty()
        && (inFlight.size() >= window || inFlightBytes + bytes > BYTES_IN_FLIGHT)) {
      inFlightBytes -= writeNext(inFlight);
    }
    inFlight.add(
        new Chunk(
            pool.submit(
                () -> {
                  List<Result> results = new ArrayList<>(lines.size());
                  try {
                    for (LineReader.Line l : lines) {
                      results.add(answer(l));
                    }
                  } catch (VirtualMachineError e) {
                    return new Evaluated(results, e);
                  }
                  return new Evaluated(results, null);
                }),
            bytes));
  }

  /** Waits for the oldest chunk in flight and writes it; returns its input size. */
  private long writeNext(ArrayDeque<Chunk> inFlight) {
    Chunk next = inFlight.poll();
    boolean interrupted = false;
    try {
      while (true) {
        try {
          Evaluated done = next.results().get();
          done.results().forEach(this::write);
          if (done.fatal() != null) {
            throw done.fatal();
          }
          return next.bytes();
        } catch (InterruptedException e) {
          interrupted = true; // the chunk is written all the same; the flag is restored below
        } catch (ExecutionException e) {
          // the task catches what answer() lets through: this is a fault of the pool itself
          Throwable cause = e.getCause();
          if (cause instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void write(Result r) {
    out.write(r.line(), 0, r.line().length);
    lines++;
    switch (r.kind()) {
      case ANSWER -> answers++;
      case ERROR -> errors++;
      case INTERNAL_ERROR -> {
        errors++;
        internalErrors++;
      }
    }
  }

  /**
   * At most once a second: checks that the output can still be written, and shows progress when
   * asked. Returns why the batch must stop, or null.
   */
  private String tick() {
    long now = System.nanoTime();
    if (now - lastTick < settings.tickNanos()) {
      return null;
    }
    double perSecond = (lines - linesAtTick) / ((now - lastTick) / 1e9);
    lastTick = now;
    linesAtTick = lines;
    if (out.checkError()) {
      return "the output cannot be written; stopped after line " + lines;
    }
    if (settings.progress()) {
      // short enough for 80 columns: the file's name is in the summary
      err.print(
          "\r"
              + job.command()
              + ": "
              + count(lines, "line", "lines")
              + ", "
              + count(answers, job.answer(), job.answers())
              + ", "
              + count(errors, "error line", "error lines")
              + String.format(Locale.ROOT, ", %,.0f lines/s   ", perSecond));
      err.flush();
      progressShown = true;
    }
    return null;
  }

  private void clearProgress() {
    if (progressShown) {
      err.print("\r" + " ".repeat(79) + "\r");
      err.flush();
    }
  }

  private static String unreadable(LineReader reader, IOException e) {
    return "cannot be read after line " + reader.lines() + " (" + e.getMessage() + ")";
  }

  private static String endless(LineReader.Line line) {
    return "line "
        + line.number()
        + " has no end within its first "
        + (LineReader.MAX_SKIP_BYTES >> 20)
        + " MiB; the rest of the input is not read";
  }

  private String summary() {
    return counts() + String.format(Locale.ROOT, " in %.1f s", seconds(System.nanoTime()));
  }

  private String counts() {
    String s =
        job.command()
            + ": "
            + name
            + ": "
            + count(lines, "line", "lines")
            + ", "
            + count(answers, job.answer(), job.answers())
            + ", "
            + count(errors, "error line", "error lines");
    return internalErrors == 0
        ? s
        : s + " (" + count(internalErrors, "internal error", "internal errors") + ")";
  }

  private static String count(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }

  private double seconds(long now) {
    return Math.max(1, now - started) / 1e9;
  }

  /**
   * The output line of one input line: its answer, or its error line. Depends on the line alone
   * (and the job), never on the thread or on other lines.
   */
  Result answer(LineReader.Line line) {
    String at = source + ":" + line.number();
    String where = at + ": ";
    if (line.tooLong()) {
      return error(
          line,
          Kind.ERROR,
          where
              + (line.endless()
                  ? "the line has no end within its first "
                      + (LineReader.MAX_SKIP_BYTES >> 20)
                      + " MiB"
                  : String.format(
                      Locale.ROOT,
                      "the line is longer than 1 MiB (%,d bytes): %,d bytes",
                      LineReader.MAX_LINE_BYTES,
                      line.length())));
    }
    String text;
    try {
      text = InputFiles.decode(line.bytes(), 0, line.bytes().length);
    } catch (InputFiles.NotUtf8 e) {
      return error(
          line,
          Kind.ERROR,
          where + "the line is not valid UTF-8 at byte offset " + e.offset + " (counted from 0)");
    }
    if (line.number() == 1 && text.startsWith("\uFEFF")) {
      text = text.substring(1); // a byte order mark, as some editors write
    }
    if (text.isBlank()) {
      return error(line, Kind.ERROR, where + "blank line: no request");
    }
    return answer(job, text, line, at);
  }

  /** The answer of a line's text, or its error line; {@code at} is {@code FILE:N}. */
  private static <R> Result answer(Job<R> job, String text, LineReader.Line line, String at) {
    String where = at + ": ";
    R request;
    try {
      request = job.reader().apply(text, at);
    } catch (SlaException | CalendarException | IllegalArgumentException e) {
      return refused(line, where, e);
    } catch (Throwable e) {
      return unexpected(line, where, e);
    }
    try {
      return new Result(job.writer().apply(request), Kind.ANSWER);
    } catch (SlaException | CalendarException e) {
      return refused(line, where, e);
    } catch (Throwable e) {
      return unexpected(line, where, e);
    }
  }

  /**
   * The error line of a failure that is a bug; a {@link VirtualMachineError} other than a stack
   * overflow (out of memory, a broken JVM) goes on up and stops the batch.
   */
  private static Result unexpected(LineReader.Line line, String where, Throwable e) {
    if (e instanceof VirtualMachineError vm && !(e instanceof StackOverflowError)) {
      throw vm;
    }
    return error(line, Kind.INTERNAL_ERROR, where + Messages.internal(e));
  }

  /** The error line of input the library refused, or of rules that failed on it. */
  private static Result refused(LineReader.Line line, String where, RuntimeException e) {
    String message = Messages.of(e);
    return error(line, Kind.ERROR, message.startsWith(where) ? message : where + message);
  }

  private static Result error(LineReader.Line line, Kind kind, String message) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("line", line.number());
    o.put("error", message);
    return new Result(utf8(o.toString()), kind);
  }

  /**
   * The line's bytes: the JSON text in UTF-8 and its line break. A text of ASCII only, what most
   * answers and error lines are, is copied in one pass; any other goes through {@link
   * Messages#jsonSafe}, which escapes an unpaired surrogate instead of letting UTF-8 turn it into
   * a question mark.
   */
  static byte[] utf8(String json) {
    int n = json.length();
    byte[] bytes = new byte[n + 1];
    for (int i = 0; i < n; i++) {
      char c = json.charAt(i);
      if (c >= 0x80) {
        return (Messages.jsonSafe(json) + "\n").getBytes(StandardCharsets.UTF_8);
      }
      bytes[i] = (byte) c;
    }
    bytes[n] = '\n';
    return bytes;
  }
}
