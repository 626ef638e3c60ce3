package io.github.slakit.calendars;

/**
 * A calendar could not be built or used: a bad calendar file, an unknown country, a date outside
 * the years for which holiday data is known, or a calendar that has no business time left.
 *
 * <p>The message names what is wrong and shows the value, and where the input came from a file it
 * names the file and the field path ({@code weekly.MON[0]: "25:00-26:00" is not a time window}).
 */
public class CalendarException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A calendar problem with no underlying cause.
   *
   * @param message what is wrong, on one line, showing the value
   */
  public CalendarException(String message) {
    super(message);
  }

  /**
   * A calendar problem caused by another exception (a file that could not be read, say).
   *
   * @param message what is wrong, on one line, showing the value
   * @param cause the underlying exception, kept for its stack trace
   */
  public CalendarException(String message, Throwable cause) {
    super(message, cause);
  }
}
