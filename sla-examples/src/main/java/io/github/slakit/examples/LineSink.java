package io.github.slakit.examples;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.function.Consumer;

/**
 * An output stream that hands each line written to it, without its {@code \n}, to a consumer: where
 * a {@link Batch} writes its lines when a command reads them back ({@code report}, {@code report
 * compliance}, {@code status-feed}, {@code
 * simulate}) instead of printing them.
 */
final class LineSink extends OutputStream {
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private final Consumer<byte[]> take;
  private final Runnable flush;

  /**
   * @param take given each line's bytes, in the order written
   * @param flush what flushing the stream does
   */
  LineSink(Consumer<byte[]> take, Runnable flush) {
    this.take = take;
    this.flush = flush;
  }

  @Override
  public void write(int b) {
    if (b == '\n') {
      take.accept(line.toByteArray());
      line.reset();
    } else {
      line.write(b);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) {
    for (int i = off; i < off + len; i++) {
      write(b[i]);
    }
  }

  @Override
  public void flush() {
    flush.run();
  }
}
