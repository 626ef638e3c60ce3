package io.github.slakit.examples;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.CalendarJson;
import io.github.slakit.core.Decision;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaException;
import io.github.slakit.core.SlaJson;
import io.github.slakit.rules.Rulesets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code evaluate --case F --subscription F [--rules F.drl ...]} prints one decision; {@code
 * evaluate --batch F.jsonl [--rules F.drl ...]} streams one decision line per input line, in input
 * order, in constant memory. A decision does not depend on the moment it is computed (TERM-2), so
 * there is no "now" to give.
 */
final class EvaluateCommand {
  static final String USAGE = String.join("\n",
      "  evaluate --case FILE --subscription FILE [--rules FILE.drl ...] [--calendar FILE ...]",
      "  evaluate --batch FILE.jsonl [--rules FILE.drl ...] [--calendar FILE ...]");

  private EvaluateCommand() {}

  static void run(String[] args, PrintStream out) {
    Options o = Options.parse("evaluate", args, 1,
        Set.of("case", "subscription", "batch", "rules", "calendar"), Set.of("rules", "calendar"));
    SlaEngine engine = engine(o);
    if (o.has("batch")) {
      if (o.has("case") || o.has("subscription")) {
        throw new UsageException("evaluate: give either --batch FILE or --case FILE --subscription FILE");
      }
      batch(engine, Path.of(o.required("batch")), out);
      return;
    }
    var supportCase = SlaJson.readCase(existing(o.required("case")));
    var subscription = SlaJson.readSubscription(existing(o.required("subscription")));
    out.println(SlaJson.write(engine.evaluate(supportCase, subscription)));
  }

  /**
   * The built-in rulesets plus every {@code --rules} file or folder, every {@code --calendar} file
   * registered under its id (for subscriptions that name a calendar).
   */
  static SlaEngine engine(Options o) {
    SlaEngine.Builder b = SlaEngine.builder().rulesets(Rulesets.builtIn());
    for (String r : o.all("rules")) {
      b.ruleset(Rulesets.fromPath(existing(r)));
    }
    for (String c : o.all("calendar")) {
      BusinessCalendar calendar = CalendarJson.read(Path.of(c));
      if (calendar.id().isEmpty()) {
        throw new UsageException(c + ": id: a calendar given with --calendar needs an id, which subscriptions name");
      }
      b.calendar(calendar);
    }
    return b.build();
  }

  private static Path existing(String name) {
    Path p = Path.of(name);
    if (!Files.exists(p)) {
      throw new UsageException(name + ": no such file");
    }
    return p;
  }

  /** Reads line by line and writes as it goes: memory does not grow with the batch's size. */
  static void batch(SlaEngine engine, Path file, PrintStream out) {
    String source = file.getFileName().toString();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        out.println(evaluateLine(engine, line, source + ":" + n, n));
      }
    } catch (NoSuchFileException e) {
      throw new UsageException(file + ": no such file");
    } catch (IOException e) {
      throw new UsageException(file + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  private static String evaluateLine(SlaEngine engine, String line, String source, int n) {
    try {
      SlaJson.Request r = SlaJson.readRequest(line, source);
      Decision d = engine.evaluate(r.supportCase(), r.subscription());
      return SlaJson.writeLine(d);
    } catch (SlaException | IllegalArgumentException e) {
      ObjectNode err = JsonNodeFactory.instance.objectNode();
      err.put("line", n);
      err.put("error", e.getMessage());
      return err.toString();
    }
  }
}
