package io.github.slakit.examples;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The example harness: {@code java -jar sla-examples/target/slakit-examples.jar <command> ...}.
 * Exits 0 when done, 1 for a batch with error lines, 2 with one message on stderr on bad input or
 * usage, 70 with one message on an internal error; never prints a stack trace.
 */
public final class Main {
  private Main() {}

  /**
   * Runs one command and exits with its status; {@code --help} lists the commands.
   *
   * @param args the command ({@code demo}, {@code evaluate}, {@code calendar}) and its options
   */
  public static void main(String[] args) {
    // Buffered: a batch of a million decisions writes in large blocks. Flushed at the end, on
    // every failure, and when the JVM is stopped (Ctrl-C): a line written is never lost.
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    Runtime.getRuntime().addShutdownHook(new Thread(out::flush, "slakit-flush"));
    int status = Harness.INTERNAL_ERROR;
    try {
      status = new Harness(System.in, out, err, stderrIsTerminal()).run(args);
    } catch (Throwable e) {
      // Harness.run answers every failure; this is the last guard against a stack trace.
      err.println(Messages.oneLine(Messages.internal(e)));
    } finally {
      out.flush();
    }
    System.exit(status);
  }

  /**
   * Whether stderr is a terminal, for the batch's progress line. {@link System#console()} says so
   * only when stdin and stdout are terminals too, and a batch's stdout is usually a file; on Linux
   * the file descriptor tells, elsewhere the console does.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}
