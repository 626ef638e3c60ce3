package io.github.slakit.calendars.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

/**
 * What every slakit JSON reader shares: a field it does not know is refused, with the nearest known
 * name when one is close ({@code "severty" is not a field of a case; did you mean "severity"?}), so
 * that a typo never drops a value silently; malformed JSON is described in slakit's words; values
 * are quoted on one line. Not part of the API.
 */
public final class JsonFields {
  private JsonFields() {}

  /**
   * The first field of {@code object} that is not in {@code known}, described for a message, or
   * empty when every field is known.
   *
   * @param object a JSON object
   * @param known the field names it may have, in the order a message lists them
   * @param what the object's kind, with its article ({@code "a case"})
   * @return the unknown field and the message part that explains it, or empty
   */
  public static Optional<Unknown> firstUnknown(
      JsonNode object, Collection<String> known, String what) {
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        return Optional.of(new Unknown(name, describe(name, known, what)));
      }
    }
    return Optional.empty();
  }

  /**
   * What is wrong with malformed JSON, without the parser's class and method names.
   *
   * @param e what Jackson raised while parsing
   * @return a phrase on one line ({@code the key "id" is given twice}), without the location
   */
  public static String describe(JsonProcessingException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return "it is nested too deeply, or a number or string in it is too long";
    }
    if (m.startsWith("Duplicate field ")) {
      return "the key "
          + m.substring("Duplicate field ".length()).replace('\'', '"')
          + " is given twice";
    }
    if (m.startsWith("Trailing token")) {
      return "there is more after the JSON value (one value per input)";
    }
    // Jackson's own words name the character and what was expected; drop its hints at its API.
    return m.replaceAll("\\s*\\(for [^)]*\\)", "")
        .replaceAll("`[^`]*`", "")
        .replaceAll("\\s+", " ")
        .strip();
  }

  /**
   * An unknown field and the message part that explains it.
   *
   * @param name the field as written
   * @param message {@code "severty" is not a field of a case; did you mean "severity"?}
   */
  public record Unknown(String name, String message) {}

  static String describe(String name, Collection<String> known, String what) {
    String head = quote(name) + " is not a field of " + what;
    return nearest(name, known)
        .map(n -> head + "; did you mean " + quote(n) + "?")
        .orElseGet(() -> head + " (" + String.join(", ", known) + ")");
  }

  /**
   * The known name nearest to {@code name}: equal ignoring case, or within an edit distance of a
   * third of its length (at least 1, at most 3); the first such in {@code known}'s order on a tie.
   */
  static Optional<String> nearest(String name, Collection<String> known) {
    String lower = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(lower, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    int allowed = Math.min(3, Math.max(1, name.length() / 3));
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance, with a transposition of two neighbours counted as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }

  /**
   * The text as a JSON string, on one line: quotes, backslashes, control characters and unpaired
   * surrogates escaped ({@code "a\nb"}, {@code "\uD800"}).
   *
   * @param text any text
   * @return the text between double quotes, whole (never cut)
   */
  public static String quote(String text) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !paired) {
        sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else if (paired) {
        sb.append(c).append(text.charAt(++i));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
