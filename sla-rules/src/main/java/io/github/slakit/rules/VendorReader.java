package io.github.slakit.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.slakit.calendars.internal.JsonReader;
import io.github.slakit.core.SlaRulesException;
import io.github.slakit.core.SlaRulesException.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a vendor.json through the library's one JSON reader (strict: one JSON value, no key given
 * twice, no unknown field, malformed JSON blamed on its line and column), each mistake one {@link
 * SlaRulesException} whose problem names the file, the field path and the value.
 */
final class VendorReader extends JsonReader<SlaRulesException> {
  VendorReader(String source) {
    super((path, message) -> bad(source, (path.isEmpty() ? "" : path + ": ") + message));
  }

  /** The problem of a vendor folder that cannot be read. */
  static SlaRulesException bad(String source, String problem) {
    return new SlaRulesException(
        "a vendor folder cannot be read", List.of(new Problem(source, 0, 0, "", problem)));
  }

  /** A list of names (non-blank strings); empty when the field is absent. */
  List<String> names(JsonNode obj, String field) {
    List<String> out = new ArrayList<>();
    JsonNode n = optional(obj, "", field).orElse(null);
    if (n == null) {
      return out;
    }
    if (!n.isArray()) {
      throw error(field, n, "a list of names");
    }
    for (int i = 0; i < n.size(); i++) {
      JsonNode e = n.get(i);
      String at = field + "[" + i + "]";
      if (!e.isTextual() || e.asText().isBlank()) {
        throw error(at, e, "a name");
      }
      out.add(e.asText());
    }
    return out;
  }
}
