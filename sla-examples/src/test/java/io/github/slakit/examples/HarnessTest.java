package io.github.slakit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The harness as a user runs it: arguments in, one line out, status 0 or 2. */
class HarnessTest {

  /** What a run printed and returned. */
  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        new Harness(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(args);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static String office() {
    try {
      return Path.of(HarnessTest.class.getResource("/office-seoul.json").toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  // office-seoul: Mon-Fri 09:00-18:00 Asia/Seoul (UTC+9, no DST), 2026-03-10 (Tue) a holiday.
  @ParameterizedTest(name = "calendar {0} {2} {3} -> {5}")
  @CsvSource({
    // Fri 17:30 KST + 4 business hours: 30 min on Friday, 3 h 30 on Monday -> Mon 12:30 KST
    "add,      --from, 2026-03-06T17:30:00+09:00, --duration, PT4H, 2026-03-09T03:30:00Z",
    // TIME-2: 8 business hours from Mon 10:00 end exactly at Mon 18:00, not Wed 09:00
    "add,      --from, 2026-03-09T10:00:00+09:00, --duration, PT8H, 2026-03-09T09:00:00Z",
    // TIME-3 example: Fri 17:30 + 1 business day -> Mon 17:30
    "add-days, --from, 2026-03-06T17:30:00+09:00, --days, 1, 2026-03-09T08:30:00Z",
    // TIME-3 example: Sat 10:00 starts Mon 09:00 -> the next business day is Wed (Tue is a holiday)
    "add-days, --from, 2026-03-07T10:00:00+09:00, --days, 1, 2026-03-11T00:00:00Z",
    // Sat 10:00 KST: the next opening is Mon 09:00 KST
    "next-open, --at, 2026-03-07T10:00:00+09:00, , , 2026-03-09T00:00:00Z",
  })
  void arithmeticOnACalendarFile(
      String op, String o1, String v1, String o2, String v2, String expected) {
    Run r =
        o2 == null
            ? run("calendar", op, "--calendar", office(), o1, v1)
            : run("calendar", op, "--calendar", office(), o1, v1, o2, v2);
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo(expected + System.lineSeparator());
  }

  @Test
  void betweenPrintsAnIsoDuration() {
    // Fri 17:00 -> Mon 10:30 KST: 1 h on Friday and 1 h 30 on Monday
    Run r =
        run(
            "calendar",
            "between",
            "--calendar",
            office(),
            "--from",
            "2026-03-06T17:00:00+09:00",
            "--to",
            "2026-03-09T10:30:00+09:00");
    assertThat(r.out()).isEqualTo("PT2H30M" + System.lineSeparator());
  }

  @Test
  void countryDefaultCalendarIsMondayToFridayNineToSixWithHolidays() {
    // 2026-09-24..26 is Chuseok (Thu-Sat): Wed 2026-09-23 17:00 KST + 2 business hours runs 1 h on
    // Wednesday, skips Thu and Fri, and ends Mon 2026-09-28 10:00 KST = 01:00Z.
    Run r =
        run(
            "calendar",
            "add",
            "--country",
            "KR",
            "--from",
            "2026-09-23T17:00:00+09:00",
            "--duration",
            "PT2H");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("2026-09-28T01:00:00Z" + System.lineSeparator());
  }

  @Test
  void holidaysPrintDateCommaName() {
    Run r = run("calendar", "holidays", "--country", "KR", "--from", "2026", "--to", "2026");
    assertThat(r.status()).isZero();
    assertThat(r.out().lines()).allMatch(l -> l.matches("2026-\\d\\d-\\d\\d,.+"));
    // Seollal 2026 is 16-18 February; Chuseok 24-26 September (KASI)
    assertThat(r.out().lines().map(l -> l.substring(0, 10)))
        .contains(
            "2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-09-25", "2026-12-25");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no operation| calendar: which operation?",
        "unknown op| calendar: unknown operation \"plus\"",
        "missing option| calendar add: --duration is required",
        "bad instant| calendar add: --from \"2026-03-06 17:30\" is not an instant with an offset",
        "bad duration| calendar add: --duration \"4 hours\" is not an ISO-8601 duration",
        "both sources| calendar add: give either --calendar FILE or --country CC",
        "unknown country| calendar add: --country \"ZZ\" has no built-in calendar",
        "missing file| /nonexistent/cal.json: no such file",
        "unknown command| unknown command \"frobnicate\"",
      })
  void badInputExitsTwoWithOneMessageAndNoStackTrace(String kase, String message) {
    String[] args =
        switch (kase) {
          case "no operation" -> new String[] {"calendar"};
          case "unknown op" -> new String[] {"calendar", "plus"};
          case "missing option" ->
              new String[] {"calendar", "add", "--country", "KR", "--from", "2026-03-06T17:30:00Z"};
          case "bad instant" ->
              new String[] {
                "calendar",
                "add",
                "--country",
                "KR",
                "--from",
                "2026-03-06 17:30",
                "--duration",
                "PT1H"
              };
          case "bad duration" ->
              new String[] {
                "calendar",
                "add",
                "--country",
                "KR",
                "--from",
                "2026-03-06T17:30:00Z",
                "--duration",
                "4 hours"
              };
          case "both sources" ->
              new String[] {
                "calendar",
                "add",
                "--country",
                "KR",
                "--calendar",
                office(),
                "--from",
                "2026-03-06T17:30:00Z",
                "--duration",
                "PT1H"
              };
          case "unknown country" ->
              new String[] {
                "calendar",
                "add",
                "--country",
                "ZZ",
                "--from",
                "2026-03-06T17:30:00Z",
                "--duration",
                "PT1H"
              };
          case "missing file" ->
              new String[] {
                "calendar",
                "next-open",
                "--calendar",
                "/nonexistent/cal.json",
                "--at",
                "2026-03-06T17:30:00Z"
              };
          default -> new String[] {"frobnicate"};
        };
    Run r = run(args);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith(message).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @ParameterizedTest(name = "{0} --help")
  @ValueSource(
      strings = {
        "",
        "evaluate",
        "status",
        "demo",
        "calendar",
        "calendar add",
        "calendar add-days",
        "calendar between",
        "calendar next-open",
        "calendar holidays"
      })
  void everyCommandHasHelp(String command) {
    String[] args = (command + " --help").trim().split(" ");
    Run r = run(args);
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("usage: java -jar slakit-examples.jar " + command)
        .contains("--help");
    if (!command.contains(" ")) { // "help COMMAND" knows the commands, not their operations
      assertThat(run(("help " + command).trim().split(" ")).out()).isEqualTo(r.out());
    }
  }

  @Test
  void helpStatesTheExitStatusesAndTheLimits() {
    String top = run("--help").out();
    assertThat(top)
        .contains("Exit status:")
        .containsPattern("(?m)^ +0 +done")
        .containsPattern("(?m)^ +1 +a batch with error lines")
        .containsPattern("(?m)^ +2 +bad input or usage")
        .containsPattern("(?m)^ +70 +internal error");
    String evaluate = run("evaluate", "--help").out();
    assertThat(evaluate)
        .contains(
            "--threads", "--allow-errors", "at most 1 MiB (1,048,576", "64 MiB", "Exit status:");
    String status = run("status", "--help").out();
    assertThat(status)
        .contains(
            "--events",
            "--at",
            "--alarm-percents",
            "--off-hours",
            "--threads",
            "--allow-errors",
            "at most 1 MiB",
            "64 MiB",
            "Exit status:");
  }

  @Test
  void versionIsTheProjectVersion() {
    // the build passes the version from the POM to the tests
    String version = System.getProperty("project.version");
    assertThat(version).isNotBlank();
    Run r = run("--version");
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("slakit-examples " + version + System.lineSeparator());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "misspelt option| calendar add: unknown option \"--durtion\"",
        "unknown short option| calendar add: unknown option \"-x\"",
        "option given twice| calendar add: --from is given twice",
        "option without value| calendar add: --duration needs a value",
        "extra argument| calendar add: unexpected argument \"extra\"",
        "unknown demo option| demo: unknown option \"--fast\"",
        "threads not a number| evaluate: --threads \"two\" is not a whole number from 1 to 256",
        "batch option alone| evaluate: --threads and --allow-errors go with --batch",
      })
  void usageErrorsAreOneLineAndExitTwo(String kase, String message) {
    String from = "2026-03-06T17:30:00Z";
    String[] args =
        switch (kase) {
          case "misspelt option" ->
              new String[] {
                "calendar", "add", "--country", "KR", "--from", from, "--durtion", "PT1H"
              };
          case "unknown short option" -> new String[] {"calendar", "add", "-x"};
          case "option given twice" ->
              new String[] {
                "calendar",
                "add",
                "--country",
                "KR",
                "--from",
                from,
                "--from",
                from,
                "--duration",
                "PT1H"
              };
          case "option without value" ->
              new String[] {"calendar", "add", "--country", "KR", "--from", from, "--duration"};
          case "extra argument" ->
              new String[] {
                "calendar", "add", "--country", "KR", "--from", from, "--duration", "PT1H", "extra"
              };
          case "unknown demo option" -> new String[] {"demo", "--fast"};
          case "threads not a number" ->
              new String[] {"evaluate", "--batch", "x.jsonl", "--threads", "two"};
          default ->
              new String[] {
                "evaluate", "--case", "c.json", "--subscription", "s.json", "--allow-errors"
              };
        };
    Run r = run(args);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).singleElement().asString().startsWith(message);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "add,       --from, +999999999-12-31T23:59:59-18:00",
    "add,       --from, 1899-12-31T23:59:59Z",
    "add-days,  --from, 2300-01-01T00:00:00+09:00",
    "between,   --to,   +999999999-12-31T23:59:59-18:00",
    "between,   --from, -999999999-01-01T00:00:00+18:00",
    "next-open, --at,   +999999999-12-31T23:59:59-18:00",
  })
  void instantsOutsideTheCalendarsYearsAreRefusedAtTheDoor(String op, String option, String value) {
    String ok = "2026-03-06T17:30:00Z";
    String[] args =
        switch (op) {
          case "add" ->
              new String[] {"calendar", op, "--country", "KR", option, value, "--duration", "PT1H"};
          case "add-days" ->
              new String[] {"calendar", op, "--country", "KR", option, value, "--days", "1"};
          case "between" ->
              new String[] {
                "calendar",
                op,
                "--country",
                "KR",
                "--from",
                option.equals("--from") ? value : ok,
                "--to",
                option.equals("--to") ? value : ok
              };
          default -> new String[] {"calendar", op, "--country", "KR", option, value};
        };
    Run r = run(args);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .isEqualTo(
            "calendar "
                + op
                + ": "
                + option
                + " \""
                + value
                + "\" is outside the supported range: local years 1900 to 2299");
  }

  @TempDir Path dir;

  private Path file(String name, int bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, "{" + " ".repeat(bytes - 2) + "}");
    return f;
  }

  @Test
  void inputFilesOverOneMebibyteAreRefusedWithOneMessage() throws IOException {
    int over = (1 << 20) + 1;
    Path kase = file("case.json", over);
    Path subscription = file("subscription.json", 1 << 20);
    Run r = run("evaluate", "--case", kase.toString(), "--subscription", subscription.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            kase
                + ": larger than 1 MiB (1,048,576 bytes), the most a --case"
                + " file may hold"
                + System.lineSeparator());

    // a subscription of exactly 1 MiB is read (and refused for what it holds, not for its size)
    Run exact =
        run(
            "evaluate",
            "--case",
            EvaluateHarnessTest.file("case.json"),
            "--subscription",
            subscription.toString());
    assertThat(exact.err()).startsWith("subscription.json: ").doesNotContain("1 MiB");

    Path calendar = file("calendar.json", over);
    Run c =
        run(
            "calendar",
            "next-open",
            "--calendar",
            calendar.toString(),
            "--at",
            "2026-03-06T17:30:00Z");
    assertThat(c.status()).isEqualTo(2);
    assertThat(c.err())
        .isEqualTo(
            calendar
                + ": larger than 1 MiB (1,048,576 bytes), the most a"
                + " --calendar file may hold"
                + System.lineSeparator());
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedNamingTheOffset() throws IOException {
    Path kase = dir.resolve("case.json");
    Files.write(kase, new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '"', '}'});
    Run r =
        run(
            "evaluate",
            "--case",
            kase.toString(),
            "--subscription",
            EvaluateHarnessTest.file("subscription.json"));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            kase
                + ": not valid UTF-8 at byte offset 7 (a --case file is UTF-8 text)"
                + System.lineSeparator());
  }

  private Path subscriptionWithLevel(String levelJson) throws IOException {
    Path subscription = dir.resolve("subscription.json");
    Files.writeString(
        subscription,
        "{\"id\": \"SUB-1\", \"vendor\": \"elastic\", \"level\": "
            + levelJson
            + ", \"location\": {\"country\": \"KR\", \"zone\": \"Asia/Seoul\"}}");
    return subscription;
  }

  @Test
  void engineErrorsNameBothFiles() throws IOException {
    Run r =
        run(
            "evaluate",
            "--case",
            EvaluateHarnessTest.file("case.json"),
            "--subscription",
            subscriptionWithLevel("\"GOLDEN\"").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .startsWith("case.json, subscription.json: ")
        .contains("\"GOLDEN\"");
  }

  @Test
  void aValueHoldingALineBreakDoesNotSplitTheMessage() throws IOException {
    Run r =
        run(
            "evaluate",
            "--case",
            EvaluateHarnessTest.file("case.json"),
            "--subscription",
            subscriptionWithLevel("\"GOLD\\nEN\"").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().lines()).singleElement().asString().contains("GOLD\\nEN");
  }

  @Test
  void messagesEscapeWhatWouldBreakTheLine() {
    assertThat(Messages.oneLine("a\nb\r\tc\u0000\u2028\ud800 ok \ud83d\ude00 \\"))
        .isEqualTo("a\\nb\\r\\tc\\u0000\\u2028\\ud800 ok \ud83d\ude00 \\");
    assertThat(Messages.jsonSafe("{\"id\":\"x\ud800\"}")).isEqualTo("{\"id\":\"x\\ud800\"}");
  }
}
