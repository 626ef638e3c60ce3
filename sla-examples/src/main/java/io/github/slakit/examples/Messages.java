package io.github.slakit.examples;

import com.fasterxml.jackson.databind.node.TextNode;
import io.github.slakit.core.SlaRulesException;
import java.util.stream.Collectors;

/**
 * How the harness words what went wrong: always one line, whatever the values in it hold.
 *
 * <p>A value the harness quotes is shown as a JSON string ({@link #show}); a whole message is
 * passed through {@link #oneLine} before it reaches stderr, so that a line break, a control
 * character or a lone surrogate inside a file name, an option value or a library message cannot
 * split it or garble it.
 */
final class Messages {
  private Messages() {}

  /** {@code value} as a JSON string, quotes included: {@code "a\nb"}. */
  static String show(String value) {
    return TextNode.valueOf(value).toString();
  }

  /**
   * The message of a documented failure (bad input, rules that fail). A {@link SlaRulesException}
   * lists its problems one a line; here they follow its summary, separated by {@code "; "}.
   */
  static String of(Throwable e) {
    String message = String.valueOf(e.getMessage());
    if (e instanceof SlaRulesException rules && !rules.problems().isEmpty()) {
      String listed =
          rules.problems().stream()
              .map(p -> System.lineSeparator() + "  " + p)
              .collect(Collectors.joining());
      if (message.endsWith(listed)) {
        return message.substring(0, message.length() - listed.length())
            + ": "
            + rules.problems().stream().map(String::valueOf).collect(Collectors.joining("; "));
      }
    }
    return message;
  }

  /**
   * The message of a failure that is not a documented one (a bug, of the harness or of the
   * library): the exception's class and message, never a stack trace.
   */
  static String internal(Throwable e) {
    String message = e.getMessage();
    return "internal error: " + e.getClass().getName() + (message == null ? "" : ": " + message);
  }

  /**
   * {@code text} on one line: line breaks and tabs as {@code \n}, {@code \r}, {@code \t}; other
   * control characters, U+2028, U+2029 and unpaired surrogates as {@code \}{@code uXXXX}. Other
   * characters, backslashes included, are kept as they are.
   */
  static String oneLine(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escaped = escape(text, i, c);
      if (escaped != null && sb == null) {
        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (sb != null) {
        if (escaped != null) {
          sb.append(escaped);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? text : sb.toString();
  }

  private static String escape(String text, int i, char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        break;
    }
    if (c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == '\u2028'
        || c == '\u2029'
        || unpairedSurrogate(text, i, c)) {
      return String.format("\\u%04x", (int) c);
    }
    return null;
  }

  /**
   * {@code line}, a line of JSON text, with each unpaired surrogate (which only a JSON string can
   * hold, from a {@code \}{@code ud800} escape in the input) written as its escape again: the line
   * encodes to UTF-8 without loss and reads back to the same string.
   */
  static String jsonSafe(String line) {
    StringBuilder sb = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean lone = unpairedSurrogate(line, i, c);
      if (lone && sb == null) {
        sb = new StringBuilder(line.length() + 16).append(line, 0, i);
      }
      if (sb != null) {
        if (lone) {
          sb.append(String.format("\\u%04x", (int) c));
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? line : sb.toString();
  }

  private static boolean unpairedSurrogate(String s, int i, char c) {
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }
}
