package io.github.slakit.oncall;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.internal.JsonFields;
import io.github.slakit.core.SlaInputException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the schedule and policy JSON by the contract's rules (docs/JSON.md): one JSON value, no key
 * twice, no unpaired surrogate, no unknown field (the nearest known name is offered), an explicit
 * null is an absent field; every mistake is one {@link SlaInputException} reading {@code source:
 * path: value is not ...}, on one line.
 */
final class JsonReader {
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  /** The longest value a message shows whole. */
  private static final int SHOWN = 80;

  private final String source;

  JsonReader(String source) {
    this.source = source;
  }

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
    return node;
  }

  private String prefix() {
    return source.isEmpty() ? "" : source + ": ";
  }

  SlaInputException error(String path, String message) {
    return new SlaInputException(prefix() + (path.isEmpty() ? "(root)" : path) + ": " + message);
  }

  SlaInputException error(String path, JsonNode value, String what) {
    return error(path, show(value) + " is not " + what);
  }

  static String show(JsonNode value) {
    String s = value.isTextual() ? JsonFields.quote(value.textValue()) : value.toString();
    return s.length() <= SHOWN ? s : s.substring(0, SHOWN - 3) + "...";
  }

  static String path(String parent, String field) {
    String f = field.matches("[A-Za-z0-9_-]+") ? field : JsonFields.quote(field);
    return parent.isEmpty() ? f : parent + "." + f;
  }

  /** The object at {@code path}, with no field but {@code known} ({@code what}: "a layer"). */
  JsonNode object(JsonNode node, String path, List<String> known, String what) {
    if (!node.isObject()) {
      throw error(path, node, what + " (an object)");
    }
    JsonFields.firstUnknown(node, known, what).ifPresent(u -> {
      throw new SlaInputException(prefix() + (path.isEmpty() ? "" : path + ": ") + u.message());
    });
    return node;
  }

  Optional<JsonNode> optional(JsonNode obj, String field) {
    JsonNode n = obj.get(field);
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n);
  }

  JsonNode required(JsonNode obj, String parent, String field) {
    return optional(obj, field).orElseThrow(() -> error(path(parent, field), "is missing (required)"));
  }

  /** A string that is not blank and holds no unpaired surrogate. */
  String text(JsonNode n, String path) {
    if (!n.isTextual()) {
      throw error(path, n, "a string");
    }
    String s = n.textValue();
    if (s.isBlank()) {
      throw error(path, "is empty");
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw error(path, show(n) + " holds an unpaired surrogate: it is not Unicode text");
      }
    }
    return s;
  }

  String requiredText(JsonNode obj, String parent, String field) {
    return text(required(obj, parent, field), path(parent, field));
  }

  Optional<String> optionalText(JsonNode obj, String parent, String field) {
    return optional(obj, field).map(n -> text(n, path(parent, field)));
  }

  /** A whole number in {@code min..max}. */
  Optional<Integer> integer(JsonNode obj, String parent, String field, int min, int max) {
    return optional(obj, field).map(n -> {
      if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < min || n.intValue() > max) {
        throw error(path(parent, field), n, "a whole number from " + min + " to " + max);
      }
      return n.intValue();
    });
  }

  /** An array; each element given to {@code each} with its path. */
  <T> List<T> list(JsonNode n, String path, String what, Item<T> each) {
    if (!n.isArray()) {
      throw error(path, n, what + " (a list)");
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      out.add(each.read(n.get(i), path + "[" + i + "]"));
    }
    return out;
  }

  /** Reads one element of a list. */
  interface Item<T> {
    T read(JsonNode node, String path);
  }

  <E extends Enum<E>> E enumeration(JsonNode n, String path, Class<E> type, String what) {
    if (n.isTextual()) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(n.textValue())) {
          return e;
        }
      }
    }
    throw error(path, n, what + " (" + Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", ")) + ")");
  }

  ZoneId zone(JsonNode n, String path) {
    return parsed(n, path, ZoneId::of, "a time zone (an IANA id: Asia/Seoul)");
  }

  /** A year the calendars support, so that every answer can be computed. */
  int year(int year, JsonNode n, String path) {
    if (year < BusinessCalendar.FIRST_YEAR || year > BusinessCalendar.LAST_YEAR) {
      throw error(path, show(n) + " is outside the supported years " + BusinessCalendar.FIRST_YEAR
          + ".." + BusinessCalendar.LAST_YEAR);
    }
    return year;
  }

  <T> T parsed(JsonNode n, String path, Function<String, T> parser, String what) {
    if (!n.isTextual()) {
      throw error(path, n, what);
    }
    try {
      return parser.apply(n.textValue());
    } catch (DateTimeException | IllegalArgumentException | ArithmeticException e) {
      throw error(path, n, what);
    }
  }
}
