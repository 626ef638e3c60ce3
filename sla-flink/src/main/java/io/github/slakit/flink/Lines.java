package io.github.slakit.flink;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.slakit.core.CaseStatus.Alarm;
import java.time.Instant;

/** The job's output lines other than statuses (docs/FLINK.md, "Output"). Stateless. */
final class Lines {
  private Lines() {}

  /**
   * An alarm line: {@code {"alarm": KEY, "caseId", "metric", "cycle", "percent", "at",
   * "inBusinessHours", "dueAt"}}, the alarm's fields as a status writes them, after its key.
   */
  static String alarm(String caseId, String key, Alarm a) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("alarm", key);
    o.put("caseId", caseId);
    o.put("metric", a.metric());
    o.put("cycle", a.cycle());
    o.put("percent", a.percent());
    o.put("at", a.at().toString());
    o.put("inBusinessHours", a.inBusinessHours());
    o.put("dueAt", a.dueAt().map(Instant::toString).orElse(null));
    return o.toString();
  }

  /**
   * An error line as {@code status --batch} writes one: {@code {"line": N, "error": "F:N: ..."}}.
   */
  static String error(String source, long line, String where, Throwable e) {
    String message = String.valueOf(e.getMessage());
    String prefix = where + ": ";
    return errorLine(line, message.startsWith(prefix) ? message : prefix + message);
  }

  /** An error line with the job's own message about the line. */
  static String error(long line, String where, String message) {
    return errorLine(line, where + ": " + message);
  }

  /** The error line of a failure that is a bug: {@code internal error: CLASS: MESSAGE}. */
  static String internal(String source, long line, String where, Throwable e) {
    return errorLine(
        line, where + ": internal error: " + e.getClass().getName() + ": " + e.getMessage());
  }

  /** An error met when a timer fired: it names the case, there being no line. */
  static String caseError(String caseId, Throwable e) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("caseId", caseId);
    o.put(
        "error",
        e instanceof RuntimeException && e.getClass().getName().startsWith("io.github.slakit")
            ? String.valueOf(e.getMessage())
            : "internal error: " + e.getClass().getName() + ": " + e.getMessage());
    return o.toString();
  }

  private static String errorLine(long line, String message) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("line", line);
    o.put("error", message);
    return o.toString();
  }
}
