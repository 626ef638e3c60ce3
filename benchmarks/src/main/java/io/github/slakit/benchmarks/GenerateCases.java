package io.github.slakit.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes a batch for {@code slakit-examples.jar evaluate --batch}: one {@code {"case": {...},
 * "subscription": {...}}} line per case (docs/JSON.md), on stdout, the same lines for the same
 * count and random seed.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.slakit.benchmarks.GenerateCases 1000000 42 \
 *   &gt; /tmp/cases.jsonl
 * </pre>
 *
 * <p>The mix: elastic 45%, rockPLACE 30%, Veeam 25%, over each vendor's levels; Elastic contracts
 * in Korea, France and the US (Asia/Seoul, Europe/Paris, America/New_York), the Korean vendors in
 * Seoul; opening instants uniform over 2026-2027 in the contract's zone, to the minute; every
 * impact or none, a requested severity in 30% of cases, production affected in 80%; terms of two
 * years, 5% ended mid-2026; 3% of subscriptions with an inline calendar. About 0.5% of lines are
 * bad on purpose (not JSON, no opening instant, an unknown level, the case and subscription of
 * different vendors): the harness must answer each with an error line and go on.
 */
public final class GenerateCases {
  private GenerateCases() {}

  private static final String[] ELASTIC = {
    "ENTERPRISE",
    "PLATINUM",
    "PLATINUM",
    "GOLD",
    "GOLD",
    "GOLD",
    "DEVELOPMENT",
    "SILVER",
    "STANDARD_CLOUD",
    "STANDARD_SWIFTYPE"
  };
  private static final String[] VEEAM = {"PRODUCTION", "BASIC", "BASIC"};
  private static final String[] ROCKPLACE = {
    "PREMIUM", "STANDARD_PLUS", "STANDARD", "STANDARD", "BASIC"
  };
  private static final String[][] ELASTIC_PLACES = {
    {"KR", "Asia/Seoul"}, {"FR", "Europe/Paris"}, {"US", "America/New_York"}
  };
  private static final String[] IMPACTS = {
    "OUTAGE", "DEGRADED", "PARTIAL_FAILURE", "PERFORMANCE", "QUESTION"
  };
  private static final DateTimeFormatter OPENED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
  private static final int MINUTES_2026_2027 = 730 * 24 * 60;
  private static final String INLINE_CALENDAR =
      "{\"id\":\"acme-seoul\",\"zone\":\"Asia/Seoul\","
          + "\"weekly\":{\"MON\":[\"09:00-12:00\",\"13:00-18:00\"],\"TUE\":[\"09:00-18:00\"],"
          + "\"WED\":[\"09:00-18:00\"],\"THU\":[\"09:00-18:00\"],\"FRI\":[\"09:00-17:00\"]},"
          + "\"holidays\":{\"country\":\"KR\",\"add\":[\"2026-05-01\",\"2027-05-01\"]}}";

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: GenerateCases COUNT RANDOM_SEED > FILE.jsonl");
      System.exit(2);
    }
    long count = Long.parseLong(args[0]);
    long seed = Long.parseLong(args[1]);
    try (Writer out =
        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
      write(count, seed, out);
    }
  }

  /** Writes {@code count} lines made from a random seed. */
  static void write(long count, long seed, Writer out) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder line = new StringBuilder(1024);
    try {
      for (long i = 1; i <= count; i++) {
        line.setLength(0);
        line(i, random, line);
        out.append(line).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void line(long n, SplittableRandom r, StringBuilder sb) {
    int v = r.nextInt(100);
    String vendor = v < 45 ? "elastic" : v < 75 ? "rockplace" : "veeam";
    String[] levels =
        vendor.equals("elastic") ? ELASTIC : vendor.equals("veeam") ? VEEAM : ROCKPLACE;
    String level = levels[r.nextInt(levels.length)];
    String[] place =
        vendor.equals("elastic")
            ? ELASTIC_PLACES[r.nextInt(ELASTIC_PLACES.length)]
            : ELASTIC_PLACES[0];
    String opened =
        LocalDate.of(2026, 1, 1)
            .atStartOfDay(ZoneId.of(place[1]))
            .plusMinutes(r.nextInt(MINUTES_2026_2027))
            .format(OPENED);
    int bad = r.nextInt(1000);
    if (bad < 2) {
      sb.append("{\"case\": {\"id\": \"C-").append(n).append("\", \"vendor\": ");
      return; // cut short: not JSON
    }
    String subscriptionVendor = bad == 4 ? (vendor.equals("veeam") ? "elastic" : "veeam") : vendor;
    if (bad == 3) {
      level = "DIAMOND";
    }

    sb.append("{\"case\":{\"id\":\"C-")
        .append(n)
        .append("\",\"vendor\":\"")
        .append(vendor)
        .append('"');
    if (bad != 2) {
      sb.append(",\"openedAt\":\"").append(opened).append('"');
    }
    if (r.nextInt(10) < 3) {
      sb.append(",\"severity\":").append(1 + r.nextInt(4));
    }
    int impact = r.nextInt(IMPACTS.length + 1);
    if (impact < IMPACTS.length) {
      sb.append(",\"impact\":\"").append(IMPACTS[impact]).append('"');
    }
    sb.append(",\"production\":").append(r.nextInt(5) != 0);
    sb.append(",\"workaround\":").append(r.nextInt(5) == 0);
    if (vendor.equals("elastic") && r.nextBoolean()) {
      sb.append(",\"deployment\":\"")
          .append(r.nextBoolean() ? "CLOUD" : "SELF_MANAGED")
          .append('"');
    }
    if (r.nextBoolean()) {
      sb.append(",\"businessImpact\":\"customer-facing\"");
    }
    sb.append(",\"seConsulted\":").append(r.nextInt(10) < 3).append('}');

    sb.append(",\"subscription\":{\"id\":\"S-")
        .append(1 + r.nextInt(50_000))
        .append("\",\"vendor\":\"")
        .append(subscriptionVendor)
        .append("\",\"level\":\"")
        .append(level)
        .append("\",\"customer\":\"Customer ")
        .append(r.nextInt(50_000))
        .append("\",\"location\":{\"country\":\"")
        .append(place[0])
        .append("\",\"zone\":\"")
        .append(place[1])
        .append("\"}");
    if (r.nextInt(100) < 3) {
      sb.append(",\"calendar\":").append(INLINE_CALENDAR);
    }
    if (vendor.equals("elastic")) {
      sb.append(",\"deployment\":\"")
          .append(r.nextBoolean() ? "CLOUD" : "SELF_MANAGED")
          .append("\",\"annualSpendUsd\":")
          .append(5_000 + 1_000 * r.nextInt(200));
    }
    sb.append(",\"start\":\"2026-01-01\",\"end\":\"")
        .append(r.nextInt(20) == 0 ? "2026-06-30" : "2027-12-31")
        .append('"');
    if (vendor.equals("rockplace")) {
      if (level.equals("PREMIUM")) {
        sb.append(",\"agreedVisitsPerYear\":").append(12 + r.nextInt(13));
      }
      sb.append(",\"usage\":{\"onSiteVisits\":").append(r.nextInt(8)).append('}');
    }
    sb.append("}}");
  }
}
