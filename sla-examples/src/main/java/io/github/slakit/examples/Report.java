package io.github.slakit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.slakit.core.CaseStatus;
import io.github.slakit.core.CaseStatus.MetricStatus;
import io.github.slakit.core.MetricState;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaJson;
import io.github.slakit.core.StatusOptions;
import io.github.slakit.svg.TimelineSvg;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code report}: the statuses of a {@code status} batch, ranked by risk, on one HTML page with
 * each case's timeline. The batch runs as {@code status --batch} does ({@link Batch}: threads,
 * bounded memory, an error line per bad line); its workers compute the statuses, and this class
 * takes each line's answer in input order and keeps the {@code max} cases most at risk. Memory
 * holds those cases, the first {@link #ERRORS_SHOWN} error lines and the statuses in flight, so it
 * is bounded by the page's size, not the batch's.
 *
 * <p>Risk: a case with a {@code BREACHED} cycle comes first; then the least share of a target
 * left, over the cycles with a target that run, are paused or breached ({@code 100 -
 * percentUsed}, negative past the deadline); a case with no such cycle comes last; ties keep the
 * input order. The page depends on the batch alone: the same lines give the same bytes.
 */
final class Report {
  /** Cases on the page unless {@code --max-cases} says otherwise. */
  static final int DEFAULT_CASES = 100;

  /** The most cases {@code --max-cases} allows. */
  static final int MAX_CASES = 1000;

  /** Error lines the page lists; all are counted, and all are printed on stdout. */
  static final int ERRORS_SHOWN = 100;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SlaEngine engine;
  private final StatusOptions options;
  private final TimelineSvg pictures;
  private final int max;
  private final PrintStream stdout;

  /** Statuses computed by the workers, until their line is taken in input order. */
  private final Map<Long, Held> held = new ConcurrentHashMap<>();

  private final AtomicLong tokens = new AtomicLong();

  /** The cases kept so far, the least at risk at the head (the one to drop). */
  private final PriorityQueue<Held> kept;

  private final List<String> errors = new ArrayList<>();
  private long lines;
  private long statuses;
  private long errorLines;

  /** A status and what it was computed from, with its line once taken. */
  private static final class Held {
    final SlaJson.StatusRequest request;
    final CaseStatus status;
    final Risk risk;
    long line;

    Held(SlaJson.StatusRequest request, CaseStatus status) {
      this.request = request;
      this.status = status;
      this.risk = Risk.of(status);
    }
  }

  /**
   * How much a case is at risk: breached, and the least share of a target left (percent, {@link
   * Integer#MAX_VALUE} when no clock with a target runs).
   */
  record Risk(boolean breached, int left) {
    static Risk of(CaseStatus st) {
      boolean breached = false;
      int left = Integer.MAX_VALUE;
      for (MetricStatus m : st.metrics()) {
        breached |= m.state() == MetricState.BREACHED;
        if (m.percentUsed().isPresent()
            && (m.state() == MetricState.RUNNING
                || m.state() == MetricState.PAUSED
                || m.state() == MetricState.BREACHED)) {
          left = Math.min(left, 100 - m.percentUsed().get());
        }
      }
      return new Risk(breached, left);
    }

    /** {@code BREACHED}, {@code 17 % left}, {@code no clock running}. */
    String words() {
      if (breached) {
        return "BREACHED";
      }
      return left == Integer.MAX_VALUE ? "no clock running" : left + " % left";
    }
  }

  /** Most at risk first; ties in input order. */
  private static final Comparator<Held> RISK =
      Comparator.<Held, Boolean>comparing(h -> !h.risk.breached())
          .thenComparingInt(h -> h.risk.left())
          .thenComparingLong(h -> h.line);

  Report(
      SlaEngine engine, StatusOptions options, TimelineSvg pictures, int max, PrintStream stdout) {
    this.engine = engine;
    this.options = options;
    this.pictures = pictures;
    this.max = max;
    this.stdout = stdout;
    this.kept = new PriorityQueue<>(RISK.reversed());
  }

  /** The batch's job: each line a status request, answered by a token for its status. */
  Batch.Job<SlaJson.StatusRequest> job() {
    return new Batch.Job<>(
        "report",
        "status",
        "statuses",
        SlaJson::readStatusRequest,
        Batch.Job.text(
            r -> {
              CaseStatus st =
                  engine.status(r.supportCase(), r.subscription(), r.events(), r.at(), options);
              long token = tokens.incrementAndGet();
              held.put(token, new Held(r, st));
              return "{\"token\":" + token + "}";
            }));
  }

  /** Where the batch writes its lines: each is taken here, in input order. */
  PrintStream sink() {
    return Collecting.lines(this::take, stdout::flush);
  }

  /** One output line of the batch: a token for a status, or an error line. */
  private void take(byte[] bytes) {
    lines++;
    JsonNode line;
    try {
      line = JSON.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the batch writes JSON: a bug if not
    }
    if (line.has("token")) {
      Held h = held.remove(line.get("token").asLong());
      h.line = lines;
      statuses++;
      kept.add(h);
      if (kept.size() > max) {
        kept.poll();
      }
      return;
    }
    errorLines++;
    if (errors.size() < ERRORS_SHOWN) {
      errors.add(line.path("error").asText());
    }
    stdout.write(bytes, 0, bytes.length);
    stdout.write('\n');
  }

  /** How many cases the page shows. */
  int shown() {
    return kept.size();
  }

  /** The page: self-contained HTML, the cases most at risk first. */
  String page(String batchName) {
    List<Held> cases = new ArrayList<>(kept);
    cases.sort(RISK);
    StringBuilder sb = new StringBuilder(64 * 1024);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>SLA risk: ")
        .append(html(batchName))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append(
            ".flag{border:2px solid #000;padding:0 .4em;font-size:.85em;"
                + "margin-left:.5em}\n"
                + ".breached{border-color:#D55E00;color:#000;background:#FBE3D6}\n"
                + "svg{max-width:100%;height:auto;display:block}\n"
                + "section{border-top:1px solid #999}\n"
                + "@media print{section{break-inside:avoid}a{color:#000}}\n")
        .append("</style>\n</head>\n<body>\n<h1>SLA risk: ")
        .append(html(batchName))
        .append("</h1>\n<p>")
        .append(count(lines, "line", "lines"))
        .append(": ")
        .append(count(statuses, "status", "statuses"))
        .append(", ")
        .append(count(errorLines, "error line", "error lines"))
        .append(". The cases most at risk first: breached, then by the least share of a target")
        .append(" left. ");
    if (statuses > cases.size()) {
      sb.append("The page shows the ")
          .append(cases.size())
          .append(" most at risk; ")
          .append(statuses - cases.size())
          .append(" more are left out.");
    }
    sb.append("</p>\n<ol>\n");
    for (int i = 0; i < cases.size(); i++) {
      Held h = cases.get(i);
      sb.append("<li><a href=\"#case-")
          .append(i + 1)
          .append("\">")
          .append(html(h.status.caseId()))
          .append("</a> ")
          .append(html(h.risk.words()))
          .append(" (line ")
          .append(h.line)
          .append(")</li>\n");
    }
    sb.append("</ol>\n");
    for (int i = 0; i < cases.size(); i++) {
      section(sb, i + 1, cases.get(i), batchName);
    }
    if (errorLines > 0) {
      sb.append("<section id=\"errors\">\n<h2>Lines that gave no status</h2>\n<ul>\n");
      for (String e : errors) {
        sb.append("<li>").append(html(e)).append("</li>\n");
      }
      sb.append("</ul>\n");
      if (errorLines > errors.size()) {
        sb.append("<p>and ")
            .append(errorLines - errors.size())
            .append(" more, each on stdout.</p>\n");
      }
      sb.append("</section>\n");
    }
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  private void section(StringBuilder sb, int rank, Held h, String batchName) {
    CaseStatus st = h.status;
    sb.append("<section id=\"case-")
        .append(rank)
        .append("\">\n<h2>")
        .append(rank)
        .append(". ")
        .append(html(st.caseId()))
        .append("<span class=\"flag")
        .append(h.risk.breached() ? " breached" : "")
        .append("\">")
        .append(html(h.risk.words()))
        .append("</span></h2>\n<p>")
        .append(html(batchName))
        .append(", line ")
        .append(h.line)
        .append(": ")
        .append(html(st.vendor()))
        .append(", subscription ")
        .append(html(st.subscriptionId()))
        .append(", at ")
        .append(st.at())
        .append(", case ")
        .append(st.caseState().name().toLowerCase(java.util.Locale.ROOT))
        .append(", severity ")
        .append(st.severity().level())
        .append("</p>\n");
    if (!st.metrics().isEmpty()) {
      sb.append(
          "<table>\n<tr><th>metric</th><th>cycle</th><th>state</th><th>used</th>"
              + "<th>deadline (UTC)</th></tr>\n");
      for (MetricStatus m : st.metrics()) {
        sb.append("<tr><td>")
            .append(html(m.metric()))
            .append("</td><td>")
            .append(m.cycle())
            .append("</td><td>")
            .append(m.state())
            .append("</td><td>")
            .append(m.percentUsed().map(p -> p + " %").orElse(""))
            .append("</td><td>")
            .append(m.deadline().map(Object::toString).orElse(""))
            .append("</td></tr>\n");
      }
      sb.append("</table>\n");
    }
    SlaJson.StatusRequest r = h.request;
    sb.append("<figure>\n")
        .append(
            pictures
                .withIdPrefix("case" + rank + "-")
                .status(r.supportCase(), r.subscription(), r.events(), st))
        .append("</figure>\n</section>\n");
  }

  private static String count(long n, String one, String many) {
    return String.format(java.util.Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }

  /** The pages' common style: fonts, headings, tables. */
  static final String STYLE =
      "body{font-family:\"DejaVu Sans\",Verdana,Arial,Helvetica,sans-serif;margin:1.5em;"
          + "color:#000;background:#fff}\n"
          + "h1{font-size:1.4em}h2{font-size:1.15em;margin:1.6em 0 .3em}\n"
          + "table{border-collapse:collapse;margin:.4em 0}\n"
          + "th,td{border:1px solid #999;padding:.2em .5em;text-align:left;"
          + "font-size:.9em}\n";

  /** Text for HTML, escaped as the pictures escape theirs. */
  static String html(String s) {
    return TimelineSvg.escape(s);
  }
}
