package io.github.slakit.calendars;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A calendar file (JSON or iCalendar) could not be read. The message is one line naming the
 * source, the field path or line and the offending value:
 * {@code acme.json: weekly.MON[0]: "25:00-26:00" is not a time window}.
 *
 * <p>Immutable.
 */
public final class CalendarFormatException extends CalendarException {
  private static final long serialVersionUID = 1L;

  /** The file or resource name, or null or empty when the text came without one. */
  private final @Nullable String source;

  /** The field path or line of the problem, or null or empty when it is the whole input. */
  private final @Nullable String path;

  CalendarFormatException(@Nullable String source, @Nullable String path, String problem) {
    super(format(source, path, problem));
    this.source = source;
    this.path = path;
  }

  private static String format(@Nullable String source, @Nullable String path, String problem) {
    StringBuilder sb = new StringBuilder();
    if (source != null && !source.isEmpty()) {
      sb.append(source).append(": ");
    }
    if (path != null && !path.isEmpty()) {
      sb.append(path).append(": ");
    }
    return sb.append(problem).toString();
  }

  /**
   * The file or resource the input came from.
   *
   * @return its name as given to the reader ({@code acme.json}, {@code classpath:...}), or empty
   *     when the text came without one
   */
  public Optional<String> source() {
    return Optional.ofNullable(source).filter(s -> !s.isEmpty());
  }

  /**
   * Where in the input the problem is.
   *
   * @return the field path ({@code weekly.MON[0]}) or the line ({@code line 12}, {@code line 3,
   *     column 14}), or empty when the problem is the whole input (an unreadable file)
   */
  public Optional<String> path() {
    return Optional.ofNullable(path).filter(s -> !s.isEmpty());
  }
}
