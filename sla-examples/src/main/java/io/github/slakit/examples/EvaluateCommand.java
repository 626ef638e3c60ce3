package io.github.slakit.examples;

import io.github.slakit.core.Decision;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaJson;
import io.github.slakit.svg.TimelineSvg;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate --case F --subscription F [--rules F.drl ...]} prints one decision; {@code
 * evaluate --batch F.jsonl [--rules F.drl ...]} (or {@code -}, standard input) streams one output
 * line per input line, in input order, in bounded memory ({@link Batch}). A decision does not depend on the moment it is
 * computed (TERM-2), so there is no "now" to give.
 */
@Command(
    name = "evaluate",
    header = "The decision of a case and subscription, or of each line of a batch.",
    synopsisHeading = "usage: ",
    customSynopsis = {
      "java -jar slakit-examples.jar evaluate --case FILE --subscription FILE",
      "         [--rules FILE.drl]... [--calendar FILE]... [--svg FILE [--schedule FILE]...]",
      "       java -jar slakit-examples.jar evaluate --batch FILE.jsonl|- [--threads N]",
      "         [--allow-errors] [--rules FILE.drl]... [--calendar FILE]..."
    },
    descriptionHeading = "%n",
    description = {
      "Prints the decision of a case under a subscription (docs/JSON.md), or, with --batch, "
          + "one line per line of a JSON Lines file of {\"case\": {...}, \"subscription\": {...}} "
          + "requests, in input order: the decision, or {\"line\": N, \"error\": \"...\"}. A "
          + "batch ends with a summary on stderr (lines, decisions, error lines, time), and "
          + "shows its progress there while stderr is a terminal.",
      ""
    },
    optionListHeading = "Options:%n",
    footerHeading = "%nLimits:%n",
    footer =
        "  A --case, --subscription, --calendar or DRL file: at most 1 MiB (1,048,576%n"
            + "  bytes); a larger one is refused (exit 2).%n"
            + BatchOptions.LIMITS)
final class EvaluateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Mixin private CaseFiles caseFiles;

  @Mixin private BatchOptions batch;

  @Mixin private EngineOptions engineOptions;

  @Mixin private SvgOptions svg;

  @Override
  public Integer call() {
    Harness harness = Harness.of(spec);
    svg.check("evaluate", batch.given());
    if (batch.given()) {
      if (caseFiles.given()) {
        throw new UsageException(
            "evaluate: give either --batch FILE or --case FILE --subscription FILE");
      }
      return batch.run(
          "evaluate", () -> Batch.decisions(engineOptions.engine()::evaluate), harness);
    }
    batch.checkAlone("evaluate");
    if (!caseFiles.given()) {
      throw new UsageException(
          "evaluate: give either --batch FILE or --case FILE --subscription FILE");
    }
    caseFiles.require("evaluate");
    CaseFiles.Read read = caseFiles.read();
    SlaEngine engine = engineOptions.engine();
    TimelineSvg pictures = svg.pictures(engine);
    Decision decision =
        CaseFiles.answer(
            read.files(), () -> engine.evaluate(read.supportCase(), read.subscription()));
    svg.write(
        pictures, p -> p.decision(read.supportCase(), read.subscription(), decision), read.files());
    harness.out.println(Messages.jsonSafe(SlaJson.write(decision)));
    return Harness.OK;
  }
}
