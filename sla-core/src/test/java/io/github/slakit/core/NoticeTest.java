package io.github.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A notice's code is upper case letters, digits and underscores, starting with a letter. */
class NoticeTest {

  @Test
  void codesOfUpperCaseLettersDigitsAndUnderscoresStartingWithALetterAreKept() {
    for (String code : new String[] {"A", "Z", "OUTSIDE_TERM", "P1", "A_", "VISIT_QUOTA_2027"}) {
      assertThat(new Notice(code, "m", "").code()).isEqualTo(code);
    }
  }

  @Test
  void anyOtherCodeIsRefusedNamingIt() {
    // empty; a digit, an underscore or a lower case letter first; a hyphen, a space, a lower case
    // letter, an accented capital or a character just outside A-Z ('@' before 'A', '[' after
    // 'Z') or 0-9 ('/' before '0', ':' after '9') further on
    for (String code :
        new String[] {
          "",
          "1A",
          "_A",
          "a",
          "OUTSIDE-TERM",
          "OUTSIDE TERM",
          "OUTSIDE_term",
          "É",
          "AÉ",
          "@",
          "[",
          "A@",
          "A[",
          "A/",
          "A:"
        }) {
      assertThatThrownBy(() -> new Notice(code, "m", ""))
          .as(code)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "code (\""
                  + code
                  + "\") must be upper case letters, digits and underscores, starting with a"
                  + " letter");
    }
  }
}
