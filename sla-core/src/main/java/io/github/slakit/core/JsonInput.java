package io.github.slakit.core;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.internal.JsonFields;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads typed fields out of a JSON tree, blaming {@code source: path: value} on every mistake.
 * Missing fields and explicit nulls are the same: absent.
 */
final class JsonInput {
  /**
   * Strict: a key given twice and anything after the JSON value are errors, not silently the last
   * value or ignored.
   */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  /** The longest value a message shows whole; longer ones are cut with "...". */
  static final int SHOWN = 80;

  private final String source;

  JsonInput(String source) {
    this.source = source;
  }

  /**
   * Parses text: one JSON value, with no key given twice, and no string holding an unpaired
   * surrogate (it is not Unicode text, and writing it would alter it). Malformed JSON is blamed
   * with its line and column, in words of our own.
   */
  JsonNode parse(String text) {
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String at = loc == null || loc.getLineNr() < 0 ? ""
          : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
      throw new SlaInputException(prefix() + at + "malformed JSON: " + JsonFields.describe(e), e);
    }
    if (node == null || node.isMissingNode()) {
      throw new SlaInputException(prefix() + "no JSON value (empty input)");
    }
    checkText(node, "");
    return node;
  }

  /** Refuses a string or a key holding an unpaired surrogate, naming where it is. */
  private void checkText(JsonNode node, String path) {
    if (node.isTextual() && !wellFormed(node.textValue())) {
      throw error(path.isEmpty() ? "(root)" : path, show(node)
          + " holds an unpaired surrogate: it is not Unicode text");
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

  /** Whether every surrogate in the text is part of a pair. */
  static boolean wellFormed(String s) {
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

  /** The file or source name given for messages, possibly empty. */
  String source() {
    return source;
  }

  String prefix() {
    return source.isEmpty() ? "" : source + ": ";
  }

  /** {@code source: path: value is not what}. */
  SlaInputException error(String path, JsonNode value, String what) {
    return new SlaInputException(prefix() + path + ": " + show(value) + " is not " + what);
  }

  SlaInputException error(String path, String message) {
    return new SlaInputException(prefix() + path + ": " + message);
  }

  /**
   * A field's path: {@code parent.field}; a field whose name is not a plain word is written as a
   * JSON string ({@code attributes."two\nlines"}), so that a message stays on one line.
   */
  static String path(String parent, String field) {
    String f = field.matches("[A-Za-z0-9_-]+") ? field : show(field);
    return parent.isEmpty() ? f : parent + "." + f;
  }

  /** An id as it is when it is a plain word, else as a JSON string (escaped, cut). */
  static String word(String s) {
    return s.matches("[A-Za-z0-9_.:@/+-]{1,80}") ? s : show(s);
  }

  /** A value as JSON writes it (escaped: one line), cut after {@link #SHOWN} characters. */
  static String show(JsonNode value) {
    return value.isTextual() ? show(value.textValue()) : cut(value.toString());
  }

  /** A string as JSON writes it (escaped: one line), cut after {@link #SHOWN} characters. */
  static String show(String value) {
    return cut(JsonFields.quote(value));
  }

  private static String cut(String s) {
    return s.length() <= SHOWN ? s : s.substring(0, SHOWN - 3) + "...";
  }

  /** The object at the root or a field; blames anything else. */
  JsonNode object(JsonNode node, String path) {
    if (!node.isObject()) {
      throw error(path.isEmpty() ? "(root)" : path, node, "an object");
    }
    return node;
  }

  /**
   * Refuses a field of {@code obj} that is not among {@code names}, naming the nearest known one.
   *
   * @param what the object's kind with its article ({@code "a case"})
   */
  void known(JsonNode obj, String path, List<String> names, String what) {
    JsonFields.firstUnknown(obj, names, what).ifPresent(u -> {
      throw new SlaInputException(prefix() + (path.isEmpty() ? "" : path + ": ") + u.message());
    });
  }

  Optional<JsonNode> optional(JsonNode obj, String parent, String field) {
    JsonNode n = obj.get(field);
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n);
  }

  JsonNode required(JsonNode obj, String parent, String field) {
    return optional(obj, parent, field).orElseThrow(
        () -> error(path(parent, field), "is missing (required)"));
  }

  String text(JsonNode n, String path) {
    if (!n.isTextual()) {
      throw error(path, n, "a string");
    }
    return n.asText();
  }

  String requiredText(JsonNode obj, String parent, String field) {
    String s = text(required(obj, parent, field), path(parent, field));
    if (s.isBlank()) {
      throw error(path(parent, field), "is empty");
    }
    return s;
  }

  Optional<String> optionalText(JsonNode obj, String parent, String field) {
    return optional(obj, parent, field).map(n -> text(n, path(parent, field)));
  }

  boolean bool(JsonNode obj, String parent, String field, boolean dflt) {
    return optionalBool(obj, parent, field).orElse(dflt);
  }

  Optional<Boolean> optionalBool(JsonNode obj, String parent, String field) {
    return optional(obj, parent, field).map(n -> {
      if (!n.isBoolean()) {
        throw error(path(parent, field), n, "a boolean (true or false)");
      }
      return n.booleanValue();
    });
  }

  Optional<Integer> count(JsonNode obj, String parent, String field) {
    return optional(obj, parent, field).map(n -> {
      if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 0) {
        throw error(path(parent, field), n, "a count (a whole number, 0 or more)");
      }
      return n.intValue();
    });
  }

  Optional<BigDecimal> amount(JsonNode obj, String parent, String field) {
    return optional(obj, parent, field).map(n -> {
      if (!n.isNumber() || n.decimalValue().signum() < 0) {
        throw error(path(parent, field), n, "an amount (a number, 0 or more)");
      }
      return n.decimalValue();
    });
  }

  <E extends Enum<E>> Optional<E> enumeration(JsonNode obj, String parent, String field,
      Class<E> type, String what) {
    return optional(obj, parent, field).map(n -> {
      E[] values = type.getEnumConstants();
      if (n.isTextual()) {
        for (E e : values) {
          if (e.name().equals(n.asText())) {
            return e;
          }
        }
      }
      throw error(path(parent, field), n, what + " ("
          + Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", ")) + ")");
    });
  }

  Optional<LocalDate> date(JsonNode obj, String parent, String field) {
    return optional(obj, parent, field).map(n -> parsed(n, path(parent, field), LocalDate::parse,
        "a date (YYYY-MM-DD)"));
  }

  /**
   * A date-time with its offset, in the years calendars support ({@link
   * BusinessCalendar#FIRST_YEAR}..{@link BusinessCalendar#LAST_YEAR}, in UTC and local time).
   */
  OffsetDateTime dateTime(JsonNode n, String path) {
    OffsetDateTime t = parsed(n, path, OffsetDateTime::parse,
        "a date-time with an offset (2026-03-06T17:30:00+09:00)");
    int local = t.getYear();
    // the UTC year only for local years near the range: far from it, UTC may not be representable
    boolean near = local >= BusinessCalendar.FIRST_YEAR - 1 && local <= BusinessCalendar.LAST_YEAR + 1;
    int utc = near ? t.atZoneSameInstant(java.time.ZoneOffset.UTC).getYear() : local;
    if (Math.min(local, utc) < BusinessCalendar.FIRST_YEAR
        || Math.max(local, utc) > BusinessCalendar.LAST_YEAR) {
      throw error(path, show(n) + " is outside the supported years " + BusinessCalendar.FIRST_YEAR
          + ".." + BusinessCalendar.LAST_YEAR);
    }
    return t;
  }

  ZoneId zone(JsonNode n, String path) {
    return parsed(n, path, ZoneId::of, "a time zone");
  }

  <T> T parsed(JsonNode n, String path, Function<String, T> parser, String what) {
    if (n.getNodeType() != JsonNodeType.STRING) {
      throw error(path, n, what);
    }
    try {
      return parser.apply(n.asText());
    } catch (DateTimeException | IllegalArgumentException e) {
      throw error(path, n, what);
    }
  }
}
