package io.github.slakit.core;

import io.github.slakit.calendars.internal.JsonFields;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
  static final ObjectMapper MAPPER = new ObjectMapper();

  private final String source;

  JsonInput(String source) {
    this.source = source;
  }

  /** Parses text; malformed JSON is blamed with its line and column. */
  JsonNode parse(String text) {
    try {
      JsonNode node = MAPPER.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw new SlaInputException(prefix() + "no JSON value (empty input)");
      }
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String at = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
      throw new SlaInputException(prefix() + at + "malformed JSON: " + e.getOriginalMessage(), e);
    }
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
    return new SlaInputException(prefix() + path + ": " + value + " is not " + what);
  }

  SlaInputException error(String path, String message) {
    return new SlaInputException(prefix() + path + ": " + message);
  }

  static String path(String parent, String field) {
    return parent.isEmpty() ? field : parent + "." + field;
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

  /** A value as JSON would write it, for messages. */
  static String show(String value) {
    return com.fasterxml.jackson.databind.node.TextNode.valueOf(value).toString();
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

  OffsetDateTime dateTime(JsonNode n, String path) {
    return parsed(n, path, OffsetDateTime::parse,
        "a date-time with an offset (2026-03-06T17:30:00+09:00)");
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
