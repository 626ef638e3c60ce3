package io.github.slakit.examples;

import io.github.slakit.core.SlaException;
import io.github.slakit.core.SlaJson;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * {@code --case} and {@code --subscription}, shared by {@code evaluate} and {@code status}: the
 * files of one case, read within the harness's cap and by the library's readers.
 */
final class CaseFiles {
  @Option(names = "--case", paramLabel = "FILE", description = "the case (JSON)")
  private String caseFile;

  @Option(names = "--subscription", paramLabel = "FILE", description = "the subscription (JSON)")
  private String subscriptionFile;

  /**
   * A case and its subscription as read, and {@code files}, their names as messages give them
   * ({@code case.json, subscription.json}).
   */
  record Read(SupportCase supportCase, Subscription subscription, String files) {}

  /** Whether {@code --case} or {@code --subscription} was given. */
  boolean given() {
    return caseFile != null || subscriptionFile != null;
  }

  /** Refuses a command line with one of the two files and not the other. */
  void require(String command) {
    if (caseFile == null || subscriptionFile == null) {
      throw new UsageException(
          command + ": " + (caseFile == null ? "--case" : "--subscription") + " is required");
    }
  }

  /** Reads both files: within the cap first, then by the library's readers. */
  Read read() {
    String caseText = InputFiles.text("--case", caseFile);
    String subscriptionText = InputFiles.text("--subscription", subscriptionFile);
    // Messages name a file as the library's readers do: by its name, without its folder.
    String caseName = InputFiles.name(caseFile);
    String subscriptionName = InputFiles.name(subscriptionFile);
    return new Read(
        SlaJson.readCase(caseText, caseName),
        SlaJson.readSubscription(subscriptionText, subscriptionName),
        caseName + ", " + subscriptionName);
  }

  /**
   * What the engine answers; its messages name the case and subscription by id, so a failure is
   * prefixed with the files they came from ({@code files}).
   */
  static <T> T answer(String files, Supplier<T> engine) {
    try {
      return engine.get();
    } catch (SlaException e) {
      throw new UsageException(files + ": " + Messages.of(e));
    } catch (RuntimeException | StackOverflowError e) {
      throw new InternalFailure(files + ": " + Messages.internal(e));
    }
  }
}
