package io.github.slakit.flink;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The values last read from JSON text, by the text: a case's and a subscription's JSON in state is
 * read again at each step, and many cases share a subscription. What a text reads as depends on the
 * text alone, so an entry is never stale. Not thread-safe: one per function instance.
 *
 * @param <T> what the text reads as
 */
final class TextCache<T> {
  private final Map<String, T> entries;

  TextCache(int capacity) {
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
            return size() > capacity;
          }
        };
  }

  T get(String text, Function<String, T> reader) {
    T value = entries.get(text);
    if (value == null) {
      value = reader.apply(text);
      entries.put(text, value);
    }
    return value;
  }
}
