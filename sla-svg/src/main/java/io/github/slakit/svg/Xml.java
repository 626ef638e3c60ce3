package io.github.slakit.svg;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Text made safe for XML and numbers written the same way everywhere: what every piece of a
 * picture goes through, so that the same input gives the same bytes.
 */
final class Xml {
  private Xml() {}

  /**
   * {@code s} as XML character data or an attribute value: {@code & < > " '} as entities, a line
   * break or tab as a space, and a character XML 1.0 does not allow (a control character, a lone
   * surrogate, U+FFFE, U+FFFF) as U+FFFD, so that any input gives a well-formed document.
   */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\t', '\n', '\r' -> sb.append(' ');
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /** A coordinate or length: at most two decimals, no trailing zeros, no exponent. */
  static String num(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      throw new IllegalArgumentException("not a finite number: " + v);
    }
    BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    String s = d.toPlainString();
    return s.equals("-0") ? "0" : s;
  }
}
