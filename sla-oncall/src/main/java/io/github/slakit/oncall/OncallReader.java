package io.github.slakit.oncall;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.slakit.calendars.internal.JsonReader;
import io.github.slakit.core.SlaInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the schedule and policy JSON by the contract's rules (docs/JSON.md), through the library's
 * one JSON reader: one JSON value, no key twice, no unpaired surrogate, no unknown field (the
 * nearest known name is offered), an explicit null is an absent field; every mistake is one {@link
 * SlaInputException} reading {@code source: path: value is not ...}, on one line. Adds what
 * schedules and policies need besides: bounded whole numbers, lists read item by item, enum values
 * standing alone.
 */
final class OncallReader extends JsonReader<SlaInputException> {

  OncallReader(String source) {
    super(
        (path, message) ->
            new SlaInputException(
                (source.isEmpty() ? "" : source + ": ")
                    + (path.isEmpty() ? "" : path + ": ")
                    + message));
  }

  /** The object at {@code path}, with no field but {@code known} ({@code what}: "a layer"). */
  JsonNode object(JsonNode node, String path, List<String> known, String what) {
    if (!node.isObject()) {
      throw error(path.isEmpty() ? "(root)" : path, node, what + " (an object)");
    }
    known(node, path, known, what);
    return node;
  }

  /** A field that may be absent or null. */
  Optional<JsonNode> optional(JsonNode obj, String field) {
    return optional(obj, "", field);
  }

  /** A string that is not blank. */
  @Override
  public String text(JsonNode n, String path) {
    String s = super.text(n, path);
    if (s.isBlank()) {
      throw error(path, "is empty");
    }
    return s;
  }

  /** A whole number in {@code min..max}. */
  Optional<Integer> integer(JsonNode obj, String parent, String field, int min, int max) {
    return optional(obj, field)
        .map(
            n -> {
              if (!n.isIntegralNumber()
                  || !n.canConvertToInt()
                  || n.intValue() < min
                  || n.intValue() > max) {
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

  /** An enum value given by its name. */
  <E extends Enum<E>> E enumeration(JsonNode n, String path, Class<E> type, String what) {
    if (n.isTextual()) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(n.textValue())) {
          return e;
        }
      }
    }
    throw error(
        path,
        n,
        what
            + " ("
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", "))
            + ")");
  }
}
