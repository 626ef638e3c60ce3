package io.github.slakit.flink;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON Lines file for Flink's {@code FileSource} as {@code status --batch} reads one: lines
 * end at {@code \n} (a {@code \r} just before it is dropped), the last needs none, a UTF-8 byte
 * order mark at the start is skipped, each line is decoded on its own as strict UTF-8, and a line
 * longer than 1 MiB is not kept. A line that cannot be read is still a record, with its {@link
 * InputLine#problem()}, so that it becomes an error line and no line is lost. Each line carries the
 * file's name, as given here, and its number, counted from 1 (a restored reader skips the lines
 * read before the checkpoint, so the numbers stay right).
 */
public final class JsonLinesFormat extends SimpleStreamFormat<InputLine> {
  /** The version of the serialized form Flink ships to its tasks. */
  private static final long serialVersionUID = 1L;

  /** The longest line kept, without its end of line: 1 MiB. */
  public static final int MAX_LINE = 1 << 20;

  /** The name error lines give the file. */
  private final String source;

  /**
   * A format for one file.
   *
   * @param source the name error lines give the file ({@code statuses.jsonl})
   */
  public JsonLinesFormat(String source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * Opens a reader over the file's bytes.
   *
   * @param config Flink's configuration (not read)
   * @param stream the file's bytes
   * @return a reader giving the file's lines in order
   */
  @Override
  public StreamFormat.Reader<InputLine> createReader(
      Configuration config, FSDataInputStream stream) {
    return new LineReader(source, stream);
  }

  /** {@return the type of {@link InputLine}, a record Flink serializes without Kryo} */
  @Override
  public TypeInformation<InputLine> getProducedType() {
    return TypeInformation.of(InputLine.class);
  }

  /** Reads lines of bytes; not thread-safe, as Flink's readers need not be. */
  static final class LineReader implements StreamFormat.Reader<InputLine> {
    private final String source;
    private final InputStream in;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private long number;
    private boolean ended;

    LineReader(String source, InputStream stream) {
      this.source = source;
      this.in = new BufferedInputStream(stream, 1 << 16);
    }

    @Override
    public @Nullable InputLine read() throws IOException {
      if (ended) {
        return null;
      }
      buffer.reset();
      boolean tooLong = false;
      boolean any = false;
      int b;
      while ((b = in.read()) != -1) {
        any = true;
        if (b == '\n') {
          break;
        }
        if (buffer.size() < MAX_LINE + 1) {
          buffer.write(b);
        } else {
          tooLong = true;
        }
      }
      if (b == -1) {
        ended = true;
        if (!any) {
          return null;
        }
      }
      number++;
      byte[] bytes = buffer.toByteArray();
      int length = bytes.length;
      if (b == '\n' && length > 0 && bytes[length - 1] == '\r') {
        length--;
      }
      int start = 0;
      if (number == 1
          && length >= 3
          && bytes[0] == (byte) 0xEF
          && bytes[1] == (byte) 0xBB
          && bytes[2] == (byte) 0xBF) {
        start = 3;
      }
      if (tooLong || length - start > MAX_LINE) {
        return new InputLine(
            source, number, "", "the line is longer than 1 MiB (1,048,576 bytes), the most read");
      }
      CharsetDecoder decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer wrapped = ByteBuffer.wrap(bytes, start, length - start);
      try {
        return InputLine.of(source, number, decoder.decode(wrapped).toString());
      } catch (CharacterCodingException e) {
        return new InputLine(
            source,
            number,
            "",
            "the line is not valid UTF-8 at byte offset "
                + (wrapped.position() - start)
                + " (counted from 0)");
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
