package io.github.slakit.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.slakit.core.Metrics;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * SLA compliance over many cases at one moment, per group of cases (docs/REPORTS.md): made by
 * {@link Compliance}. Immutable and thread-safe.
 *
 * @param at the moment every case's status was asked at
 * @param by the dimensions that group the cases, in the order of each group's key
 * @param groups the groups, in the order of their keys (each key's values compared in turn)
 */
public record ComplianceReport(Instant at, List<Dimension> by, List<Group> groups) {
  /**
   * Checks and copies.
   *
   * @param at the moment
   * @param by the dimensions
   * @param groups the groups
   */
  public ComplianceReport {
    Objects.requireNonNull(at, "at");
    by = List.copyOf(by);
    groups = List.copyOf(groups);
  }

  /** What groups cases. */
  public enum Dimension {
    /** The vendor whose ruleset decided the case. */
    VENDOR,
    /** The subscription's level ({@code GOLD}). */
    LEVEL,
    /** The severity in force at the moment, 1..4. */
    SEVERITY,
    /** The month the case opened in, in the subscription's time zone ({@code 2026-03}). */
    MONTH;

    /**
     * The name in JSON, CSV and on the command line.
     *
     * @return {@code vendor}, {@code level}, {@code severity} or {@code month}
     */
    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The figures of one group.
   *
   * @param key the group's value of each dimension of {@link ComplianceReport#by()}, in order
   * @param cases the cases in the group
   * @param notCovered those the contract does not cover (TERM-1): no clock runs for them
   * @param metrics per metric, the cases whose clock of that metric had a target: the built-in
   *     metrics first (first response, next response, resolution, customer update), then the
   *     others by name
   * @param firstResponse the time to the first response of the cases answered by the moment, on
   *     the clock of the response target (business time of its calendar, or all time for 24x7),
   *     waits removed; empty when none was answered
   * @param resolution the time to resolution of the cases resolved or closed at the moment, on the
   *     same clock, every resolution cycle added up; empty when none was
   * @param paused the business time the waits removed from the cases' resolution clocks
   * @param nearestBreach the cases with a clock running or paused that are nearest their breach:
   *     the greatest share of a target used first, at most the collector's {@code nearest}
   */
  public record Group(
      List<String> key,
      long cases,
      long notCovered,
      List<MetricFigures> metrics,
      Optional<Percentiles> firstResponse,
      Optional<Percentiles> resolution,
      Duration paused,
      List<NearBreach> nearestBreach) {
    /**
     * Checks and copies.
     *
     * @param key the key
     * @param cases the cases
     * @param notCovered the cases not covered
     * @param metrics the figures per metric
     * @param firstResponse the times to the first response
     * @param resolution the times to resolution
     * @param paused the paused business time
     * @param nearestBreach the cases nearest their breach
     */
    public Group {
      key = List.copyOf(key);
      metrics = List.copyOf(metrics);
      Objects.requireNonNull(firstResponse, "firstResponse");
      Objects.requireNonNull(resolution, "resolution");
      Objects.requireNonNull(paused, "paused");
      nearestBreach = List.copyOf(nearestBreach);
    }

    /**
     * The figures of a metric.
     *
     * @param metric the metric's name
     * @return its figures, empty when no case of the group had a target for it
     */
    public Optional<MetricFigures> metric(String metric) {
      return metrics.stream().filter(m -> m.metric().equals(metric)).findFirst();
    }
  }

  /**
   * How a metric's clocks ended over the cases that had one with a target. A case counts once:
   * breached if any of its cycles was, else running if one runs or is paused, else met (its own
   * stop in time, or a resolution before the deadline ended it: LIFE-5's {@code STOPPED}).
   *
   * @param metric the metric
   * @param cases the cases counted: {@code met + breached + running}
   * @param met the cases met
   * @param breached the cases breached
   * @param running the cases whose clock still runs or is paused, not breached
   */
  public record MetricFigures(String metric, long cases, long met, long breached, long running) {
    /**
     * Checks the counts.
     *
     * @param metric the metric
     * @param cases the cases counted
     * @param met the cases met
     * @param breached the cases breached
     * @param running the cases running
     */
    public MetricFigures {
      Objects.requireNonNull(metric, "metric");
      if (met < 0 || breached < 0 || running < 0 || met + breached + running != cases) {
        throw new IllegalArgumentException(
            metric + ": met + breached + running must be the cases counted");
      }
    }

    /**
     * The share of the settled cases that were met: {@code met / (met + breached)}, rounded half
     * up to 4 decimals.
     *
     * @return the share, 0..1; empty when no case is settled
     */
    public Optional<BigDecimal> shareMet() {
      long settled = met + breached;
      if (settled == 0) {
        return Optional.empty();
      }
      return Optional.of(
          BigDecimal.valueOf(met).divide(BigDecimal.valueOf(settled), 4, RoundingMode.HALF_UP));
    }
  }

  /**
   * Nearest-rank percentiles of durations ({@code p} is the value at rank {@code ceil(p / 100 *
   * count)} in order). Exact for up to 256 values; beyond, within 1 % of the exact value plus 1
   * s, and never outside the least and greatest value (docs/REPORTS.md). {@code max} is exact.
   *
   * @param count the values
   * @param p50 the median
   * @param p90 the 90th percentile
   * @param max the greatest value
   */
  public record Percentiles(long count, Duration p50, Duration p90, Duration max) {
    /**
     * Checks.
     *
     * @param count the values
     * @param p50 the median
     * @param p90 the 90th percentile
     * @param max the greatest value
     */
    public Percentiles {
      Objects.requireNonNull(p50, "p50");
      Objects.requireNonNull(p90, "p90");
      Objects.requireNonNull(max, "max");
    }
  }

  /**
   * A case near its breach: its clock with the greatest share of its target used.
   *
   * @param caseId the case
   * @param metric the clock's metric
   * @param cycle the clock's cycle
   * @param percentUsed the share of the target used, in percent (LIFE-5)
   * @param remaining the time left on the clock
   * @param deadline where the deadline stands at the moment
   */
  public record NearBreach(
      String caseId,
      String metric,
      int cycle,
      int percentUsed,
      Duration remaining,
      Instant deadline) {
    /**
     * Checks.
     *
     * @param caseId the case
     * @param metric the metric
     * @param cycle the cycle
     * @param percentUsed the share used
     * @param remaining the time left
     * @param deadline the deadline
     */
    public NearBreach {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(remaining, "remaining");
      Objects.requireNonNull(deadline, "deadline");
    }
  }

  /** The built-in metrics, in the order reports list them before any other. */
  static final List<String> BUILT_IN =
      List.of(
          Metrics.INITIAL_RESPONSE,
          Metrics.NEXT_RESPONSE,
          Metrics.RESOLUTION,
          Metrics.CUSTOMER_UPDATE);

  /**
   * The report as JSON (docs/REPORTS.md), pretty-printed; the same bytes for equal reports.
   *
   * @return the text
   */
  public String toJson() {
    return write(json(), true);
  }

  /** The report as a JSON tree. */
  ObjectNode json() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    o.put("at", at.toString());
    ArrayNode byNode = o.putArray("by");
    by.forEach(d -> byNode.add(d.json()));
    ArrayNode gs = o.putArray("groups");
    for (Group g : groups) {
      ObjectNode gn = gs.addObject();
      ObjectNode key = gn.putObject("key");
      for (int i = 0; i < by.size(); i++) {
        key.put(by.get(i).json(), g.key().get(i));
      }
      gn.put("cases", g.cases());
      gn.put("notCovered", g.notCovered());
      ArrayNode ms = gn.putArray("metrics");
      for (MetricFigures m : g.metrics()) {
        ms.addObject()
            .put("metric", m.metric())
            .put("cases", m.cases())
            .put("met", m.met())
            .put("breached", m.breached())
            .put("running", m.running())
            .put("shareMet", m.shareMet().orElse(null));
      }
      gn.set("firstResponse", percentiles(g.firstResponse()));
      gn.set("resolution", percentiles(g.resolution()));
      gn.put("paused", g.paused().toString());
      ArrayNode near = gn.putArray("nearestBreach");
      for (NearBreach n : g.nearestBreach()) {
        near.addObject()
            .put("caseId", n.caseId())
            .put("metric", n.metric())
            .put("cycle", n.cycle())
            .put("percentUsed", n.percentUsed())
            .put("remaining", n.remaining().toString())
            .put("deadline", n.deadline().toString());
      }
    }
    return o;
  }

  private static com.fasterxml.jackson.databind.JsonNode percentiles(Optional<Percentiles> p) {
    if (p.isEmpty()) {
      return JsonNodeFactory.instance.nullNode();
    }
    return JsonNodeFactory.instance
        .objectNode()
        .put("count", p.get().count())
        .put("p50", p.get().p50().toString())
        .put("p90", p.get().p90().toString())
        .put("max", p.get().max().toString());
  }

  /**
   * The metrics that the CSV has columns for: the built-in ones always, then every other metric
   * of any group, by name.
   *
   * @return the metrics, in the columns' order
   */
  public List<String> csvMetrics() {
    TreeSet<String> others = new TreeSet<>();
    for (Group g : groups) {
      for (MetricFigures m : g.metrics()) {
        if (!BUILT_IN.contains(m.metric())) {
          others.add(m.metric());
        }
      }
    }
    List<String> out = new ArrayList<>(BUILT_IN);
    out.addAll(others);
    return out;
  }

  /**
   * The report as CSV (RFC 4180, lines ending in CRLF), one row per group under a header of
   * stable column names: the dimensions of {@link #by()}, {@code cases}, {@code not_covered}; per
   * metric of {@link #csvMetrics()} {@code M_cases}, {@code M_met}, {@code M_breached}, {@code
   * M_running}, {@code M_share_met}; then {@code first_response_count}, {@code
   * first_response_p50_seconds}, {@code _p90_seconds}, {@code _max_seconds}, the same four for
   * {@code resolution}, and {@code paused_seconds}. Durations are seconds with up to 3 decimals;
   * an empty cell is a figure with no value. A group's value that begins with {@code =}, {@code +},
   * {@code -}, {@code @}, a tab or a carriage return (which a spreadsheet would run as a formula)
   * is written after an apostrophe.
   *
   * @return the text
   */
  public String toCsv() {
    List<String> metrics = csvMetrics();
    List<String> header = new ArrayList<>();
    by.forEach(d -> header.add(d.json()));
    header.add("cases");
    header.add("not_covered");
    for (String m : metrics) {
      for (String c : List.of("cases", "met", "breached", "running", "share_met")) {
        header.add(m + "_" + c);
      }
    }
    for (String p : List.of("first_response", "resolution")) {
      header.add(p + "_count");
      header.add(p + "_p50_seconds");
      header.add(p + "_p90_seconds");
      header.add(p + "_max_seconds");
    }
    header.add("paused_seconds");
    StringBuilder sb = new StringBuilder();
    row(sb, header);
    for (Group g : groups) {
      List<String> cells = new ArrayList<>(g.key());
      cells.add(Long.toString(g.cases()));
      cells.add(Long.toString(g.notCovered()));
      for (String m : metrics) {
        Optional<MetricFigures> f = g.metric(m);
        cells.add(f.map(x -> Long.toString(x.cases())).orElse("0"));
        cells.add(f.map(x -> Long.toString(x.met())).orElse("0"));
        cells.add(f.map(x -> Long.toString(x.breached())).orElse("0"));
        cells.add(f.map(x -> Long.toString(x.running())).orElse("0"));
        cells.add(f.flatMap(MetricFigures::shareMet).map(BigDecimal::toPlainString).orElse(""));
      }
      for (Optional<Percentiles> p : List.of(g.firstResponse(), g.resolution())) {
        cells.add(p.map(x -> Long.toString(x.count())).orElse("0"));
        cells.add(p.map(x -> seconds(x.p50())).orElse(""));
        cells.add(p.map(x -> seconds(x.p90())).orElse(""));
        cells.add(p.map(x -> seconds(x.max())).orElse(""));
      }
      cells.add(seconds(g.paused()));
      row(sb, cells);
    }
    return sb.toString();
  }

  /** Seconds with up to 3 decimals, rounded half up: {@code 5400}, {@code 0.25}. */
  static String seconds(Duration d) {
    BigDecimal s =
        BigDecimal.valueOf(d.toNanos()).movePointLeft(9).setScale(3, RoundingMode.HALF_UP);
    return s.signum() == 0 ? "0" : s.stripTrailingZeros().toPlainString();
  }

  /** The first characters that make a spreadsheet read a cell as a formula. */
  private static final String FORMULA_START = "=+-@\t\r";

  private static void row(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String c = cells.get(i);
      if (!c.isEmpty() && FORMULA_START.indexOf(c.charAt(0)) >= 0) {
        c = "'" + c; // a spreadsheet would run it as a formula
      }
      if (c.indexOf(',') >= 0
          || c.indexOf('"') >= 0
          || c.indexOf('\n') >= 0
          || c.indexOf('\r') >= 0) {
        sb.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(c);
      }
    }
    sb.append("\r\n");
  }

  /** Writes the reports' and the feeds' trees; thread-safe once made. */
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static String write(com.fasterxml.jackson.databind.JsonNode tree, boolean pretty) {
    try {
      return pretty
          ? MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree)
          : MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
