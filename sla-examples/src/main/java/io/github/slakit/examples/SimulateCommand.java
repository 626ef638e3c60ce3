package io.github.slakit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.slakit.core.DecisionChanges.Change;
import io.github.slakit.core.DecisionChanges.Kind;
import io.github.slakit.core.Simulation;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaJson;
import io.github.slakit.rules.Rulesets;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code simulate --before DIR --after DIR --batch F.jsonl|-}: each line of a batch of past cases
 * decided under a vendor's rules as they are and as they would be, and a report of what changes
 * ({@link Simulation}). The batch streams as {@code evaluate --batch} does ({@link Batch}): each
 * line's comparison (or error line) goes, in input order, to a {@link Simulation.Report} instead
 * of the output, so memory does not grow with the batch.
 */
@Command(
    name = "simulate",
    header = "What a change of a vendor's rules would change in the decisions of a batch.",
    synopsisHeading = "usage: ",
    customSynopsis = {
      "java -jar slakit-examples.jar simulate --before DIR --after DIR",
      "         --batch FILE.jsonl|- [--json] [--examples N] [--threads N] [--allow-errors]",
      "         [--rules FILE.drl|DIR]... [--calendar FILE]..."
    },
    descriptionHeading = "%n",
    description = {
      "Decides every {\"case\": {...}, \"subscription\": {...}} line of a JSON Lines file "
          + "twice, with the vendor folder of --before and with that of --after (each beside "
          + "the built-in rulesets and those of --rules, replacing the ruleset of its vendor id; "
          + "--calendar registers calendars on both sides, as evaluate does), and prints what "
          + "changes: how many lines changed, per kind of change (SEVERITY, COVERAGE, "
          + "DEADLINE_EARLIER, DEADLINE_LATER, TARGET, ESCALATION, ENTITLEMENTS, ROUTING, "
          + "WARNINGS) how many changes, and the first examples of each with the line, the "
          + "case and both values. A line that cannot be decided is an error line, as in "
          + "evaluate --batch, counted and shown among the first. --json prints the report as "
          + "one JSON object (docs/JSON.md).",
      ""
    },
    optionListHeading = "Options:%n",
    footerHeading = "%nExit status:%n",
    footer = {
      "   0  no line changes",
      "   1  some lines change",
      "   2  bad input or usage, or error lines (without --allow-errors)",
      "  70  internal error (a bug of slakit)"
    })
final class SimulateCommand implements Callable<Integer> {
  /** Lines whose decisions change. */
  static final int CHANGES = 1;

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Mixin private BatchOptions batch;

  @Mixin private EngineOptions engineOptions;

  @Option(
      names = "--before",
      paramLabel = "DIR",
      required = true,
      description = "the vendor folder as it is")
  private String before;

  @Option(
      names = "--after",
      paramLabel = "DIR",
      required = true,
      description = "the vendor folder as it would be")
  private String after;

  @Option(names = "--json", description = "print the report as one JSON object")
  private boolean json;

  @Option(
      names = "--examples",
      paramLabel = "N",
      description = "examples of each kind of change (and error lines) to show (default 5)")
  private String examples;

  @Override
  public Integer call() {
    Harness harness = Harness.of(spec);
    if (!batch.given()) {
      throw new UsageException("simulate: give --batch FILE.jsonl (or - for standard input)");
    }
    int n = examples == null ? 5 : Options.integer("simulate", "--examples", examples, 0, 1000);
    Simulation.Report report = new Simulation.Report(n);
    PrintStream sink = new PrintStream(new Sink(report).stream(), false, StandardCharsets.UTF_8);
    int status =
        batch.run(
            "simulate", () -> job(new Simulation(engine(before), engine(after))), harness, sink);
    sink.flush();
    harness.out.print(json ? report.json() + "\n" : report.text(batch.name()));
    harness.out.flush();
    if (status == Harness.INTERNAL_ERROR || status == Harness.BAD_INPUT) {
      return status;
    }
    if (status == Harness.ERROR_LINES) {
      return Harness.BAD_INPUT;
    }
    return report.changed() > 0 ? CHANGES : Harness.OK;
  }

  /**
   * The built-in rulesets, those of {@code --rules} and the calendars of {@code --calendar}, with
   * the vendor folder {@code dir} in place of its vendor's.
   */
  private SlaEngine engine(String dir) {
    return engineOptions.builder().ruleset(Rulesets.fromPath(InputFiles.rules(dir))).build();
  }

  /** Each line compared: {@code {"caseId": ..., "changes": [...]}} for the sink to read back. */
  private static Batch.Job<SlaJson.Request> job(Simulation simulation) {
    return new Batch.Job<>(
        "simulate",
        "comparison",
        "comparisons",
        SlaJson::readRequest,
        Batch.Job.text(r -> line(simulation.compare(r.supportCase(), r.subscription()))));
  }

  private static String line(Simulation.Outcome outcome) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("caseId", outcome.caseId());
    ArrayNode changes = o.putArray("changes");
    for (Change c : outcome.changes()) {
      changes
          .addObject()
          .put("kind", c.kind().name())
          .put("what", c.what())
          .put("before", c.before())
          .put("after", c.after());
    }
    return o.toString();
  }

  /**
   * Where the batch writes its lines, one per input line in input order: each read back into the
   * report, the n-th being line n.
   */
  private static final class Sink {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Simulation.Report report;
    private long lines;

    Sink(Simulation.Report report) {
      this.report = report;
    }

    OutputStream stream() {
      return new LineSink(this::take, () -> {});
    }

    private void take(byte[] line) {
      lines++;
      JsonNode n;
      try {
        n = JSON.readTree(line);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // the batch writes only the JSON it made
      }
      if (n.has("error")) {
        report.error(lines, n.get("error").asText());
        return;
      }
      List<Change> changes = new ArrayList<>();
      for (JsonNode c : n.get("changes")) {
        changes.add(
            new Change(
                Kind.valueOf(c.get("kind").asText()),
                c.get("what").asText(),
                c.get("before").asText(),
                c.get("after").asText()));
      }
      report.add(lines, new Simulation.Outcome(n.get("caseId").asText(), changes));
    }
  }
}
