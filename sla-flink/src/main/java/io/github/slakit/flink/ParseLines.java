package io.github.slakit.flink;

import io.github.slakit.calendars.CalendarException;
import io.github.slakit.core.SlaException;
import io.github.slakit.core.SlaJson;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Reads each input line as a status request (docs/JSON.md): one that reads becomes a {@link
 * CaseLine}, keyed by its case and timed by its moment; one that does not becomes its error line,
 * as {@code status --batch} writes it. Stateless.
 */
final class ParseLines extends ProcessFunction<InputLine, CaseLine> {
  private static final long serialVersionUID = 1L;

  @Override
  public void processElement(InputLine line, Context ctx, Collector<CaseLine> out) {
    if (!line.problem().isEmpty()) {
      ctx.output(SlaJob.ERRORS, Lines.error(line.line(), line.where(), line.problem()));
      return;
    }
    try {
      SlaJson.StatusRequest r = SlaJson.readStatusRequest(line.text(), line.where());
      out.collect(
          new CaseLine(line.source(), line.line(), r.supportCase().id(), r.at(), line.text()));
    } catch (SlaException | CalendarException | IllegalArgumentException e) {
      ctx.output(SlaJob.ERRORS, Lines.error(line.source(), line.line(), line.where(), e));
    } catch (RuntimeException e) {
      ctx.output(SlaJob.ERRORS, Lines.internal(line.source(), line.line(), line.where(), e));
    }
  }
}
