package io.github.slakit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.slakit.core.Decision;
import io.github.slakit.core.Metrics;
import io.github.slakit.core.Severity;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaJson;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import io.github.slakit.rules.Rulesets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: evaluates the hand-worked scenarios of the built-in rules' tests in sla-test (those listed in {@code
 * demo/index.txt}, copied into the jar by the build) with the built-in rulesets and prints them as
 * a table.
 */
@Command(
    name = "demo",
    header = "The shipped scenarios of every vendor, evaluated, as a table.",
    synopsisHeading = "usage: ",
    descriptionHeading = "%n",
    description =
        "Evaluates the shipped hand-worked scenarios of every vendor with the built-in "
            + "rulesets and prints them as a table, times local to each contract.")
final class DemoCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The hand-worked scenarios of the built-in rules' tests (sla-test), copied into this jar by the build. */
  private static final String SCENARIOS = "/demo/scenarios/";

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm zzz", Locale.ENGLISH);

  /** One row of the table. */
  record Row(
      String scenario,
      String about,
      Decision decision,
      SupportCase supportCase,
      Subscription subscription,
      ZoneId zone) {}

  @Override
  public Integer call() {
    List<Row> rows = new ArrayList<>();
    for (String name : index()) {
      rows.add(evaluate(name));
    }
    print(rows, Harness.of(spec).out);
    return Harness.OK;
  }

  static List<String> index() {
    List<String> names = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(resource("/demo/index.txt"), StandardCharsets.UTF_8))) {
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        if (!l.isBlank() && !l.startsWith("#")) {
          names.add(l.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  private static InputStream resource(String path) {
    InputStream in = DemoCommand.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("demo resource missing from the jar: " + path);
    }
    return in;
  }

  static Row evaluate(String name) {
    String text;
    try (InputStream in = resource(SCENARIOS + name + ".json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A scenario is {about, case, subscription, expected}: the request is its case and
    // subscription.
    ObjectNode request = MAPPER.createObjectNode();
    request.set("case", root.get("case"));
    request.set("subscription", root.get("subscription"));
    SlaJson.Request r = SlaJson.readRequest(request.toString(), name + ".json");
    SlaEngine engine = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();
    Subscription s = r.subscription();
    ZoneId zone = s.calendar().map(c -> c.zone()).orElse(s.location().zone());
    return new Row(
        name,
        root.path("about").asText(""),
        engine.evaluate(r.supportCase(), s),
        r.supportCase(),
        s,
        zone);
  }

  static void print(List<Row> rows, PrintStream out) {
    List<String[]> cells = new ArrayList<>();
    cells.add(
        new String[] {
          "#",
          "SCENARIO",
          "LEVEL",
          "OPENED",
          "SEVERITY",
          "RESPONSE TARGET",
          "DEADLINE",
          "ROUTING",
          "NOTES"
        });
    int i = 0;
    for (Row r : rows) {
      Decision d = r.decision();
      Optional<Decision.Target> t = d.target(Metrics.INITIAL_RESPONSE);
      cells.add(
          new String[] {
            String.valueOf(++i),
            r.scenario(),
            d.vendor() + " " + r.subscription().level(),
            LOCAL.format(r.supportCase().openedAt().atZoneSameInstant(r.zone())),
            severity(d),
            t.flatMap(Decision.Target::target)
                .map(s -> s.amount() + " " + s.clock().json())
                .orElse("none"),
            t.flatMap(Decision.Target::deadline)
                .map(x -> LOCAL.format(x.atZone(r.zone())))
                .orElse(t.map(x -> x.status().toString()).orElse("-")),
            d.routing().orElse("-"),
            notes(d)
          });
    }
    int[] width = new int[cells.get(0).length];
    for (String[] row : cells) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    out.println(
        "slakit demo: "
            + rows.size()
            + " shipped scenarios, built-in rulesets, times local to each contract");
    out.println();
    for (String[] row : cells) {
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        sb.append(c == row.length - 1 ? row[c] : pad(row[c], width[c] + 2));
      }
      out.println(sb.toString().stripTrailing());
    }
    out.println();
    i = 0;
    for (Row r : rows) {
      out.println(++i + ". " + r.scenario() + ": " + r.about());
      Decision d = r.decision();
      for (Decision.EscalationStep e : d.escalation()) {
        out.println(
            "     step "
                + e.step()
                + "  "
                + (e.timing() == Decision.Timing.NOT_BEFORE ? "not before " : "due ")
                + LOCAL.format(e.at().atZone(r.zone()))
                + "  "
                + String.join(", ", e.roles())
                + ": "
                + e.action());
      }
      out.println(
          "     trace: "
              + String.join(", ", d.trace().stream().map(x -> x.clause()).distinct().toList()));
    }
  }

  private static String severity(Decision d) {
    Severity s = d.severity();
    String base = s.level() + " " + s.name();
    return d.requestedSeverity()
        .filter(q -> q != s.level())
        .map(q -> base + " (asked " + q + ")")
        .orElse(base);
  }

  private static String notes(Decision d) {
    List<String> notes = new ArrayList<>();
    d.notCovered().forEach(n -> notes.add("NOT COVERED " + n.code()));
    d.warnings().forEach(n -> notes.add(n.code()));
    String s = String.join("; ", notes);
    return s.length() > 90 ? s.substring(0, 87) + "..." : s;
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }
}
