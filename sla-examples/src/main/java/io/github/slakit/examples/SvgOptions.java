package io.github.slakit.examples;

import io.github.slakit.oncall.Schedule;
import io.github.slakit.svg.TimelineSvg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * {@code --svg FILE} and {@code --schedule FILE}, shared by {@code evaluate} and {@code status}:
 * the case's timeline drawn as SVG (docs/TIMELINE.md) into a file, beside the JSON printed on
 * stdout, with a lane per on-call schedule.
 */
final class SvgOptions {
  @Option(
      names = "--svg",
      paramLabel = "FILE",
      description = "also draw the case's timeline as SVG into FILE (docs/TIMELINE.md)")
  private String file;

  @Option(
      names = "--schedule",
      paramLabel = "FILE",
      description = "with --svg: an on-call schedule (JSON) whose shifts are drawn (repeatable)")
  private List<String> scheduleFiles = new ArrayList<>();

  /** Refuses the options where they do not apply: with a batch, or a schedule without --svg. */
  void check(String command, boolean batch) {
    if (batch && file != null) {
      throw new UsageException(
          command
              + ": --svg draws one case; for a batch, report --batch FILE --html DIR draws them"
              + " all");
    }
    if (file == null && !scheduleFiles.isEmpty()) {
      throw new UsageException(command + ": --schedule goes with --svg");
    }
  }

  /** The pictures' settings, the schedules read (within the harness's cap); null without --svg. */
  TimelineSvg pictures(io.github.slakit.core.SlaEngine engine) {
    return file == null ? null : TimelineSvg.of(engine).withSchedules(schedules(scheduleFiles));
  }

  /** Draws with {@code draw} (called only with --svg) and writes the picture to the file. */
  void write(TimelineSvg pictures, Function<TimelineSvg, String> draw, String files) {
    if (pictures == null) {
      return;
    }
    String svg = CaseFiles.answer(files, () -> draw.apply(pictures));
    write(Path.of(file), file, svg);
  }

  /** The schedules of {@code --schedule} files, in order. */
  static List<Schedule> schedules(List<String> files) {
    List<Schedule> out = new ArrayList<>();
    for (String f : files) {
      out.add(OncallCommand.schedule(f));
    }
    return out;
  }

  /** Writes {@code text} as UTF-8; a failure is one message naming the file. */
  static void write(Path path, String name, String text) {
    try {
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UsageException(name + ": cannot be written (no such folder)");
    } catch (AccessDeniedException e) {
      throw new UsageException(name + ": cannot be written (permission denied)");
    } catch (IOException e) {
      throw new UsageException(name + ": cannot be written (" + e.getMessage() + ")");
    }
  }
}
