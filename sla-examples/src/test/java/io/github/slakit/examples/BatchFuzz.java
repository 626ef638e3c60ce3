package io.github.slakit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded batch input for the fuzz tests: valid requests of every built-in vendor and level, and
 * the same requests broken in the ways a batch file breaks; and the check of what the harness
 * made of them: exactly one output line per input line, in order, each valid JSON, error lines
 * numbered right, the exit status as documented. The requests are {@code evaluate}'s, or {@code
 * status}'s: the same with events in any order (every type, a severity change, instants with
 * other offsets) and a moment, and broken events besides.
 */
final class BatchFuzz {
  /** Which batch: its command, and what an answer is called in its summary. */
  enum Mode {
    EVALUATE("evaluate", "decision", "decisions"),
    STATUS("status", "status", "statuses");

    final String command;
    final String answer;
    final String answers;

    Mode(String command, String answer, String answers) {
      this.command = command;
      this.answer = answer;
      this.answers = answers;
    }
  }

  /** What was done to a line, and so what its output line may be. */
  enum Kind {
    // decided
    VALID(Expect.DECISION),
    CRLF(Expect.DECISION),
    LONG_STRING(Expect.DECISION),
    NEWLINE_IN_VALUE(Expect.DECISION),
    UNICODE(Expect.DECISION),
    // refused by the harness itself, in its own words
    BLANK(Expect.HARNESS_ERROR),
    INVALID_UTF8(Expect.HARNESS_ERROR),
    TOO_LONG(Expect.HARNESS_ERROR),
    // refused by the library's reader or engine (their wording is theirs)
    TRUNCATED(Expect.ERROR),
    UNKNOWN_FIELD(Expect.ERROR),
    WRONG_TYPE(Expect.ERROR),
    DEEP_NESTING(Expect.ERROR),
    HUGE_YEAR(Expect.ERROR),
    // status lines only: an event or the moment the reader or the engine refuses
    BAD_EVENT(Expect.ERROR),
    // either, depending on where the damage falls or on how strict the reader is
    BYTE_FLIP(Expect.EITHER),
    LONE_SURROGATE(Expect.EITHER),
    BARE_CR(Expect.EITHER),
    TWO_VALUES(Expect.EITHER),
    DUPLICATE_KEY(Expect.EITHER);

    final Expect expect;

    Kind(Expect expect) {
      this.expect = expect;
    }
  }

  enum Expect {
    DECISION,
    HARNESS_ERROR,
    ERROR,
    EITHER
  }

  /**
   * One input line: its bytes without the line ending, the case id a decision must carry (null
   * when the damage may have changed it), and for invalid UTF-8 the offset of the first bad byte.
   */
  record Line(int number, Kind kind, byte[] bytes, String caseId, int badOffset) {}

  /** The built-in vendors and their levels (docs/JSON.md). */
  static final String[][] LEVELS = {
    {"elastic", "ENTERPRISE"}, {"elastic", "PLATINUM"}, {"elastic", "GOLD"},
    {"elastic", "DEVELOPMENT"}, {"elastic", "SILVER"}, {"elastic", "STANDARD_CLOUD"},
    {"elastic", "STANDARD_SWIFTYPE"}, {"veeam", "PRODUCTION"}, {"veeam", "BASIC"},
    {"rockplace", "PREMIUM"}, {"rockplace", "STANDARD_PLUS"}, {"rockplace", "STANDARD"},
    {"rockplace", "BASIC"}
  };

  private static final String[][] ELASTIC_PLACES = {
    {"KR", "Asia/Seoul"},
    {"FR", "Europe/Paris"},
    {"US", "America/New_York"},
    {"CZ", "Europe/Prague"}
  };
  private static final String[] IMPACTS = {
    "OUTAGE", "DEGRADED", "PARTIAL_FAILURE", "PERFORMANCE", "QUESTION"
  };
  private static final String[] NAMES = {
    "Acme Korea",
    "Société Générale",
    "주식회사 에이씨엠이",
    "Ünïcødé GmbH 😀",
    "\"Quoted\" \\ Backslash Ltd",
    "Tab\tand\u2028separator"
  };
  private static final DateTimeFormatter OFFSET_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
  private static final byte[][] INVALID_UTF8 = {
    {(byte) 0xFF},
    {(byte) 0xC0, (byte) 0xAF},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xE2, (byte) 0x82},
    {(byte) 0x80},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xC3}
  };
  private static final String[] HUGE_YEARS = {
    "+999999999-12-31T23:59:59-18:00",
    "-999999999-01-01T00:00:00+18:00",
    "+10000-01-01T00:00:00Z",
    "+275760-09-13T00:00:00Z"
  };

  /** A field's value, as a regular expression, and a value of the wrong type to put instead. */
  private static final String[][] WRONG_TYPES = {
    {"\"production\": (true|false)", "\"production\": \"yes\""},
    {"\"workaround\": (true|false)", "\"workaround\": 0"},
    {"\"openedAt\": \"[^\"]*\"", "\"openedAt\": 20260101"},
    {"\"location\": \\{[^}]*\\}", "\"location\": []"},
    {"\"level\": \"[A-Z_]*\"", "\"level\": 3"},
    {"\"vendor\": \"([a-z]*)\"", "\"vendor\": [\"$1\"]"},
    {"\"id\": \"S-([0-9]*)\"", "\"id\": {\"value\": \"S-$1\"}"},
    {"\\{\"case\": \\{", "{\"case\": {\"severity\": \"two\", "},
    {"\\{\"case\": \\{", "{\"case\": {\"severity\": 2.5, "},
    {"\\{\"case\": \\{", "{\"case\": {\"severity\": 99999999999999999999, "},
  };

  private static final String ATTRIBUTES = ", \"attributes\": {\"region\": \"north\", \"tier\": 3}";

  private BatchFuzz() {}

  /** Status requests broken in their events or moment, each a JSON fragment and what replaces it. */
  private static final String[] BAD_EVENTS = {
    "{\"type\": \"SEVERITY_CHANGED\", \"at\": \"2026-06-01T10:00:00Z\"}",
    "{\"type\": \"SEVERITY_CHANGED\", \"at\": \"2026-06-01T10:00:00Z\", \"severity\": 7}",
    "{\"type\": \"SEVERITY_CHANGED\", \"at\": \"2026-06-01T10:00:00Z\", \"severity\": 0}",
    "{\"type\": \"SEVERITY_CHANGED\", \"at\": \"2026-06-01T10:00:00Z\", \"severity\": \"1\"}",
    "{\"type\": \"SEVERITY_CHANGED\", \"at\": \"2026-06-01T10:00:00Z\", \"severity\": 1.5}",
    "{\"type\": \"SEVERITY_CHANGED\", \"at\": \"2026-06-01T10:00:00Z\", \"severity\": 99999999999}",
    "{\"type\": \"WAITING_ON_CUSTOMER\", \"at\": \"2026-06-01T10:00:00Z\", \"severity\": 2}",
    "{\"type\": \"WAITING\", \"at\": \"2026-06-01T10:00:00Z\"}",
    "{\"type\": \"resolved\", \"at\": \"2026-06-01T10:00:00Z\"}",
    "{\"type\": 3, \"at\": \"2026-06-01T10:00:00Z\"}",
    "{\"at\": \"2026-06-01T10:00:00Z\"}",
    "{\"type\": \"RESOLVED\"}",
    "{\"type\": \"RESOLVED\", \"at\": \"2026-06-01 10:00\"}",
    "{\"type\": \"RESOLVED\", \"at\": \"2026-06-01T10:00:00\"}",
    "{\"type\": \"RESOLVED\", \"at\": \"+999999999-12-31T23:59:59-18:00\"}",
    "{\"type\": \"RESOLVED\", \"at\": \"2299-12-31T23:30:00-01:00\"}",
    "{\"type\": \"RESOLVED\", \"at\": 1772780400}",
    "{\"type\": \"RESOLVED\", \"at\": \"2026-06-01T10:00:00Z\", \"note\": \"x\"}",
    "\"RESOLVED\"",
    "null",
    // refused by the engine: before the opening, an OPENED that is not the opening
    "{\"type\": \"AGENT_RESPONDED\", \"at\": \"1999-01-01T00:00:00Z\"}",
    "{\"type\": \"OPENED\", \"at\": \"2028-06-01T10:00:00Z\"}",
  };

  /** The moment, broken: not an instant, out of range, before the opening. */
  private static final String[] BAD_MOMENTS = {
    "\"tomorrow\"",
    "\"2026-06-01T10:00:00\"",
    "12",
    "\"+10000-01-01T00:00:00Z\"",
    "\"1999-01-01T00:00:00Z\"",
    "null",
    "[]"
  };

  private static final String[] EVENT_TYPES = {
    "REOPENED",
    "SEVERITY_CHANGED",
    "ESCALATED",
    "WAITING_ON_CUSTOMER",
    "WAITING_ON_VENDOR",
    "CUSTOMER_RESPONDED",
    "AGENT_RESPONDED",
    "RESOLVED",
    "CLOSED"
  };
  private static final String[] OFFSETS = {"Z", "+09:00", "-05:00", "+05:45", "+14:00"};

  /** {@code evaluate} lines: {@link #generate(Mode, long, int, int)}. */
  static List<Line> generate(long seed, int count, int maxTooLong) {
    return generate(Mode.EVALUATE, seed, count, maxTooLong);
  }

  /**
   * {@code count} lines from {@code seed}: the first thirteen are a valid request of each level,
   * the rest valid or broken at random (at most {@code maxTooLong} over the 1 MiB cap).
   */
  static List<Line> generate(Mode mode, long seed, int count, int maxTooLong) {
    SplittableRandom r = new SplittableRandom(seed);
    Kind[] kinds =
        mode == Mode.STATUS
            ? Kind.values()
            : java.util.Arrays.stream(Kind.values())
                .filter(k -> k != Kind.BAD_EVENT)
                .toArray(Kind[]::new);
    List<Line> lines = new ArrayList<>(count);
    int tooLong = 0;
    for (int n = 1; n <= count; n++) {
      String[] level = LEVELS[n <= LEVELS.length ? n - 1 : r.nextInt(LEVELS.length)];
      Kind kind =
          n <= LEVELS.length || r.nextInt(100) < 35 ? Kind.VALID : kinds[r.nextInt(kinds.length)];
      if (kind == Kind.TOO_LONG && tooLong++ >= maxTooLong) {
        kind = Kind.VALID;
      }
      lines.add(line(mode, n, kind, level, r));
    }
    return lines;
  }

  /** The file: each line and its ending ({@code \r\n} for CRLF), the last one sometimes without. */
  static byte[] file(List<Line> lines, long seed) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      b.writeBytes(l.bytes());
      boolean last = i == lines.size() - 1;
      // a last line without \n is still a line, unless it is empty (then it would be none)
      if (!last || l.bytes().length == 0 || seed % 2 == 0) {
        b.writeBytes(l.kind() == Kind.CRLF ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
      }
    }
    return b.toByteArray();
  }

  private static String show(String s) {
    return Messages.show(s);
  }

  /** A valid request of the vendor and level; {@code id} is the case's id. */
  static String request(
      int n, String id, String[] level, SplittableRandom r, String customer, String openedAt) {
    String vendor = level[0];
    String[] place =
        vendor.equals("elastic")
            ? ELASTIC_PLACES[r.nextInt(ELASTIC_PLACES.length)]
            : ELASTIC_PLACES[0];
    String opened =
        openedAt != null
            ? openedAt
            : LocalDate.of(2026, 1, 1)
                .atStartOfDay(ZoneId.of(place[1]))
                .plusMinutes(r.nextInt(730 * 24 * 60))
                .format(OFFSET_TIME);
    StringBuilder c =
        new StringBuilder("{\"id\": ")
            .append(show(id))
            .append(", \"vendor\": \"")
            .append(vendor)
            .append("\", \"openedAt\": \"")
            .append(opened)
            .append('"');
    if (r.nextInt(10) < 3) {
      c.append(", \"severity\": ").append(1 + r.nextInt(4));
    }
    if (r.nextBoolean()) {
      c.append(", \"impact\": \"").append(IMPACTS[r.nextInt(IMPACTS.length)]).append('"');
    }
    c.append(", \"production\": ").append(r.nextInt(5) != 0);
    c.append(", \"workaround\": ").append(r.nextInt(5) == 0);
    if (vendor.equals("elastic") && r.nextBoolean()) {
      c.append(", \"deployment\": \"")
          .append(r.nextBoolean() ? "CLOUD" : "SELF_MANAGED")
          .append('"');
    }
    if (vendor.equals("veeam") && r.nextInt(10) < 3) {
      c.append(", \"issueKind\": \"")
          .append(new String[] {"GENERAL", "SEVERE", "SALES_DEAL"}[r.nextInt(3)])
          .append("\", \"seConsulted\": ")
          .append(r.nextBoolean());
    }
    if (vendor.equals("rockplace") && r.nextInt(5) == 0) {
      c.append(", \"onSiteVisit\": true");
    }
    if (r.nextInt(5) == 0) {
      c.append(", \"businessImpact\": ").append(show(NAMES[r.nextInt(NAMES.length)]));
    }
    if (r.nextInt(10) == 0) {
      c.append(ATTRIBUTES);
    }
    c.append('}');

    StringBuilder s =
        new StringBuilder("{\"id\": \"S-")
            .append(n)
            .append("\", \"vendor\": \"")
            .append(vendor)
            .append("\", \"level\": \"")
            .append(level[1])
            .append("\", \"customer\": ")
            .append(show(customer))
            .append(", \"location\": {\"country\": \"")
            .append(place[0])
            .append("\", \"zone\": \"")
            .append(place[1])
            .append("\"}");
    if (vendor.equals("elastic")) {
      s.append(", \"deployment\": \"")
          .append(r.nextBoolean() ? "CLOUD" : "SELF_MANAGED")
          .append("\", \"annualSpendUsd\": ")
          .append(5_000 + 1_000 * r.nextInt(200))
          .append(", \"newCustomer\": ")
          .append(r.nextInt(10) == 0);
    }
    if (r.nextInt(10) < 8) {
      s.append(", \"start\": \"2026-01-01\", \"end\": \"")
          .append(r.nextInt(10) == 0 ? "2026-06-30" : "2027-12-31")
          .append('"');
    }
    if (vendor.equals("rockplace")) {
      if (level[1].equals("PREMIUM") && r.nextBoolean()) {
        s.append(", \"agreedVisitsPerYear\": ").append(12 + r.nextInt(13));
      }
      if (r.nextBoolean()) {
        s.append(", \"usage\": {\"onSiteVisitDates\": [\"2026-02-10\", \"2026-05-04\"]}");
      }
      s.append(", \"rpsCustomer\": ").append(r.nextInt(10) == 0);
    }
    if (r.nextInt(30) == 0) {
      s.append(", \"calendar\": {\"id\": \"fuzz-office\", \"zone\": \"")
          .append(place[1])
          .append(
              "\", \"weekly\": {\"MON\": [\"09:00-12:00\", \"13:00-18:00\"], \"TUE\": [\"09:00-18:00\"],"
                  + " \"WED\": [\"22:00-06:00\"], \"FRI\": [\"00:00-24:00\"]},"
                  + " \"holidays\": {\"add\": [\"2026-05-01\", {\"date\": \"2027-05-01\", \"name\": \"May Day\"}]}}");
    }
    s.append('}');
    return "{\"case\": " + c + ", \"subscription\": " + s + "}";
  }

  /**
   * A valid status request: the request of {@link #request} opened at {@code opened}, up to eleven
   * events after it in any order (an {@code OPENED} at the opening now and then), with instants in
   * other offsets, and a moment up to 40 days after the opening (so that some events come after
   * it and are ignored).
   */
  static String statusRequest(String request, OffsetDateTime opened, SplittableRandom r) {
    StringBuilder events = new StringBuilder("[");
    int count = r.nextInt(12);
    for (int i = 0; i < count; i++) {
      boolean isOpened = r.nextInt(20) == 0;
      String type = isOpened ? "OPENED" : EVENT_TYPES[r.nextInt(EVENT_TYPES.length)];
      OffsetDateTime at =
          (isOpened ? opened : opened.plusMinutes(r.nextInt(40 * 24 * 60)))
              .withOffsetSameInstant(java.time.ZoneOffset.of(OFFSETS[r.nextInt(OFFSETS.length)]));
      events
          .append(i == 0 ? "" : ", ")
          .append("{\"type\": \"")
          .append(type)
          .append("\", \"at\": \"")
          .append(at.format(OFFSET_TIME))
          .append('"');
      if (type.equals("SEVERITY_CHANGED")) {
        events.append(", \"severity\": ").append(1 + r.nextInt(4));
      }
      events.append('}');
    }
    events.append(']');
    String at = opened.plusMinutes(r.nextInt(40 * 24 * 60)).format(OFFSET_TIME);
    String eventsField = count == 0 && r.nextBoolean() ? "" : ", \"events\": " + events;
    return request.substring(0, request.length() - 1) + eventsField + ", \"at\": \"" + at + "\"}";
  }

  /** A status request with one of its events, or its moment, broken. */
  private static String badEvent(String valid, SplittableRandom r) {
    int at = valid.lastIndexOf(", \"at\": ");
    if (r.nextInt(4) == 0) { // the moment
      return valid.substring(0, at)
          + ", \"at\": "
          + BAD_MOMENTS[r.nextInt(BAD_MOMENTS.length)]
          + "}";
    }
    String bad = BAD_EVENTS[r.nextInt(BAD_EVENTS.length)];
    int events = valid.indexOf(", \"events\": [");
    if (events < 0) {
      return valid.substring(0, at) + ", \"events\": [" + bad + "]" + valid.substring(at);
    }
    int open = events + ", \"events\": [".length();
    String rest = valid.substring(open);
    // first, or after the first event
    int split = rest.startsWith("]") || r.nextBoolean() ? 0 : rest.indexOf("}, ") + 3;
    String sep = rest.startsWith("]") ? "" : ", ";
    return split == 0
        ? valid.substring(0, open) + bad + sep + rest
        : valid.substring(0, open) + rest.substring(0, split) + bad + ", " + rest.substring(split);
  }

  private static Line line(Mode mode, int n, Kind kind, String[] level, SplittableRandom r) {
    String id = "F-" + n;
    String customer = NAMES[r.nextInt(NAMES.length)];
    switch (kind) {
      case LONG_STRING -> customer = "x".repeat(10_000 + r.nextInt(90_000));
      case NEWLINE_IN_VALUE -> id = id + "\nsecond line\r\n";
      case UNICODE -> id = id + " 주문 😀 Ü";
      default -> {}
    }
    String opened = kind == Kind.HUGE_YEAR ? HUGE_YEARS[r.nextInt(HUGE_YEARS.length)] : null;
    String valid;
    if (mode == Mode.STATUS) {
      OffsetDateTime start =
          LocalDate.of(2026, 1, 1)
              .atStartOfDay(ZoneId.of("Asia/Seoul"))
              .plusMinutes(r.nextInt(730 * 24 * 60))
              .toOffsetDateTime();
      valid =
          statusRequest(
              request(
                  n, id, level, r, customer, opened != null ? opened : start.format(OFFSET_TIME)),
              start,
              r);
      if (kind == Kind.BAD_EVENT) {
        valid = badEvent(valid, r);
      }
    } else {
      valid = request(n, id, level, r, customer, opened);
    }
    byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
    switch (kind) {
      case VALID, CRLF, LONG_STRING, NEWLINE_IN_VALUE, UNICODE, HUGE_YEAR, BAD_EVENT:
        return new Line(n, kind, bytes, id, -1);
      case BLANK:
        return new Line(
            n,
            kind,
            utf8(new String[] {"", " ", "\t", "  \t  ", "\u000b"}[r.nextInt(5)]),
            null,
            -1);
      case INVALID_UTF8:
        {
          int at;
          do {
            at = r.nextInt(bytes.length);
          } while (bytes[at] < 0); // an ASCII byte: a character boundary, valid UTF-8 before it
          byte[] bad = INVALID_UTF8[r.nextInt(INVALID_UTF8.length)];
          return new Line(
              n, kind, concat(slice(bytes, 0, at), bad, slice(bytes, at, bytes.length)), null, at);
        }
      case TOO_LONG:
        {
          int size = (1 << 20) + 1 + r.nextInt(5_000);
          return new Line(
              n,
              kind,
              utf8(valid.substring(0, valid.length() - 1) + " ".repeat(size - bytes.length) + "}"),
              null,
              -1);
        }
      case TRUNCATED:
        return new Line(n, kind, slice(bytes, 0, 1 + r.nextInt(bytes.length - 1)), null, -1);
      case UNKNOWN_FIELD:
        return new Line(
            n,
            kind,
            utf8(
                r.nextBoolean()
                    ? valid.replaceFirst("\\{\"case\": \\{", "{\"case\": {\"severty\": 2, ")
                    : valid.replaceFirst(
                        "\"subscription\": \\{", "\"subscription\": {\"colour\": \"blue\", ")),
            null,
            -1);
      case WRONG_TYPE:
        {
          String[] wrong = WRONG_TYPES[r.nextInt(WRONG_TYPES.length)];
          // without a severity of its own, so that the wrong one is not given twice
          String text =
              valid.replaceFirst(", \"severity\": [1-4]", "").replaceFirst(wrong[0], wrong[1]);
          return new Line(n, kind, utf8(text), null, -1);
        }
      case DEEP_NESTING:
        {
          int depth = 600 + r.nextInt(100_000);
          String nest = "[".repeat(depth) + (r.nextBoolean() ? "]".repeat(depth) : "");
          return new Line(
              n,
              kind,
              utf8(
                  valid
                      .replace(ATTRIBUTES, "")
                      .replaceFirst(
                          "\\{\"case\": \\{",
                          "{\"case\": {\"attributes\": {\"x\": " + nest + "}, ")),
              null,
              -1);
        }
      case BYTE_FLIP:
        {
          byte[] flipped = bytes.clone();
          int at = r.nextInt(flipped.length);
          byte b;
          do {
            b = (byte) (flipped[at] ^ (1 + r.nextInt(255)));
          } while (b == '\n');
          flipped[at] = b;
          return new Line(n, kind, flipped, null, -1);
        }
      case LONE_SURROGATE:
        {
          String escape = r.nextBoolean() ? "\\ud800" : "\\udfff";
          String text =
              valid.replace("\"id\": \"F-" + n + "\"", "\"id\": \"F-" + n + escape + "\"");
          return new Line(
              n, kind, utf8(text), id + (escape.equals("\\ud800") ? "\ud800" : "\udfff"), -1);
        }
      case BARE_CR:
        {
          int at = 1 + r.nextInt(bytes.length - 1);
          return new Line(
              n,
              kind,
              concat(slice(bytes, 0, at), new byte[] {'\r'}, slice(bytes, at, bytes.length)),
              id,
              -1);
        }
      case TWO_VALUES:
        return new Line(
            n,
            kind,
            utf8(valid + new String[] {" " + valid, "{}", " 1", "[]", "\r\t{"}[r.nextInt(5)]),
            id,
            -1);
      case DUPLICATE_KEY:
        // the later "id" is the case's own, as readers that keep the last value see it
        return new Line(
            n,
            kind,
            utf8(valid.replaceFirst("\\{\"case\": \\{", "{\"case\": {\"id\": \"DUP\", ")),
            id,
            -1);
      default:
        throw new AssertionError(kind);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] slice(byte[] b, int from, int to) {
    return java.util.Arrays.copyOfRange(b, from, to);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      b.writeBytes(p);
    }
    return b.toByteArray();
  }

  /** Reads output lines strictly: one JSON value, no repeated key. */
  private static final ObjectMapper STRICT =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  /** What the output held, for the summary and the exit status. */
  record Outcome(int answers, int errors, int internalErrors) {
    int status() {
      return internalErrors > 0 ? 70 : errors > 0 ? 1 : 0;
    }
  }

  /** {@link #check(Mode, List, byte[], String)} of {@code evaluate}'s output. */
  static Outcome check(List<Line> lines, byte[] output, String source) {
    return check(Mode.EVALUATE, lines, output, source);
  }

  /**
   * Checks the output of a batch of {@code lines} read from a file named {@code source}: one
   * line per input line, in order, each strict JSON in strict UTF-8, each as its kind allows; an
   * answer has the shape of the mode's (a decision's targets, a status's metrics and alarms).
   */
  static Outcome check(Mode mode, List<Line> lines, byte[] output, String source) {
    String text;
    try {
      text = InputFiles.decode(output, 0, output.length);
    } catch (InputFiles.NotUtf8 e) {
      throw new AssertionError("the output is not UTF-8 at byte " + e.offset, e);
    }
    assertThat(text.isEmpty() || text.endsWith("\n"))
        .as("the output ends with a line break")
        .isTrue();
    String[] out =
        text.isEmpty() ? new String[0] : text.substring(0, text.length() - 1).split("\n", -1);
    assertThat(out).as("output lines").hasSize(lines.size());
    int answers = 0;
    int errors = 0;
    int internal = 0;
    for (int i = 0; i < out.length; i++) {
      Line in = lines.get(i);
      String where = "line " + in.number() + " (" + in.kind() + ")";
      JsonNode node;
      try {
        node = STRICT.readTree(out[i]);
      } catch (IOException e) {
        throw new AssertionError(where + ": output is not JSON: " + out[i], e);
      }
      assertThat(node.isObject()).as(where).isTrue();
      if (node.has("line")) {
        errors++;
        assertThat(node.size())
            .as(where + ": an error line has line and error only: " + node)
            .isEqualTo(2);
        assertThat(node.get("line").isIntegralNumber() && node.get("line").asLong() == in.number())
            .as(where + ": error line numbered " + node.get("line"))
            .isTrue();
        String error = node.get("error").asText();
        String prefix = source + ":" + in.number() + ": ";
        assertThat(error).as(where).startsWith(prefix);
        boolean isInternal = error.startsWith(prefix + "internal error: ");
        if (isInternal) {
          internal++;
          // Every kind of bad line, huge years included, is bad input the library names: an
          // internal error is a bug.
          throw new AssertionError(
              where + ": an internal error on a " + in.kind() + " line: " + error);
        }
        assertThat(in.kind().expect)
            .as(where + ": should answer, but: " + error)
            .isNotEqualTo(Expect.DECISION);
        switch (in.kind()) {
          case BLANK -> assertThat(error).as(where).isEqualTo(prefix + "blank line: no request");
          case INVALID_UTF8 ->
              assertThat(error)
                  .as(where)
                  .startsWith(
                      prefix
                          + "the line is not valid UTF-8 at byte offset "
                          + in.badOffset()
                          + " ");
          case TOO_LONG ->
              assertThat(error).as(where).startsWith(prefix + "the line is longer than 1 MiB");
          default -> {}
        }
      } else {
        answers++;
        assertThat(in.kind().expect)
            .as(where + ": should be an error line, but answered")
            .isIn(Expect.DECISION, Expect.EITHER);
        if (in.caseId() != null) { // the line's own case and subscription, so in order
          assertThat(node.get("caseId").asText()).as(where).isEqualTo(in.caseId());
          assertThat(node.get("subscriptionId").asText()).as(where).isEqualTo("S-" + in.number());
        }
        if (mode == Mode.STATUS) {
          assertThat(node.get("metrics").isArray()).as(where).isTrue();
          assertThat(node.get("alarms").isArray()).as(where).isTrue();
          assertThat(node.get("caseState").isTextual()).as(where).isTrue();
        } else {
          assertThat(node.get("targets").isArray()).as(where).isTrue();
        }
      }
    }
    return new Outcome(answers, errors, internal);
  }

  /** The summary an {@code evaluate} batch must end with. */
  static String summary(String name, int lines, Outcome o) {
    return summary(Mode.EVALUATE, name, lines, o);
  }

  /** The batch summary a run must end with. */
  static String summary(Mode mode, String name, int lines, Outcome o) {
    String s =
        String.format(
            java.util.Locale.ROOT,
            "%s: %s: %,d line%s, %,d %s, %,d error line%s",
            mode.command,
            name,
            lines,
            lines == 1 ? "" : "s",
            o.answers(),
            o.answers() == 1 ? mode.answer : mode.answers,
            o.errors(),
            o.errors() == 1 ? "" : "s");
    return o.internalErrors() == 0
        ? s
        : s
            + String.format(
                java.util.Locale.ROOT,
                " (%,d internal error%s)",
                o.internalErrors(),
                o.internalErrors() == 1 ? "" : "s");
  }
}
