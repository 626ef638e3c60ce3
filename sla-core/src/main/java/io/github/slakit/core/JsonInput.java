package io.github.slakit.core;

import io.github.slakit.calendars.internal.JsonReader;

/**
 * The shared JSON reader ({@link JsonReader}) raising {@link SlaInputException}s that name their
 * source: {@code source: path: value is not ...}. Missing fields and explicit nulls are the same:
 * absent.
 */
final class JsonInput extends JsonReader<SlaInputException> {
  private final String source;

  JsonInput(String source) {
    super(
        (path, message) ->
            new SlaInputException(prefix(source) + (path.isEmpty() ? "" : path + ": ") + message));
    this.source = source;
  }

  /** The file or source name given for messages, possibly empty. */
  String source() {
    return source;
  }

  String prefix() {
    return prefix(source);
  }

  private static String prefix(String source) {
    return source.isEmpty() ? "" : source + ": ";
  }
}
