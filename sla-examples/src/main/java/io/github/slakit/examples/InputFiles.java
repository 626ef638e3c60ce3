package io.github.slakit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Reads the files named on the command line with a bounded amount of memory, and decodes text as
 * strict UTF-8: a file the harness refuses gets one message naming it.
 */
final class InputFiles {
  /** The most a {@code --case}, {@code --subscription}, {@code --calendar} or DRL file may hold. */
  static final int MAX_FILE_BYTES = 1 << 20;

  /** How caps are written in messages and help. */
  static final String MAX_FILE_TEXT = "1 MiB (1,048,576 bytes)";

  private InputFiles() {}

  /** A byte sequence that is not UTF-8, at {@code offset} (from 0). */
  static final class NotUtf8 extends Exception {
    private static final long serialVersionUID = 1L;
    final long offset;

    NotUtf8(long offset) {
      super("not valid UTF-8 at byte offset " + offset, null, false, false);
      this.offset = offset;
    }
  }

  /**
   * The text of a file given with {@code option}: at most {@link #MAX_FILE_BYTES}, strict UTF-8.
   * Reads no more than one byte past the cap, so that {@code /dev/zero} or a pipe that never ends
   * is refused at once.
   *
   * @throws UsageException naming the file as given: missing, a folder, unreadable, too large or
   *     not UTF-8
   */
  static String text(String option, String name) {
    Path file = Path.of(name);
    byte[] bytes = bytes(option, name, file);
    try {
      return decode(bytes, 0, bytes.length);
    } catch (NotUtf8 e) {
      throw new UsageException(
          name + ": " + e.getMessage() + " (a " + option + " file is UTF-8 text)");
    }
  }

  private static byte[] bytes(String option, String name, Path file) {
    if (Files.isDirectory(file)) {
      throw new UsageException(name + ": is a folder; " + option + " takes a file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
      if (bytes.length > MAX_FILE_BYTES) {
        throw new UsageException(
            name + ": larger than " + MAX_FILE_TEXT + ", the most a " + option + " file may hold");
      }
      return bytes;
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  /** A file's name without its folder ({@code case.json}), or the name as given if it has none. */
  static String name(String given) {
    Path name = Path.of(given).getFileName();
    return name == null ? given : name.toString();
  }

  /**
   * Checks the DRL of {@code --rules}: a file, or a folder whose {@code .drl} files the library
   * reads, each at most {@link #MAX_FILE_BYTES} (a device or a pipe is refused, being of no
   * known size).
   */
  static Path rules(String name) {
    Path path = Path.of(name);
    if (!Files.exists(path)) {
      throw new UsageException(name + ": no such file");
    }
    if (path.getFileName() == null) {
      throw new UsageException(
          name + ": --rules names its vendor after the file or folder; this has no name");
    }
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        files.filter(f -> f.toString().endsWith(".drl")).forEach(f -> drl(f.toString(), f));
      } catch (IOException e) {
        throw unreadable(name, e);
      }
    } else {
      drl(name, path);
    }
    return path;
  }

  private static void drl(String name, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException(name + ": not a regular file; --rules takes a DRL file or a folder");
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw unreadable(name, e);
    }
    if (size > MAX_FILE_BYTES) {
      throw new UsageException(
          name + ": larger than " + MAX_FILE_TEXT + ", the most a --rules file may hold");
    }
  }

  /** An unreadable file: no such file, permission denied, or the system's own words. */
  static UsageException unreadable(String name, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new UsageException(name + ": no such file");
    }
    if (e instanceof AccessDeniedException) {
      return new UsageException(name + ": cannot be read (permission denied)");
    }
    return new UsageException(name + ": cannot be read (" + e.getMessage() + ")");
  }

  /**
   * Decodes {@code bytes[from, from + length)} as UTF-8, refusing malformed and unmappable input
   * (overlong forms, encoded surrogates, code points past U+10FFFF, cut sequences).
   */
  static String decode(byte[] bytes, int from, int length) throws NotUtf8 {
    boolean ascii = true;
    for (int i = from; i < from + length; i++) {
      if (bytes[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(bytes, from, length, StandardCharsets.US_ASCII);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, length);
    CharBuffer out = CharBuffer.allocate(length); // UTF-8 never gives more chars than bytes
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new NotUtf8(in.position() - from);
    }
    return out.flip().toString();
  }
}
