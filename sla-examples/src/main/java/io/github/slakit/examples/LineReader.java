package io.github.slakit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into the lines of a JSON Lines batch, in bounded memory; decoding is left
 * to the caller, line by line, so that a bad byte costs one line and nothing before it.
 *
 * <ul>
 *   <li>A line ends at {@code \n} only; a {@code \r} just before it is dropped (a CRLF file reads
 *       as an LF one), and a {@code \r} anywhere else is part of the line.
 *   <li>The last line needs no {@code \n}; an empty input has no line, and a final {@code \n}
 *       does not start one.
 *   <li>A line longer than {@link #MAX_LINE_BYTES} is returned without its bytes ({@link
 *       Line#tooLong()}): the reader skips to its end, keeping none of it. If no end comes within
 *       {@link #MAX_SKIP_BYTES} of the line (a file of one endless line, such as {@code
 *       /dev/zero}), that line is the last: {@link Line#endless()} says so, and the reader reads
 *       no further.
 * </ul>
 *
 * <p>Not thread-safe.
 */
final class LineReader {
  /** The longest line kept, without its line ending: 1 MiB. */
  static final int MAX_LINE_BYTES = 1 << 20;

  /** How far the reader looks for the end of one line before it gives up: 64 MiB. */
  static final long MAX_SKIP_BYTES = 64L << 20;

  /**
   * A line: its number from 1, and its bytes without the line ending, or null when it is too
   * long; {@code length} is its length in bytes (for an endless line, how much was read of it).
   */
  record Line(long number, byte[] bytes, long length, boolean endless) {
    boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean done;
  private long number;

  /** The line being read; grows up to {@link #MAX_LINE_BYTES} + 1 (a CR may follow). */
  private byte[] line = new byte[8192];

  LineReader(InputStream in) {
    this.in = in;
  }

  /** How many lines were returned so far. */
  long lines() {
    return number;
  }

  /** The next line, or null at the end of the input (or after an endless line). */
  Line next() throws IOException {
    if (done) {
      return null;
    }
    int kept = 0;
    long length = 0;
    boolean started = false;
    boolean lastCr = false;
    while (true) {
      if (position == limit) {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
          done = true;
          return started ? line(kept, length) : null;
        }
        position = 0;
        limit = n;
      }
      started = true;
      int end = position;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      int n = end - position;
      if (n > 0) {
        if (kept == length && length + n <= MAX_LINE_BYTES + 1L) {
          if (kept + n > line.length) {
            line =
                Arrays.copyOf(
                    line, Math.min(MAX_LINE_BYTES + 1, Math.max(2 * line.length, kept + n)));
          }
          System.arraycopy(buffer, position, line, kept, n);
          kept += n;
        }
        length += n;
        lastCr = buffer[end - 1] == '\r';
      }
      position = end;
      if (end < limit) {
        position++; // past the \n
        if (lastCr) { // CRLF: the CR belongs to the line ending
          if (kept == length) {
            kept--;
          }
          length--;
        }
        return line(kept, length);
      }
      if (length > MAX_SKIP_BYTES) {
        done = true;
        number++;
        return new Line(number, null, length, true);
      }
    }
  }

  private Line line(int kept, long length) {
    number++;
    if (kept != length || length > MAX_LINE_BYTES) {
      return new Line(number, null, length, false);
    }
    return new Line(number, Arrays.copyOf(line, kept), length, false);
  }
}
