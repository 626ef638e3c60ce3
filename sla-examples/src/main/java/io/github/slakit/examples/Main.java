package io.github.slakit.examples;

/**
 * The example harness: {@code java -jar sla-examples/target/slakit-examples.jar <command> ...}.
 * Exits 0 on success, 2 with one message on stderr on bad input; never prints a stack trace.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int status = new Harness(System.out, System.err).run(args);
    System.out.flush();
    System.exit(status);
  }
}
