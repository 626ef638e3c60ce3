package io.github.slakit.examples;

import static io.github.slakit.examples.HarnessTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaJson;
import io.github.slakit.examples.HarnessTest.Run;
import io.github.slakit.rules.Rulesets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code evaluate --batch} as bytes: every input line gets exactly one output line, in order,
 * numbered from 1; a bad line costs that line only.
 */
class BatchTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SlaEngine ENGINE = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();

  @TempDir Path dir;

  /**
   * A request that decides. VEEAM-3: a SEVERE kind with no severity asked opens as 2;
   * PRODUCTION gives 3 hours 24x7 from Wed 14 Oct 2026 10:00 KST (01:00Z): 04:00Z.
   */
  static String request(String id) {
    return "{\"case\": {\"id\": "
        + Messages.show(id)
        + ", \"vendor\": \"veeam\", "
        + "\"openedAt\": \"2026-10-14T10:00:00+09:00\", \"issueKind\": \"SEVERE\"}, "
        + "\"subscription\": {\"id\": \"S-V\", \"vendor\": \"veeam\", \"level\": \"PRODUCTION\", "
        + "\"location\": {\"country\": \"KR\", \"zone\": \"Asia/Seoul\"}}}";
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      b.writeBytes(p);
    }
    return b.toByteArray();
  }

  private Run batch(byte[] content, String... options) throws IOException {
    Path file = dir.resolve("batch.jsonl");
    Files.write(file, content);
    List<String> args = new ArrayList<>(List.of("evaluate", "--batch", file.toString()));
    args.addAll(List.of(options));
    return run(args.toArray(String[]::new));
  }

  private static List<JsonNode> lines(Run r) {
    return r.out()
        .lines()
        .map(
            l -> {
              try {
                return JSON.readTree(l);
              } catch (IOException e) {
                throw new AssertionError("not JSON: " + l, e);
              }
            })
        .toList();
  }

  private static void assertDecision(JsonNode line, String caseId) {
    assertThat(line.has("line")).as("an error line: %s", line).isFalse();
    assertThat(line.get("caseId").asText()).isEqualTo(caseId);
    assertThat(line.at("/targets/0/deadline").asText()).isEqualTo("2026-10-14T04:00:00Z");
  }

  private static void assertError(JsonNode line, int number, String message) {
    assertThat(line.get("line").asInt()).as("%s", line).isEqualTo(number);
    assertThat(line.get("error").asText())
        .startsWith("batch.jsonl:" + number + ": ")
        .contains(message);
  }

  @Test
  void crlfEndingsABareCrInsideALineAndALastLineWithoutNewline() throws Exception {
    // a CR before LF belongs to the line ending; one between two JSON tokens is whitespace and
    // no line break; the last line needs no LF
    String withCr = request("B").replace("\"vendor\": \"veeam\",", "\"vendor\": \"veeam\",\r");
    Run r = batch(utf8(request("A") + "\r\n" + withCr + "\n" + request("C")));
    List<JsonNode> lines = lines(r);
    assertThat(lines).hasSize(3);
    assertDecision(lines.get(0), "A");
    assertDecision(lines.get(1), "B");
    assertDecision(lines.get(2), "C");
    assertThat(r.status()).isZero();
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .contains("batch.jsonl: 3 lines, 3 decisions, 0 error lines in ");
  }

  @Test
  void aBareCrInsideAStringIsThatLinesErrorNotALineBreak() throws Exception {
    Run r = batch(utf8(request("A\rB").replace("\\r", "\r") + "\n" + request("C") + "\n"));
    List<JsonNode> lines = lines(r);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get("line").asInt()).isEqualTo(1);
    assertDecision(lines.get(1), "C");
    assertThat(r.status()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "a byte that never starts a character, ff",
    "an overlong slash, c0af",
    "an encoded surrogate, eda080",
    "a cut three-byte sequence, e282",
    "a lone continuation byte, 80",
  })
  void invalidUtf8CostsItsLineOnly(String what, String hex) throws Exception {
    // 200 lines (over 40 KB) before the bad one: none of them is lost to read-ahead
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    for (int i = 1; i <= 200; i++) {
      content.writeBytes(utf8(request("G-" + i) + "\n"));
    }
    String bad = request("BAD-x");
    int offset = bad.indexOf("BAD-") + 4;
    content.writeBytes(
        concat(
            utf8(bad.substring(0, offset)),
            java.util.HexFormat.of().parseHex(hex),
            utf8(bad.substring(offset + 1) + "\n")));
    for (int i = 202; i <= 204; i++) {
      content.writeBytes(utf8(request("G-" + i) + "\n"));
    }
    Run r = batch(content.toByteArray());
    List<JsonNode> lines = lines(r);
    assertThat(lines).hasSize(204);
    for (int i = 1; i <= 200; i++) {
      assertDecision(lines.get(i - 1), "G-" + i);
    }
    assertError(lines.get(200), 201, "the line is not valid UTF-8 at byte offset " + offset);
    for (int i = 202; i <= 204; i++) {
      assertDecision(lines.get(i - 1), "G-" + i);
    }
    assertThat(r.status()).isEqualTo(1);
  }

  @Test
  void multibyteUtf8AndAByteOrderMarkAreRead() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Run r = batch(concat(bom, utf8(request("주문-1 😀") + "\n" + request("Société") + "\n")));
    List<JsonNode> lines = lines(r);
    assertDecision(lines.get(0), "주문-1 😀");
    assertDecision(lines.get(1), "Société");
  }

  @Test
  void blankLinesGetErrorLines() throws Exception {
    Run r = batch(utf8("\n" + request("A") + "\n   \n\t\r\n" + request("B") + "\n\n"));
    List<JsonNode> lines = lines(r);
    assertThat(lines).hasSize(6);
    assertError(lines.get(0), 1, "blank line");
    assertDecision(lines.get(1), "A");
    assertError(lines.get(2), 3, "blank line");
    assertError(lines.get(3), 4, "blank line");
    assertDecision(lines.get(4), "B");
    assertError(lines.get(5), 6, "blank line");
    assertThat(r.err()).contains(": 6 lines, 2 decisions, 4 error lines in ");
  }

  @Test
  void anEmptyFileHasNoLineAndAFinalNewlineStartsNone() throws Exception {
    Run empty = batch(new byte[0]);
    assertThat(empty.out()).isEmpty();
    assertThat(empty.status()).isZero();
    assertThat(empty.err()).contains(": 0 lines, 0 decisions, 0 error lines in ");

    Run one = batch(utf8(request("A") + "\n"));
    assertThat(lines(one)).hasSize(1);
    assertThat(one.status()).isZero();
  }

  /** A request padded with spaces inside its outer object to {@code bytes} bytes. */
  private static String padded(String id, int bytes) {
    String r = request(id);
    return r.substring(0, r.length() - 1) + " ".repeat(bytes - r.length()) + "}";
  }

  @Test
  void aLineOverOneMebibyteIsAnErrorLineAndTheBatchGoesOn() throws Exception {
    int max = 1 << 20;
    Run r =
        batch(
            utf8(
                padded("EXACT", max)
                    + "\r\n"
                    + padded("OVER", max + 1)
                    + "\n"
                    + padded("FAR-OVER", 3 * max)
                    + "\n"
                    + request("AFTER")));
    List<JsonNode> lines = lines(r);
    assertThat(lines).hasSize(4);
    assertDecision(lines.get(0), "EXACT");
    assertError(lines.get(1), 2, "longer than 1 MiB (1,048,576 bytes): 1,048,577 bytes");
    assertError(lines.get(2), 3, "longer than 1 MiB (1,048,576 bytes): 3,145,728 bytes");
    assertDecision(lines.get(3), "AFTER");
  }

  @Test
  void aLineWithoutEndEndsTheBatchWithItsErrorLine() {
    // an endless run of zero bytes, as /dev/zero gives: read up to the cap, then the batch stops
    java.io.InputStream zeros =
        new java.io.InputStream() {
          @Override
          public int read() {
            return 0;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 0);
            return len;
          }
        };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        new Batch(
                ENGINE::evaluate,
                "zeros",
                "zeros",
                new Batch.Settings(1, false, false),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(zeros);
    assertThat(status).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"line\":1,\"error\":\"zeros:1: the line has no end within its first 64 MiB\"}\n");
    List<String> messages = err.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(messages).hasSize(2);
    assertThat(messages.get(0))
        .isEqualTo(
            "evaluate: zeros: line 1 has no end within its first 64 MiB; the rest of the input is not read");
    assertThat(messages.get(1))
        .startsWith("evaluate: zeros: 1 line, 0 decisions, 1 error line in ");
  }

  /** A run of the harness whose standard input holds {@code stdin}. */
  static Run runWithStdin(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        new Harness(
                new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false)
            .run(args);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(strings = {"1", "2"})
  void dashReadsStandardInputUnderTheSameContract(String threads) throws Exception {
    byte[] content =
        utf8(request("A") + "\n\n" + request("B").substring(0, 30) + "\n" + request("C"));
    Run fromFile = batch(content, "--threads", threads);
    Run r = runWithStdin(content, "evaluate", "--batch", "-", "--threads", threads);
    // the same lines as from a file, error lines naming standard input as their source
    assertThat(r.out()).isEqualTo(fromFile.out().replace("\"batch.jsonl:", "\"stdin:"));
    List<JsonNode> lines = lines(r);
    assertThat(lines).hasSize(4);
    assertDecision(lines.get(0), "A");
    assertThat(lines.get(1).get("error").asText()).isEqualTo("stdin:2: blank line: no request");
    assertThat(lines.get(2).get("error").asText()).startsWith("stdin:3: line 1, column ");
    assertDecision(lines.get(3), "C");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .startsWith("evaluate: stdin: 4 lines, 2 decisions, 2 error lines in ");
  }

  @Test
  void aFolderOrAMissingFileIsRefused() {
    Run folder = run("evaluate", "--batch", dir.toString());
    assertThat(folder.status()).isEqualTo(2);
    assertThat(folder.err())
        .isEqualTo(dir + ": is a folder; --batch takes a file" + System.lineSeparator());
    Run missing = run("evaluate", "--batch", dir.resolve("none.jsonl").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err())
        .isEqualTo(dir.resolve("none.jsonl") + ": no such file" + System.lineSeparator());
  }

  /** A decider that fails as the case id says, and decides every other case. */
  private static Batch.Decider failing() {
    return (c, s) -> {
      switch (c.id()) {
        case "runtime" -> throw new IllegalStateException("a bug\non two lines");
        case "assertion" -> throw new AssertionError("an assertion");
        case "overflow" -> throw new StackOverflowError();
        case "memory" -> throw new OutOfMemoryError("Java heap space");
        default -> {
          return ENGINE.evaluate(c, s);
        }
      }
    };
  }

  private static Batch batch(
      Batch.Decider decider, int threads, ByteArrayOutputStream out, ByteArrayOutputStream err) {
    return new Batch(
        decider,
        "batch.jsonl",
        "batch.jsonl",
        new Batch.Settings(threads, false, false),
        new PrintStream(out, false, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 3})
  void anUnexpectedFailureIsAnInternalErrorOnItsLineAndTheBatchGoesOn(int threads) {
    String input =
        String.join(
            "\n",
            request("A"),
            request("runtime"),
            request("assertion"),
            request("overflow"),
            request("B"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = batch(failing(), threads, out, err).run(new ByteArrayInputStream(utf8(input)));
    Run r =
        new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    List<JsonNode> lines = lines(r);
    assertThat(lines).hasSize(5);
    assertDecision(lines.get(0), "A");
    assertThat(lines.get(1).get("error").asText())
        .isEqualTo(
            "batch.jsonl:2: internal error: java.lang.IllegalStateException: a bug\non two lines");
    assertThat(lines.get(2).get("error").asText())
        .isEqualTo("batch.jsonl:3: internal error: java.lang.AssertionError: an assertion");
    assertThat(lines.get(3).get("error").asText())
        .isEqualTo("batch.jsonl:4: internal error: java.lang.StackOverflowError");
    assertDecision(lines.get(4), "B");
    assertThat(status).isEqualTo(70);
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .contains(": 5 lines, 2 decisions, 3 error lines (3 internal errors) in ");
  }

  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 3})
  void outOfMemoryStopsTheBatchAndWhatWasWrittenIsFlushed(int threads) {
    String input = String.join("\n", request("A"), request("B"), request("memory"), request("C"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Batch b = batch(failing(), threads, out, err);
    assertThatThrownBy(() -> b.run(new ByteArrayInputStream(utf8(input))))
        .isInstanceOf(OutOfMemoryError.class);
    List<JsonNode> lines = lines(new Run(0, out.toString(StandardCharsets.UTF_8), ""));
    assertThat(lines).hasSize(2);
    assertDecision(lines.get(0), "A");
    assertDecision(lines.get(1), "B");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(": 2 lines, 2 decisions, 0 error lines in ");
  }

  @Test
  void outputThatCannotBeWrittenStopsTheBatch() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String input = String.join("\n", request("A"), request("B"), request("C"));
    int status =
        new Batch(
                ENGINE::evaluate,
                "batch.jsonl",
                "batch.jsonl",
                new Batch.Settings(1, false, false, 0),
                new PrintStream(broken, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(new ByteArrayInputStream(utf8(input)));
    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
        .isEqualTo("evaluate: batch.jsonl: the output cannot be written; stopped after line 1");
  }

  @Test
  void progressGoesToStderrOnOneLineRewrittenInPlace() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String input = String.join("\n", request("A"), request("B"), request("C"));
    int status =
        new Batch(
                ENGINE::evaluate,
                "batch.jsonl",
                "batch.jsonl",
                new Batch.Settings(1, false, true, 0),
                new PrintStream(out, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(new ByteArrayInputStream(utf8(input)));
    assertThat(status).isZero();
    String e = err.toString(StandardCharsets.UTF_8);
    // carriage returns only, then a cleared line, then the summary on a line of its own
    assertThat(e).startsWith("\revaluate: 1 line, 1 decision, 0 error lines, ");
    assertThat(e.indexOf('\n')).isEqualTo(e.length() - 1);
    assertThat(e.substring(e.lastIndexOf('\r') + 1))
        .startsWith("evaluate: batch.jsonl: 3 lines, 3 decisions, 0 error lines in ");
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(3);
  }

  @Test
  void theOutputIsTheSameBytesOnAnyNumberOfThreads() throws Exception {
    StringBuilder content = new StringBuilder();
    for (int i = 1; i <= 1500; i++) {
      content
          .append(
              switch (i % 7) {
                case 0 -> "";
                case 1 -> request("T-" + i).replace("PRODUCTION", "DIAMOND");
                case 2 -> request("T-" + i).substring(0, 40);
                default -> request("T-" + i);
              })
          .append('\n');
    }
    Run one = batch(utf8(content.toString()), "--threads", "1");
    Run two = batch(utf8(content.toString()), "--threads", "2");
    Run five = batch(utf8(content.toString()), "--threads", "5");
    assertThat(lines(one)).hasSize(1500);
    assertThat(two.out()).isEqualTo(one.out());
    assertThat(five.out()).isEqualTo(one.out());
    assertThat(two.status()).isEqualTo(one.status()).isEqualTo(1);
  }

  @Test
  void theReaderStaysABoundedWayAheadOfTheLineBeingWritten() throws Exception {
    int count = 20_000;
    byte[] held = utf8(request("HOLD") + "\n");
    byte[] line = utf8(request("R") + "\n");
    long total = held.length + (long) (count - 1) * line.length;
    java.util.concurrent.atomic.AtomicLong read = new java.util.concurrent.atomic.AtomicLong();
    java.io.InputStream lines =
        new java.io.InputStream() {
          @Override
          public int read() {
            throw new UnsupportedOperationException();
          }

          @Override
          public int read(byte[] b, int off, int len) {
            long at = read.get();
            if (at >= total) {
              return -1;
            }
            int n = (int) Math.min(len, total - at);
            for (int i = 0; i < n; i++) {
              long p = at + i;
              b[off + i] =
                  p < held.length ? held[(int) p] : line[(int) ((p - held.length) % line.length)];
            }
            read.addAndGet(n);
            return n;
          }
        };
    SlaJson.Request r = SlaJson.readRequest(request("R"), "");
    var decision = ENGINE.evaluate(r.supportCase(), r.subscription());
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    Batch.Decider holdFirst =
        (c, s) -> {
          if (c.id().equals("HOLD")) {
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return decision;
        };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Batch b =
        new Batch(
            holdFirst,
            "batch.jsonl",
            "batch.jsonl",
            new Batch.Settings(2, false, false),
            new PrintStream(out, false, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    java.util.concurrent.CompletableFuture<Integer> status =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> b.run(lines));
    // while the first line is held, the reader stops after the chunks in flight
    long before;
    do {
      before = read.get();
      Thread.sleep(300);
    } while (read.get() != before);
    long bound =
        (2L * Batch.CHUNKS_IN_FLIGHT_PER_THREAD + 1) * Batch.LINES_PER_CHUNK * line.length
            + (1 << 16);
    assertThat(read.get()).isPositive().isLessThanOrEqualTo(bound);
    assertThat(out.size()).isZero();
    release.countDown();
    assertThat(status.get(60, java.util.concurrent.TimeUnit.SECONDS)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(count);
  }

  /**
   * An answer's bytes: UTF-8 and a line break, whatever the text holds; an unpaired surrogate,
   * which UTF-8 cannot carry, escaped as JSON does, a pair kept as its four bytes.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"id\":\"C-1\"}",
        "",
        "{\"title\":\"\uc7a5\uc560 caf\u00e9\"}",
        "{\"id\":\"\ud83d\ude00\"}",
        "{\"id\":\"\u007f\u0080\u07ff\u0800\uffff\"}"
      })
  void answerBytesAreTheTextInUtf8AndALineBreak(String json) {
    assertThat(Batch.utf8(json)).isEqualTo((json + "\n").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anUnpairedSurrogateInAnAnswerIsEscaped() {
    assertThat(new String(Batch.utf8("{\"id\":\"x\ud800\"}"), StandardCharsets.UTF_8))
        .isEqualTo("{\"id\":\"x\\ud800\"}\n");
    assertThat(new String(Batch.utf8("{\"id\":\"\udc00y\"}"), StandardCharsets.UTF_8))
        .isEqualTo("{\"id\":\"\\udc00y\"}\n");
  }
}
