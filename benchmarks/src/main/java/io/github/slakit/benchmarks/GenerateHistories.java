package io.github.slakit.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;

/**
 * Writes a batch of case histories for {@code report compliance} and {@code status-feed}: each
 * line is a line of {@link GenerateCases} (the same mix of vendors, levels, zones, openings over
 * 2026-2027 and about 0.5 % bad lines) with a {@code component} (one of 20) and {@code events},
 * without an {@code at}: the report gives the moment. The same lines for the same count and
 * random seed.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.slakit.benchmarks.GenerateHistories \
 *   1000000 42 &gt; /tmp/histories.jsonl
 * </pre>
 *
 * <p>Events, each after the one before: an agent response in 90 % of cases, 10 minutes to 3 days
 * after the opening; then in half of those a wait on the customer from that response and the
 * customer's reply 1 hour to 2 days later; a resolution in 70 % of the answered cases, up to 5
 * days after the last event; a close of 60 % of those, up to 3 days later.
 */
public final class GenerateHistories {
  private GenerateHistories() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: GenerateHistories COUNT RANDOM_SEED > FILE.jsonl");
      System.exit(2);
    }
    long count = Long.parseLong(args[0]);
    SplittableRandom cases = new SplittableRandom(Long.parseLong(args[1]));
    SplittableRandom events = cases.split();
    StringBuilder line = new StringBuilder(1024);
    try (Writer out =
        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
      for (long i = 1; i <= count; i++) {
        line.setLength(0);
        GenerateCases.line(i, cases, line);
        history(line, events);
        out.append(line).append('\n');
      }
    }
  }

  /** Adds a component and events to a line of {@link GenerateCases}, unless the line is bad. */
  private static void history(StringBuilder sb, SplittableRandom r) {
    int opened = sb.indexOf("\"openedAt\":\"");
    if (opened < 0 || sb.charAt(sb.length() - 1) != '}') {
      return; // a bad line stays bad
    }
    int start = opened + "\"openedAt\":\"".length();
    OffsetDateTime t = OffsetDateTime.parse(sb.substring(start, sb.indexOf("\"", start)));
    sb.insert(sb.indexOf("{\"id\"") + 1, "\"component\":\"c" + r.nextInt(20) + "\",");
    sb.setLength(sb.length() - 1);
    sb.append(",\"events\":[");
    if (r.nextInt(10) < 9) {
      t = t.plusMinutes(10 + r.nextInt(3 * 1440));
      event(sb, "AGENT_RESPONDED", t, false);
      if (r.nextBoolean()) {
        event(sb, "WAITING_ON_CUSTOMER", t, true);
        t = t.plusMinutes(60 + r.nextInt(2 * 1440));
        event(sb, "CUSTOMER_RESPONDED", t, true);
      }
      if (r.nextInt(10) < 7) {
        t = t.plusMinutes(1 + r.nextInt(5 * 1440));
        event(sb, "RESOLVED", t, true);
        if (r.nextInt(10) < 6) {
          t = t.plusMinutes(1 + r.nextInt(3 * 1440));
          event(sb, "CLOSED", t, true);
        }
      }
    }
    sb.append("]}");
  }

  private static void event(StringBuilder sb, String type, OffsetDateTime at, boolean comma) {
    sb.append(comma ? "," : "")
        .append("{\"type\":\"")
        .append(type)
        .append("\",\"at\":\"")
        .append(at.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .append("\"}");
  }
}
