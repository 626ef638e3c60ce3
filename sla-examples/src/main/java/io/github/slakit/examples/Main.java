package io.github.slakit.examples;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The example harness: {@code java -jar sla-examples/target/slakit-examples.jar <command> ...}.
 * Exits 0 on success, 2 with one message on stderr on bad input; never prints a stack trace.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Buffered, flushed once at the end: a batch of a million decisions writes in large blocks.
    PrintStream out = new PrintStream(
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false,
        StandardCharsets.UTF_8);
    int status = new Harness(out, System.err).run(args);
    out.flush();
    System.exit(status);
  }
}
