package io.github.slakit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.examples.HarnessJarIT.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every harness command of the README ({@code $H ...} lines), run as written from the repository's
 * root with the packaged jar: it exits 0, or the status the README gives with {@code # exit N};
 * where the README says {@code # -> value}, it prints that value. Stderr is empty, but for a
 * batch's summary line.
 */
class ReadmeCommandsIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TestFactory
  Stream<DynamicTest> readmeCommandsWorkAsWritten() throws Exception {
    List<String> commands =
        Files.readAllLines(ROOT.resolve("README.md")).stream()
            .filter(l -> l.startsWith("$H "))
            .toList();
    assertThat(commands).as("harness commands in README.md").hasSizeGreaterThanOrEqualTo(8);
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : commands) {
      tests.add(
          DynamicTest.dynamicTest(
              line,
              () -> {
                int hash = line.indexOf("  # -> ");
                int exit = line.indexOf("  # exit ");
                String command =
                    line.substring(0, hash >= 0 ? hash : exit >= 0 ? exit : line.length());
                String[] args =
                    Arrays.stream(command.substring(3).trim().split("\\s+")).toArray(String[]::new);
                // what a command writes (a picture, a page) goes to a folder of the test's own
                Path written = Files.createTempDirectory("readme-");
                for (int i = 0; i + 1 < args.length; i++) {
                  if (args[i].equals("--svg")
                      || args[i].equals("--html")
                      || args[i].equals("--csv")) {
                    args[i + 1] = written.resolve(args[i + 1]).toString();
                  }
                }
                Run r = HarnessJarIT.javaIn(ROOT, args);
                boolean collects =
                    command.startsWith("$H report compliance ")
                        || command.startsWith("$H status-feed ");
                if (collects) {
                  // error lines on stderr, then the summary
                  List<String> err = r.err().lines().toList();
                  assertThat(err.subList(0, err.size() - 1))
                      .as("stderr")
                      .allMatch(l -> l.startsWith("{\"line\":"));
                  assertThat(err.get(err.size() - 1))
                      .matches(
                          "(report compliance|status-feed): \\S+: [0-9,]+ lines?, [0-9,]+"
                              + " status(es)?, [0-9,]+ error lines? in [0-9.]+ s");
                } else if (command.startsWith("$H report ")) {
                  assertThat(r.err().lines().toList())
                      .as("stderr")
                      .hasSize(2)
                      .last()
                      .asString()
                      .matches("report: \\S+index.html: [0-9]+ cases?");
                  assertThat(written.resolve(args[Arrays.asList(args).indexOf("--html") + 1]))
                      .isDirectoryContaining("glob:**/index.html");
                } else if (command.contains("--batch")) {
                  assertThat(r.err().lines())
                      .as("stderr")
                      .singleElement()
                      .asString()
                      .matches(
                          "(evaluate: \\S+: [0-9,]+ lines?, [0-9,]+ decisions?|status: \\S+: [0-9,]+ lines?,"
                              + " [0-9,]+ status(es)?), [0-9,]+ error lines? in [0-9.]+ s");
                } else {
                  assertThat(r.err()).as("stderr").isEmpty();
                }
                assertThat(r.status())
                    .isEqualTo(
                        exit < 0
                            ? 0
                            : Integer.parseInt(
                                line.substring(exit + "  # exit ".length()).strip()));
                if (!command.startsWith("$H report ") || collects) {
                  assertThat(r.out()).isNotBlank();
                }
                if (command.contains(" --svg ")) {
                  String svg =
                      Files.readString(
                          written.resolve(args[Arrays.asList(args).indexOf("--svg") + 1]));
                  assertThat(svg).startsWith("<svg ").endsWith("</svg>\n");
                }
                if (hash >= 0) {
                  assertThat(r.out().strip())
                      .isEqualTo(line.substring(hash + "  # -> ".length()).strip());
                }
              }));
    }
    return tests.stream();
  }
}
