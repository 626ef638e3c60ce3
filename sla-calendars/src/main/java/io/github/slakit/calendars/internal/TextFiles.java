package io.github.slakit.calendars.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the text files slakit's readers take (cases, subscriptions, calendars, iCalendar feeds):
 * strict UTF-8 and a cap on the size, so that a wrong path such as {@code /dev/zero} gives one
 * message instead of running out of memory. Not part of the API.
 */
public final class TextFiles {
  private TextFiles() {}

  /** The largest input file read: 16 MiB. */
  public static final int MAX_BYTES = 16 << 20;

  /** Why a file could not be read, in words for a message ("no such file"). */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The file's text.
   *
   * @param file the file to read
   * @return its whole text, decoded as strict UTF-8
   * @throws Unreadable when it does not exist, cannot be read, is larger than {@link #MAX_BYTES}
   *     or is not UTF-8
   */
  public static String readUtf8(Path file) throws Unreadable {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new Unreadable("no such file");
    } catch (AccessDeniedException e) {
      throw new Unreadable("cannot be read: permission denied");
    } catch (IOException e) {
      throw new Unreadable("cannot be read" + (Files.isDirectory(file) ? ": it is a folder" : ""));
    }
    if (bytes.length > MAX_BYTES) {
      throw new Unreadable("is larger than " + (MAX_BYTES >> 20) + " MiB, the most read");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Unreadable("is not UTF-8 text (at byte " + firstBadByte(bytes) + ")");
    }
  }

  /** The offset of the first byte that does not start or continue a UTF-8 sequence. */
  static int firstBadByte(byte[] bytes) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : bytes.length;
  }
}
