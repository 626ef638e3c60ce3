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
import java.util.Locale;

/**
 * {@code evaluate --batch}: one output line per input line, in input order, in bounded memory.
 *
 * <p>Each line is read as bytes ({@link LineReader}) and decoded on its own as strict UTF-8, so a
 * bad line costs that line only. A line that gives no decision (too long, not UTF-8, blank,
 * refused by {@link SlaJson#readRequest}, refused or failed by the engine) gives an error line
 * {@code {"line": N, "error": "FILE:N: ..."}}. Whatever one decision throws becomes its line's
 * error line, except {@link VirtualMachineError}s other than {@link StackOverflowError} (out of
 * memory, a broken JVM): after those the process cannot be trusted to go on, so the batch stops;
 * what was written is flushed either way. An exception that is neither bad input nor failing rules
 * is a bug, reported as {@code internal error: CLASS: MESSAGE} on its line.
 *
 * <p>Memory does not grow with the batch: one line is read, evaluated and written at a time.
 */
final class Batch {
  /** Nanoseconds between two progress lines (and two checks that the output can be written). */
  static final long TICK_NANOS = 1_000_000_000L;

  /** What came of one line. */
  enum Kind { DECISION, ERROR, INTERNAL_ERROR }

  /** One output line, UTF-8 with its {@code \n}. */
  record Result(byte[] line, Kind kind) {}

  /**
   * How to run: whether error lines still exit 0, whether to show progress, and how often (in
   * nanoseconds) to show it and check that the output can be written.
   */
  record Settings(boolean allowErrors, boolean progress, long tickNanos) {
    Settings(boolean allowErrors, boolean progress) {
      this(allowErrors, progress, TICK_NANOS);
    }
  }

  /** What decides a request: {@link SlaEngine#evaluate}. */
  @FunctionalInterface
  interface Decider {
    Decision evaluate(SupportCase supportCase, Subscription subscription);
  }

  private final Decider engine;
  private final String name;
  private final String source;
  private final Settings settings;
  private final PrintStream out;
  private final PrintStream err;

  private long lines;
  private long decisions;
  private long errors;
  private long internalErrors;
  private final long started = System.nanoTime();
  private long lastTick = started;
  private boolean progressShown;

  /**
   * @param name the batch file as given on the command line, for messages on stderr
   * @param source the name error lines start with ({@code cases.jsonl}, as {@code cases.jsonl:3:})
   */
  Batch(Decider engine, String name, String source, Settings settings, PrintStream out,
      PrintStream err) {
    this.engine = engine;
    this.name = name;
    this.source = source;
    this.settings = settings;
    this.out = out;
    this.err = err;
  }

  /** Evaluates every line of {@code in}; returns the exit status. */
  int run(InputStream in) {
    LineReader reader = new LineReader(in);
    String stopped;
    boolean returned = false;
    try {
      stopped = sequential(reader);
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
      err.println(Messages.oneLine("evaluate: " + name + ": " + stopped));
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
        return unreadable(e);
      }
      if (line == null) {
        return null;
      }
      write(evaluate(line));
      if (line.endless()) {
        return endless(line);
      }
      String failed = tick();
      if (failed != null) {
        return failed;
      }
    }
  }

  private void write(Result r) {
    out.write(r.line(), 0, r.line().length);
    lines++;
    switch (r.kind()) {
      case DECISION -> decisions++;
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
    lastTick = now;
    if (out.checkError()) {
      return "the output cannot be written; stopped after line " + lines;
    }
    if (settings.progress()) {
      err.print("\r" + counts() + String.format(Locale.ROOT, ", %,.0f lines/s   ",
          lines / seconds(now)));
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

  private String unreadable(IOException e) {
    return "cannot be read after line " + lines + " (" + e.getMessage() + ")";
  }

  private static String endless(LineReader.Line line) {
    return "line " + line.number() + " has no end within its first "
        + (LineReader.MAX_SKIP_BYTES >> 20) + " MiB; the rest of the input is not read";
  }

  private String summary() {
    return counts() + String.format(Locale.ROOT, " in %.1f s", seconds(System.nanoTime()));
  }

  private String counts() {
    String s = "evaluate: " + name + ": " + count(lines, "line") + ", " + count(decisions, "decision")
        + ", " + count(errors, "error line");
    return internalErrors == 0 ? s : s + " (" + count(internalErrors, "internal error") + ")";
  }

  private static String count(long n, String what) {
    return String.format(Locale.ROOT, "%,d %s%s", n, what, n == 1 ? "" : "s");
  }

  private double seconds(long now) {
    return Math.max(1, now - started) / 1e9;
  }

  /** The output line of one input line: its decision, or its error line. */
  Result evaluate(LineReader.Line line) {
    String where = source + ":" + line.number() + ": ";
    if (line.tooLong()) {
      return error(line, Kind.ERROR, where + (line.endless()
          ? "the line has no end within its first " + (LineReader.MAX_SKIP_BYTES >> 20) + " MiB"
          : String.format(Locale.ROOT, "the line is longer than 1 MiB (%,d bytes): %,d bytes",
              LineReader.MAX_LINE_BYTES, line.length())));
    }
    String text;
    try {
      text = InputFiles.decode(line.bytes(), 0, line.bytes().length);
    } catch (InputFiles.NotUtf8 e) {
      return error(line, Kind.ERROR, where + "the line is not valid UTF-8 at byte offset "
          + e.offset + " (counted from 0)");
    }
    if (line.number() == 1 && text.startsWith("\uFEFF")) {
      text = text.substring(1); // a byte order mark, as some editors write
    }
    if (text.isBlank()) {
      return error(line, Kind.ERROR, where + "blank line: no request");
    }
    SlaJson.Request request;
    try {
      request = SlaJson.readRequest(text, source + ":" + line.number());
    } catch (SlaException | CalendarException | IllegalArgumentException e) {
      return refused(line, where, e);
    } catch (Throwable e) {
      return unexpected(line, where, e);
    }
    try {
      Decision decision = engine.evaluate(request.supportCase(), request.subscription());
      return new Result(utf8(SlaJson.writeLine(decision)), Kind.DECISION);
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

  private static byte[] utf8(String json) {
    return (Messages.jsonSafe(json) + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
