package io.github.slakit.test;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a JSON value differs from what was expected of it. The expected value says only what
 * matters: an object matches when each of its fields matches the actual object's field of that
 * name (the actual object may have more); an array matches an array of the same length, element by
 * element; a number matches a number of the same value ({@code 1} and {@code 1.0}); a string that
 * is an instant with an offset matches one of the same instant ({@code 2026-03-30T11:00:00+02:00}
 * and {@code 2026-03-30T09:00:00Z}); anything else matches an equal value.
 */
public final class JsonDiff {
  private JsonDiff() {}

  /**
   * One field that differs.
   *
   * @param path the field's path from the top, as JSON.md writes it ({@code
   *     targets[0].deadline}); empty for the top value itself
   * @param expected the expected value as JSON text
   * @param actual the actual value as JSON text, or {@code (missing)} when the field is absent
   */
  public record Difference(String path, String expected, String actual) {
    /**
     * Checks the components.
     *
     * @param path the field's path
     * @param expected the expected value as JSON text
     * @param actual the actual value as JSON text
     */
    public Difference {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(expected, "expected");
      Objects.requireNonNull(actual, "actual");
    }

    /** {@return {@code path: expected X but was Y}} */
    @Override
    public String toString() {
      return (path.isEmpty() ? "(top)" : path) + ": expected " + expected + " but was " + actual;
    }
  }

  /**
   * Every difference between an expected value and the actual one, in document order.
   *
   * @param expected what matters of the value
   * @param actual the value
   * @return the differences; empty when the actual value matches
   */
  public static List<Difference> differences(JsonNode expected, JsonNode actual) {
    List<Difference> out = new ArrayList<>();
    diff("", expected, actual, out);
    return List.copyOf(out);
  }

  private static void diff(
      String path, JsonNode expected, @Nullable JsonNode actual, List<Difference> out) {
    if (actual == null || actual.isMissingNode()) {
      out.add(new Difference(path, expected.toString(), "(missing)"));
    } else if (expected.isObject()) {
      if (!actual.isObject()) {
        out.add(new Difference(path, expected.toString(), actual.toString()));
        return;
      }
      for (Map.Entry<String, JsonNode> e : expected.properties()) {
        String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        diff(p, e.getValue(), actual.get(e.getKey()), out);
      }
    } else if (expected.isArray()) {
      if (!actual.isArray()) {
        out.add(new Difference(path, expected.toString(), actual.toString()));
        return;
      }
      if (actual.size() != expected.size()) {
        out.add(
            new Difference(
                path + " (" + expected.size() + " elements expected, " + actual.size() + " found)",
                expected.toString(),
                actual.toString()));
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        diff(path + "[" + i + "]", expected.get(i), actual.get(i), out);
      }
    } else if (!scalarsMatch(expected, actual)) {
      out.add(new Difference(path, expected.toString(), actual.toString()));
    }
  }

  private static boolean scalarsMatch(JsonNode expected, JsonNode actual) {
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    if (expected.isTextual() && actual.isTextual() && !expected.equals(actual)) {
      try {
        return OffsetDateTime.parse(expected.asText())
            .toInstant()
            .equals(OffsetDateTime.parse(actual.asText()).toInstant());
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    return expected.equals(actual);
  }
}
