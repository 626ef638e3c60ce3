package io.github.slakit.examples;

import static io.github.slakit.examples.EvaluateHarnessTest.file;
import static io.github.slakit.examples.HarnessTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.examples.HarnessTest.Run;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code status --svg}, {@code evaluate --svg} and {@code report --html} as a user runs them: the
 * picture is written beside the JSON, and the report lists the cases by risk. Expected values
 * worked out by hand.
 */
class TimelineHarnessTest {
  @TempDir Path dir;

  private static Document xml(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
  }

  /** The elements of a class, by tag name. */
  private static List<Element> byClass(Document d, String tag, String cls) {
    List<Element> out = new ArrayList<>();
    NodeList all = d.getElementsByTagName(tag);
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("class").equals(cls)) {
        out.add(e);
      }
    }
    return out;
  }

  @Test
  void statusWritesThePictureBesideTheJson() throws Exception {
    Path svg = dir.resolve("timeline.svg");
    String[] base = {
      "status",
      "--case",
      file("chuseok-case.json"),
      "--subscription",
      file("chuseok-subscription.json"),
      "--events",
      file("chuseok-events.json"),
      "--at",
      "2026-09-28T14:00:00+09:00"
    };
    Run plain = run(base);
    List<String> args = new ArrayList<>(List.of(base));
    args.addAll(List.of("--svg", svg.toString(), "--schedule", file("partner-kr.json")));
    Run r = run(args.toArray(String[]::new));
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo(plain.out()); // the same JSON on stdout
    Document d = xml(svg);
    assertThat(d.getDocumentElement().getTagName()).isEqualTo("svg");
    // 12 business hours of KR from Wednesday 10:00 KST: 6 before the pause, which takes
    // Wednesday 16-18 and Monday 09-10 out; 6 more from Monday 10:00: Monday 16:00 (07:00Z)
    assertThat(byClass(d, "g", "deadline"))
        .extracting(e -> e.getAttribute("data-at"))
        .containsExactly("2026-09-28T07:00:00Z");
    assertThat(byClass(d, "rect", "pause"))
        .extracting(e -> e.getAttribute("data-start"), e -> e.getAttribute("data-end"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2026-09-23T07:00:00Z", "2026-09-28T01:00:00Z"));
    // partner-kr's office layer: daily turns of kim, lee, park from 7 September; Monday 28
    // September is turn 21, kim's
    assertThat(byClass(d, "g", "shift"))
        .filteredOn(e -> e.getAttribute("data-start").equals("2026-09-28T00:00:00Z"))
        .extracting(e -> e.getAttribute("data-person"))
        .containsExactly("kim");
  }

  @Test
  void evaluateWritesTheDecisionsPicture() throws Exception {
    Path svg = dir.resolve("decision.svg");
    Run r =
        run(
            "evaluate",
            "--case",
            file("veeam-case.json"),
            "--subscription",
            file("veeam-subscription.json"),
            "--svg",
            svg.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    // Veeam PRODUCTION severity 1: 1 hour 24x7 from Tuesday 16:00 KST
    Document d = xml(svg);
    assertThat(byClass(d, "g", "deadline"))
        .extracting(e -> e.getAttribute("data-at"))
        .containsExactly("2026-09-22T08:00:00Z");
    assertThat(byClass(d, "g", "step")).hasSize(6); // VEEAM-10's six steps
  }

  @Test
  void thePictureOptionsAreRefusedWhereTheyDoNotApply() {
    Run batch = run("status", "--batch", file("statuses.jsonl"), "--svg", "x.svg");
    assertThat(batch.status()).isEqualTo(2);
    assertThat(batch.err())
        .isEqualTo(
            "status: --svg draws one case; for a batch, report --batch FILE --html DIR draws"
                + " them all\n");
    Run lone =
        run(
            "evaluate",
            "--case",
            file("case.json"),
            "--subscription",
            file("subscription.json"),
            "--schedule",
            file("partner-kr.json"));
    assertThat(lone.status()).isEqualTo(2);
    assertThat(lone.err()).isEqualTo("evaluate: --schedule goes with --svg\n");
    String nowhere = dir.resolve("no-such-folder").resolve("x.svg").toString();
    Run unwritable =
        run(
            "evaluate",
            "--case",
            file("case.json"),
            "--subscription",
            file("subscription.json"),
            "--svg",
            nowhere);
    assertThat(unwritable.status()).isEqualTo(2);
    assertThat(unwritable.err()).isEqualTo(nowhere + ": cannot be written (no such folder)\n");
  }

  /**
   * Four lines: Elastic GOLD in Korea, severity 1, 4 business hours from Tuesday 3 March 2026 09:00 (Monday 2 March is the substitute for 1 March, a Sunday)
   * KST, asked at 10:00 (1 hour used: 75 % left), at 12:00 (3 hours: 25 % left), a line that is
   * not JSON, and at 14:00 (5 hours: breached at 13:00).
   */
  private Path riskBatch() throws IOException {
    String request =
        "{\"case\": {\"id\": \"%s\", \"vendor\": \"elastic\", \"openedAt\":"
            + " \"2026-03-03T09:00:00+09:00\", \"severity\": 1}, \"subscription\": {\"id\":"
            + " \"S-1\", \"vendor\": \"elastic\", \"level\": \"GOLD\", \"location\":"
            + " {\"country\": \"KR\", \"zone\": \"Asia/Seoul\"}}, \"at\": \"%s\"}\n";
    String text =
        String.format(request, "CASE-A", "2026-03-03T10:00:00+09:00")
            + String.format(request, "CASE-B", "2026-03-03T12:00:00+09:00")
            + "not json\n"
            + String.format(request, "CASE-C<&>", "2026-03-03T14:00:00+09:00");
    Path batch = dir.resolve("risk.jsonl");
    Files.writeString(batch, text, StandardCharsets.UTF_8);
    return batch;
  }

  /** The case ids of a page's sections, in order. */
  private static List<String> sections(String page) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<section id=\"case-\\d+\">\n<h2>\\d+\\. (.*?)<span").matcher(page);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void reportListsTheCasesByRiskOnOnePage() throws Exception {
    Path batch = riskBatch();
    Path out = dir.resolve("report");
    Run r = run("report", "--batch", batch.toString(), "--html", out.toString(), "--threads", "1");
    assertThat(r.status()).isEqualTo(1); // an error line
    assertThat(r.out())
        .startsWith("{\"line\":3,\"error\":\"risk.jsonl:3: line 1, column 1: malformed JSON");
    assertThat(r.out().lines()).hasSize(1);
    assertThat(r.err().lines())
        .hasSize(2)
        .first()
        .asString()
        .startsWith("report: " + batch + ": 4 lines, 3 statuses, 1 error line in ");
    assertThat(r.err().lines().toList().get(1))
        .isEqualTo("report: " + out.resolve("index.html") + ": 3 cases");
    String page = Files.readString(out.resolve("index.html"));
    // breached first, then the least share left; the id escaped
    assertThat(sections(page)).containsExactly("CASE-C&lt;&amp;&gt;", "CASE-B", "CASE-A");
    assertThat(page)
        .contains("BREACHED</span>", "25 % left</span>", "75 % left</span>")
        .contains("risk.jsonl:3: line 1, column 1: malformed JSON");
    // one self-contained page: no script, nothing loaded from elsewhere, one picture per case,
    // with ids of its own
    assertThat(page)
        .doesNotContain("<script", "<link", "src=", "@import", "http://www.w3.org/1999/xlink")
        .doesNotContainPattern("url\\((?!#)");
    assertThat(page.split("<svg ", -1)).hasSize(4);
    assertThat(page).contains("id=\"case1-pause\"", "id=\"case3-title\"");
    assertThat(page.split("https?://", -1).length - 1)
        .as("addresses: the SVG namespace only, once per picture")
        .isEqualTo(3);
  }

  @Test
  void reportTakesTheAlarmOptionsOfStatus() throws Exception {
    // CASE-A: GOLD severity 1, 4 business hours from Tuesday 09:00 KST, asked at 10:00 (25 %
    // used): alarms at 50, 75, 90 and 100 % are to come by default, at 90 and 100 % only with
    // --alarm-percents 90,100.
    Path batch = riskBatch();
    run("report", "--batch", batch.toString(), "--html", dir.resolve("d").toString());
    run(
        "report",
        "--batch",
        batch.toString(),
        "--html",
        dir.resolve("p").toString(),
        "--alarm-percents",
        "90,100");
    String byDefault = Files.readString(dir.resolve("d").resolve("index.html"));
    String fewer = Files.readString(dir.resolve("p").resolve("index.html"));
    assertThat(caseA(byDefault)).contains("4 alarms to come");
    assertThat(caseA(fewer)).contains("2 alarms to come").doesNotContain("4 alarms to come");
    Run bad =
        run(
            "report",
            "--batch",
            batch.toString(),
            "--html",
            dir.resolve("x").toString(),
            "--off-hours",
            "later");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("report: --off-hours \"later\" is not mark or next-opening");
  }

  /** CASE-A's section of a report page. */
  private static String caseA(String page) {
    int at = page.indexOf("CASE-A<span");
    return page.substring(at, page.indexOf("</section>", at));
  }

  @Test
  void reportKeepsTheCasesMostAtRiskAndTheSameBytesOnAnyThreads() throws Exception {
    Path batch = riskBatch();
    Run one =
        run(
            "report",
            "--batch",
            batch.toString(),
            "--html",
            dir.resolve("one").toString(),
            "--max-cases",
            "2",
            "--threads",
            "1",
            "--allow-errors");
    Run two =
        run(
            "report",
            "--batch",
            batch.toString(),
            "--html",
            dir.resolve("two").toString(),
            "--max-cases",
            "2",
            "--threads",
            "2",
            "--allow-errors");
    assertThat(one.status()).isZero();
    assertThat(two.status()).isZero();
    String page = Files.readString(dir.resolve("one").resolve("index.html"));
    assertThat(sections(page)).containsExactly("CASE-C&lt;&amp;&gt;", "CASE-B");
    assertThat(page).contains("The page shows the 2 most at risk; 1 more are left out.");
    assertThat(Files.readString(dir.resolve("two").resolve("index.html"))).isEqualTo(page);
  }

  @Test
  void reportRefusesWhatItCannotDo() throws IOException {
    Path aFile = Files.writeString(dir.resolve("page"), "x");
    Run file = run("report", "--batch", file("statuses.jsonl"), "--html", aFile.toString());
    assertThat(file.status()).isEqualTo(2);
    assertThat(file.err()).isEqualTo(aFile + ": is a file; --html takes a folder\n");
    Run noHtml = run("report", "--batch", file("statuses.jsonl"));
    assertThat(noHtml.status()).isEqualTo(2);
    assertThat(noHtml.err()).isEqualTo("report: --html DIR is required\n");
    Run many =
        run(
            "report",
            "--batch",
            file("statuses.jsonl"),
            "--html",
            dir.toString(),
            "--max-cases",
            "1001");
    assertThat(many.status()).isEqualTo(2);
    assertThat(many.err()).startsWith("report: --max-cases ");
  }
}
