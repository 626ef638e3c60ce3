package io.github.slakit.calendars.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import io.github.slakit.calendars.BusinessCalendar;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one reader of slakit's JSON inputs (cases, subscriptions, requests, calendars): it parses
 * strictly and reads typed fields out of the tree, blaming {@code path: value is not what} on
 * every mistake, in the same words whichever module reads. How a mistake is raised is the
 * caller's: sla-core raises {@code SlaInputException}, sla-calendars {@code
 * CalendarFormatException}, each naming its source. A missing field and an explicit {@code null}
 * are the same: absent. Not part of the API.
 *
 * <p>Paths are written {@code parent.field}, {@code list[2]}; the whole input is {@code (root)}.
 * Values are quoted as JSON writes them, on one line, and cut after {@link #SHOWN} characters.
 * Every method that reads raises an {@code E} for a mistake. Thread-safe when its {@link Errors}
 * is.
 *
 * @param <E> the exception raised for a mistake
 */
public class JsonReader<E extends RuntimeException> {
  /**
   * Strict: a key given twice and anything after the JSON value are errors, not silently the last
   * value or ignored. Also the writer of slakit's JSON output.
   */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** The longest value a message shows whole, in characters; longer ones are cut with "...". */
  public static final int SHOWN = 80;

  /**
   * How a reader raises a mistake.
   *
   * @param <E> the exception raised
   */
  @FunctionalInterface
  public interface Errors<E extends RuntimeException> {
    /**
     * The exception for one mistake; the reader throws it.
     *
     * @param path where the mistake is ({@code location.zone}, {@code line 3, column 12}, {@code
     *     (root)}), or empty when it is the whole input
     * @param message what is wrong ({@code "Asia/Seul" is not a time zone ...}), on one line
     * @return the exception, not thrown
     */
    E error(String path, String message);
  }

  private final Errors<E> errors;

  /**
   * A reader that raises mistakes through {@code errors}.
   *
   * @param errors makes the exception of each mistake
   */
  public JsonReader(Errors<E> errors) {
    this.errors = Objects.requireNonNull(errors, "errors");
  }

  /**
   * Parses text: one JSON value, with no key given twice, and no string or key holding an
   * unpaired surrogate (it is not Unicode text, and writing it would alter it). Malformed JSON is
   * blamed on its line and column ({@code line 3, column 12: malformed JSON: ...}), in words of our
   * own.
   *
   * @param text the input
   * @return the tree
   */
  public JsonNode parse(String text) {
    return parse(text, "");
  }

  /**
   * Parses text that is one value of a larger document, as {@link #parse(String)}: paths in
   * messages start with {@code root}, and malformed JSON is blamed on {@code root} rather than on
   * a line and column of the text.
   *
   * @param text the value's JSON text
   * @param root the value's path in its document ({@code subscription.calendar}); empty for a
   *     whole document
   * @return the tree
   */
  public JsonNode parse(String text, String root) {
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String at =
          !root.isEmpty()
              ? root
              : loc == null || loc.getLineNr() < 0
                  ? ""
                  : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      throw error(at, "malformed JSON: " + JsonFields.describe(e));
    }
    if (node == null || node.isMissingNode()) {
      throw error(root, "no JSON value (empty input)");
    }
    if (mayHoldSurrogate(text)) {
      checkText(node, root);
    }
    return node;
  }

  /**
   * Whether a string or key parsed from the text can hold a surrogate at all: only a surrogate in
   * the text itself or an escape (after a backslash) puts one there. Most inputs have neither, and
   * need no walk of their tree.
   *
   * @param text JSON text
   * @return true when the text holds a backslash or a surrogate
   */
  public static boolean mayHoldSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** Refuses a string or a key holding an unpaired surrogate, naming where it is. */
  private void checkText(JsonNode node, String path) {
    if (node.isTextual() && !wellFormed(node.textValue())) {
      throw error(
          path.isEmpty() ? "(root)" : path,
          show(node) + " holds an unpaired surrogate: it is not Unicode text");
    }
    if (node.isObject()) {
      for (var e : node.properties()) {
        String p = path(path, e.getKey());
        if (!wellFormed(e.getKey())) {
          throw error(p, "the key holds an unpaired surrogate: it is not Unicode text");
        }
        checkText(e.getValue(), p);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkText(node.get(i), path + "[" + i + "]");
      }
    }
  }

  /**
   * Whether every surrogate in the text is part of a pair.
   *
   * @param s any text
   * @return false when a high surrogate is not followed by a low one, or a low one stands alone
   */
  public static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The mistake {@code path: value is not what}.
   *
   * @param path where the value is
   * @param value the value, shown as JSON writes it
   * @param what what it should be, with its article ({@code "a date (YYYY-MM-DD)"})
   * @return the exception, for the caller to throw
   */
  public E error(String path, JsonNode value, String what) {
    return error(path, show(value) + " is not " + what);
  }

  /**
   * The mistake {@code path: message}.
   *
   * @param path where it is, or empty when it is the whole input
   * @param message what is wrong, on one line
   * @return the exception, for the caller to throw
   */
  public E error(String path, String message) {
    return errors.error(path, message);
  }

  /**
   * Whether a field is named as it is in a path: one or more of {@code A-Z a-z 0-9 _ -}. A loop,
   * not a regular expression: a path is made for every field read.
   */
  private static boolean plainField(String field) {
    if (field.isEmpty()) {
      return false;
    }
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (!asciiAlnum(c) && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** Whether an id is shown as it is: 1 to 80 of {@code A-Z a-z 0-9 _ . : @ / + -}. */
  private static boolean plainWord(String s) {
    if (s.isEmpty() || s.length() > 80) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!asciiAlnum(c) && "_.:@/+-".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean asciiAlnum(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * A field's path: {@code parent.field}; a field whose name is not a plain word is written as a
   * JSON string ({@code attributes."two\nlines"}), so that a message stays on one line.
   *
   * @param parent the object's path, empty at the root
   * @param field the field's name
   * @return the path
   */
  public static String path(String parent, String field) {
    String f = plainField(field) ? field : show(field);
    return parent.isEmpty() ? f : parent + "." + f;
  }

  /**
   * An id as it is when it is a plain word, else as a JSON string (escaped, cut).
   *
   * @param s the id
   * @return {@code C-1} as it is, {@code "two words"} quoted
   */
  public static String word(String s) {
    return plainWord(s) ? s : show(s);
  }

  /**
   * A value as JSON writes it (escaped: one line), cut after {@link #SHOWN} characters.
   *
   * @param value any value
   * @return the text a message shows
   */
  public static String show(JsonNode value) {
    return value.isTextual() ? show(value.textValue()) : cut(value.toString());
  }

  /**
   * A string as JSON writes it (escaped: one line), cut after {@link #SHOWN} characters.
   *
   * @param value any text
   * @return the text between double quotes, cut with "..." when long
   */
  public static String show(String value) {
    return cut(JsonFields.quote(value));
  }

  private static String cut(String s) {
    return s.length() <= SHOWN ? s : s.substring(0, SHOWN - 3) + "...";
  }

  /**
   * The object at the root or a field; blames anything else.
   *
   * @param node the value
   * @param path its path, empty at the root
   * @return the node, an object
   */
  public JsonNode object(JsonNode node, String path) {
    if (!node.isObject()) {
      throw error(path.isEmpty() ? "(root)" : path, node, "an object");
    }
    return node;
  }

  /**
   * Refuses a field of {@code obj} that is not among {@code names}, naming the nearest known one.
   *
   * @param obj an object
   * @param path its path, empty at the root
   * @param names the fields it may have, in the order a message lists them
   * @param what the object's kind with its article ({@code "a case"})
   */
  public void known(JsonNode obj, String path, List<String> names, String what) {
    JsonFields.firstUnknown(obj, names, what)
        .ifPresent(
            u -> {
              throw error(path, u.message());
            });
  }

  /**
   * A field that may be absent.
   *
   * @param obj an object
   * @param parent its path (unused: an absent field is no mistake)
   * @param field the field's name
   * @return its value, or empty when it is absent or {@code null}
   */
  public Optional<JsonNode> optional(JsonNode obj, String parent, String field) {
    JsonNode n = obj.get(field);
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n);
  }

  /**
   * A field that must be given.
   *
   * @param obj an object
   * @param parent its path, empty at the root
   * @param field the field's name
   * @return its value, never {@code null}
   */
  public JsonNode required(JsonNode obj, String parent, String field) {
    return optional(obj, parent, field)
        .orElseThrow(() -> error(path(parent, field), "is missing (required)"));
  }

  /**
   * A string value.
   *
   * @param n the value
   * @param path its path
   * @return its text, possibly empty
   */
  public String text(JsonNode n, String path) {
    if (!n.isTextual()) {
      throw error(path, n, "a string");
    }
    return n.asText();
  }

  /**
   * A string field that must be given and not blank.
   *
   * @param obj an object
   * @param parent its path, empty at the root
   * @param field the field's name
   * @return its text
   */
  public String requiredText(JsonNode obj, String parent, String field) {
    String s = text(required(obj, parent, field), path(parent, field));
    if (s.isBlank()) {
      throw error(path(parent, field), "is empty");
    }
    return s;
  }

  /**
   * A string field that may be absent.
   *
   * @param obj an object
   * @param parent its path, empty at the root
   * @param field the field's name
   * @return its text (possibly empty), or empty when absent
   */
  public Optional<String> optionalText(JsonNode obj, String parent, String field) {
    return optional(obj, parent, field).map(n -> text(n, path(parent, field)));
  }

  /**
   * A boolean field with a default.
   *
   * @param obj an object
   * @param parent its path, empty at the root
   * @param field the field's name
   * @param dflt the value when absent
   * @return {@code true} or {@code false} as given, else {@code dflt}
   */
  public boolean bool(JsonNode obj, String parent, String field, boolean dflt) {
    return optionalBool(obj, parent, field).orElse(dflt);
  }

  /**
   * A boolean field that may be absent: JSON {@code true} or {@code false}, never a string.
   *
   * @param obj an object
   * @param parent its path, empty at the root
   * @param field the field's name
   * @return the value, or empty when absent
   */
  public Optional<Boolean> optionalBool(JsonNode obj, String parent, String field) {
    return optional(obj, parent, field)
        .map(
            n -> {
              if (!n.isBoolean()) {
                throw error(path(parent, field), n, "a boolean (true or false)");
              }
              return n.booleanValue();
            });
  }

  /**
   * A count field that may be absent: a whole number, 0 or more, that fits an {@code int}.
   *
   * @param obj an object
   * @param parent its path, empty at the root
   * @param field the field's name
   * @return the count, or empty when absent
   */
  public Optional<Integer> count(JsonNode obj, String parent, String field) {
    return optional(obj, parent, field)
        .map(
            n -> {
              if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 0) {
                throw error(path(parent, field), n, "a count (a whole number, 0 or more)");
              }
              return n.intValue();
            });
  }

  /**
   * An amount field that may be absent: a number, 0 or more, kept exact.
   *
   * @param obj an object
   * @param parent its path, empty at the root
   * @param field the field's name
   * @return the amount, or empty when absent
   */
  public Optional<BigDecimal> amount(JsonNode obj, String parent, String field) {
    return optional(obj, parent, field)
        .map(
            n -> {
              if (!n.isNumber() || n.decimalValue().signum() < 0) {
                throw error(path(parent, field), n, "an amount (a number, 0 or more)");
              }
              return n.decimalValue();
            });
  }

  /**
   * An enum field that may be absent, spelled exactly as the constant; a mistake lists them all.
   *
   * @param <T> the enum
   * @param obj an object
   * @param parent its path, empty at the root
   * @param field the field's name
   * @param type the enum's class
   * @param what its name with the article, for messages ({@code "an impact"})
   * @return the constant, or empty when absent
   */
  public <T extends Enum<T>> Optional<T> enumeration(
      JsonNode obj, String parent, String field, Class<T> type, String what) {
    return optional(obj, parent, field)
        .map(
            n -> {
              T[] values = type.getEnumConstants();
              if (n.isTextual()) {
                for (T e : values) {
                  if (e.name().equals(n.asText())) {
                    return e;
                  }
                }
              }
              throw error(
                  path(parent, field),
                  n,
                  what
                      + " ("
                      + Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "))
                      + ")");
            });
  }

  /**
   * A date field that may be absent, {@code YYYY-MM-DD}.
   *
   * @param obj an object
   * @param parent its path, empty at the root
   * @param field the field's name
   * @return the date, or empty when absent
   */
  public Optional<LocalDate> date(JsonNode obj, String parent, String field) {
    return optional(obj, parent, field).map(n -> date(n, path(parent, field)));
  }

  /**
   * A date value, {@code YYYY-MM-DD}.
   *
   * @param n the value
   * @param path its path
   * @return the date
   */
  public LocalDate date(JsonNode n, String path) {
    return parsed(n, path, JsonReader::isoDate, "a date (YYYY-MM-DD)");
  }

  /**
   * A date-time with its offset, in the years calendars support ({@link
   * BusinessCalendar#FIRST_YEAR}..{@link BusinessCalendar#LAST_YEAR}, in UTC and local time).
   *
   * @param n the value
   * @param path its path
   * @return the date-time, with the offset given
   */
  public OffsetDateTime dateTime(JsonNode n, String path) {
    OffsetDateTime t =
        parsed(
            n,
            path,
            JsonReader::isoDateTime,
            "a date-time with an offset (2026-03-06T17:30:00+09:00)");
    if (!inSupportedYears(t)) {
      throw outsideYears(n, path);
    }
    return t;
  }

  /**
   * A year the calendars support ({@link BusinessCalendar#FIRST_YEAR}..{@link
   * BusinessCalendar#LAST_YEAR}), so that every answer can be computed.
   *
   * @param year the year of the value
   * @param n the value, shown in the message
   * @param path its path
   * @return the year
   */
  public int year(int year, JsonNode n, String path) {
    if (year < BusinessCalendar.FIRST_YEAR || year > BusinessCalendar.LAST_YEAR) {
      throw outsideYears(n, path);
    }
    return year;
  }

  private E outsideYears(JsonNode n, String path) {
    return error(
        path,
        show(n)
            + " is outside the supported years "
            + BusinessCalendar.FIRST_YEAR
            + ".."
            + BusinessCalendar.LAST_YEAR);
  }

  /**
   * Whether a date-time is in the years calendars support ({@link BusinessCalendar#FIRST_YEAR}..
   * {@link BusinessCalendar#LAST_YEAR}), in UTC and in local time.
   *
   * @param t a date-time
   * @return true when both its local and its UTC year are in the range
   */
  public static boolean inSupportedYears(OffsetDateTime t) {
    int local = t.getYear();
    // the UTC year only for local years near the range: far from it, UTC may not be representable
    boolean near =
        local >= BusinessCalendar.FIRST_YEAR - 1 && local <= BusinessCalendar.LAST_YEAR + 1;
    int utc = near ? t.atZoneSameInstant(ZoneOffset.UTC).getYear() : local;
    return Math.min(local, utc) >= BusinessCalendar.FIRST_YEAR
        && Math.max(local, utc) <= BusinessCalendar.LAST_YEAR;
  }

  /**
   * A time zone value: an IANA id ({@code Asia/Seoul}), or anything else {@link ZoneId#of}
   * reads.
   *
   * @param n the value
   * @param path its path
   * @return the zone
   */
  public ZoneId zone(JsonNode n, String path) {
    return parsed(n, path, JsonReader::zoneId, "a time zone (an IANA id such as \"Asia/Seoul\")");
  }

  /**
   * {@link LocalDate#parse(CharSequence)}, with {@code YYYY-MM-DD} read without the formatter.
   *
   * @param text the date
   * @return the date, the same as {@code LocalDate.parse} gives
   * @throws DateTimeException when {@code LocalDate.parse} throws it
   */
  public static LocalDate isoDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int y = digits(text, 0, 4);
      int m = digits(text, 5, 2);
      int d = digits(text, 8, 2);
      if (y >= 0 && m >= 0 && d >= 0) {
        try {
          return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
          // no such date: the formatter's own words below
        }
      }
    }
    return LocalDate.parse(text);
  }

  /**
   * {@link OffsetDateTime#parse(CharSequence)}, with {@code YYYY-MM-DDThh:mm:ss+hh:mm} and {@code
   * YYYY-MM-DDThh:mm:ssZ} (what slakit writes, and most inputs hold) read without the formatter.
   *
   * @param text the date-time
   * @return the date-time, the same as {@code OffsetDateTime.parse} gives
   * @throws DateTimeException when {@code OffsetDateTime.parse} throws it
   */
  public static OffsetDateTime isoDateTime(String text) {
    int n = text.length();
    if ((n == 25 || n == 20)
        && text.charAt(4) == '-'
        && text.charAt(7) == '-'
        && text.charAt(10) == 'T'
        && text.charAt(13) == ':'
        && text.charAt(16) == ':') {
      int y = digits(text, 0, 4);
      int mo = digits(text, 5, 2);
      int d = digits(text, 8, 2);
      int h = digits(text, 11, 2);
      int mi = digits(text, 14, 2);
      int sec = digits(text, 17, 2);
      char sign = text.charAt(19);
      int oh = n == 25 ? digits(text, 20, 2) : -1;
      int om = n == 25 ? digits(text, 23, 2) : -1;
      boolean utc = n == 20 && sign == 'Z';
      boolean offset = n == 25 && (sign == '+' || sign == '-') && text.charAt(22) == ':';
      if (y >= 0 && mo >= 0 && d >= 0 && h >= 0 && mi >= 0 && sec >= 0 && (utc || offset)) {
        try {
          ZoneOffset off =
              utc
                  ? ZoneOffset.UTC
                  : sign == '+'
                      ? ZoneOffset.ofHoursMinutes(oh, om)
                      : ZoneOffset.ofHoursMinutes(-oh, -om);
          return OffsetDateTime.of(y, mo, d, h, mi, sec, 0, off);
        } catch (DateTimeException e) {
          // out of range: the formatter's own words below
        }
      }
    }
    return OffsetDateTime.parse(text);
  }

  /** The value of {@code len} ASCII digits from {@code at}, or -1 when one is not a digit. */
  private static int digits(String s, int at, int len) {
    int v = 0;
    for (int i = at; i < at + len; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** Zones read lately, by their text; only ids that read, at most {@link #ZONES_KEPT}. */
  private static final ConcurrentHashMap<String, ZoneId> ZONES = new ConcurrentHashMap<>();

  private static final int ZONES_KEPT = 1024;

  /**
   * {@link ZoneId#of(String)}, remembered for the texts read lately (a batch names the same few
   * zones on every line).
   *
   * @param text the zone's id
   * @return the zone, equal to what {@code ZoneId.of} gives
   * @throws DateTimeException when {@code ZoneId.of} throws it
   */
  public static ZoneId zoneId(String text) {
    ZoneId zone = ZONES.get(text);
    if (zone == null) {
      zone = ZoneId.of(text);
      if (ZONES.size() >= ZONES_KEPT) {
        ZONES.clear();
      }
      ZONES.put(text, zone);
    }
    return zone;
  }

  /**
   * A string value read by a parser.
   *
   * @param <T> what the parser gives
   * @param n the value
   * @param path its path
   * @param parser reads the text; a {@link DateTimeException}, {@link IllegalArgumentException}
   *     or {@link ArithmeticException} from it is the reader's mistake
   * @param what what the value should be, with its article, for messages
   * @return what the parser gave
   */
  public <T> T parsed(JsonNode n, String path, Function<String, T> parser, String what) {
    if (n.getNodeType() != JsonNodeType.STRING) {
      throw error(path, n, what);
    }
    try {
      return parser.apply(n.asText());
    } catch (DateTimeException | IllegalArgumentException | ArithmeticException e) {
      throw error(path, n, what);
    }
  }
}
