package io.github.slakit.calendars;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps the README's code examples compiling: an example lives in a test between {@code //
 * README-BEGIN} and {@code // README-END}, and the README must quote it verbatim (less the test
 * method's indentation). Shared with other modules through the test jar.
 */
public final class ReadmeSnippets {
  private ReadmeSnippets() {}

  /** Asserts that {@code ../README.md} contains the marked part of the test source file. */
  public static void assertReadmeQuotes(Path testSource) throws IOException {
    List<String> lines = Files.readAllLines(testSource);
    int from = indexOf(lines, "// README-BEGIN", testSource) + 1;
    int to = indexOf(lines, "// README-END", testSource);
    String snippet =
        String.join(
            "\n",
            lines.subList(from, to).stream()
                .map(l -> l.length() > 4 ? l.substring(4) : l.strip())
                .toList());
    assertThat(Files.readString(Path.of("../README.md")))
        .as("README.md quotes the example of %s", testSource.getFileName())
        .contains(snippet);
  }

  private static int indexOf(List<String> lines, String marker, Path file) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError(file + " has no " + marker + " line");
  }
}
