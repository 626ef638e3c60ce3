package io.github.slakit.rules;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.core.MetricDefinition;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.SlaRulesException;
import io.github.slakit.core.SlaRulesException.Problem;
import io.github.slakit.core.spi.PolicyDecision;
import io.github.slakit.core.spi.PolicyFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A vendor folder that is reloaded when it changes ({@link Rulesets#watch}): a change is compiled
 * in the background and swapped in at once, for every decision that starts afterwards; a change
 * that does not compile leaves the last good version deciding, and is reported to the {@link
 * Listener} and logged (SLF4J, at WARN). Every decision names the load that made it in its {@code
 * rulesetVersion}: {@code sha256:<hash of the folder's files>#<n>}, {@code n} counting the loads of
 * this ruleset from 1.
 *
 * <p>The engine takes {@link #current()} once per decision, so one decision never mixes two
 * versions. Thread-safe; {@link #close()} stops watching (the last version keeps deciding).
 *
 * <pre>{@code
 * try (WatchedRuleset acme = Rulesets.watch(Path.of("rules/acme"), WatchedRuleset.Options.DEFAULTS)) {
 *   SlaEngine engine = SlaEngine.builder().ruleset(acme).build();
 *   ...
 * }
 * }</pre>
 */
public final class WatchedRuleset implements Ruleset, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WatchedRuleset.class);

  /**
   * What the watcher is told.
   *
   * <p>Called on the watcher's thread (or the thread of {@link #reloadNow()}), one call at a time.
   */
  public interface Listener {
    /**
     * A new version decides from now on.
     *
     * @param version its version, as decisions record it
     */
    default void loaded(String version) {}

    /**
     * A change did not load: the last good version keeps deciding.
     *
     * @param error the compile errors, each with its file, line and column (or a table's row and
     *     column)
     * @param running the version still deciding
     */
    default void failed(SlaRulesException error, String running) {}
  }

  /**
   * How the folder is watched.
   *
   * @param watchService whether the operating system's file events (a {@link WatchService} on the
   *     folder and its subfolders) trigger a reload
   * @param poll how often the folder's files are compared with the version loaded, besides the
   *     events (for file systems that send none, such as some network mounts); zero for never
   * @param settle how long after a file event the folder is read, so that an editor's several
   *     writes make one reload
   * @param listener told of each load and each failure
   */
  public record Options(boolean watchService, Duration poll, Duration settle, Listener listener) {
    /** File events and a poll every 10 seconds, settling for 200 ms, nobody told but the log. */
    public static final Options DEFAULTS =
        new Options(true, Duration.ofSeconds(10), Duration.ofMillis(200), new Listener() {});

    /** No thread at all: the folder is read again only when {@link #reloadNow()} is called. */
    public static final Options MANUAL =
        new Options(false, Duration.ZERO, Duration.ZERO, new Listener() {});

    /**
     * Checks the options.
     *
     * @param watchService whether file events trigger a reload
     * @param poll how often the files are compared; zero for never
     * @param settle the wait after a file event
     * @param listener told of each load and each failure
     * @throws IllegalArgumentException when a duration is negative
     */
    public Options {
      Objects.requireNonNull(poll, "poll");
      Objects.requireNonNull(settle, "settle");
      Objects.requireNonNull(listener, "listener");
      if (poll.isNegative() || settle.isNegative()) {
        throw new IllegalArgumentException("poll and settle must not be negative");
      }
    }

    /**
     * These options with another listener.
     *
     * @param listener told of each load and each failure
     * @return new options
     */
    public Options listener(Listener listener) {
      return new Options(watchService, poll, settle, listener);
    }
  }

  /** What a reload did. */
  public enum Reload {
    /** The files are those of the version deciding (or of the last change that failed). */
    UNCHANGED,
    /** A new version was compiled and decides from now on. */
    LOADED,
    /** The change did not compile; the last good version keeps deciding. */
    FAILED
  }

  /** One load: a compiled ruleset under the version of its files and its number. */
  private record Loaded(Ruleset rules, String version) implements Ruleset {
    @Override
    public String vendor() {
      return rules.vendor();
    }

    @Override
    public Set<String> levels() {
      return rules.levels();
    }

    @Override
    public Map<String, BusinessCalendar> calendars() {
      return rules.calendars();
    }

    @Override
    public List<MetricDefinition> metrics() {
      return rules.metrics();
    }

    @Override
    public PolicyDecision decide(PolicyFacts facts) {
      return rules.decide(facts);
    }
  }

  private final Path folder;
  private final Options options;
  private volatile Loaded current;

  /** The hash of the files last tried, loaded or not: a failed change is reported once. */
  private String lastTried;

  private int loads;
  private final @Nullable ScheduledExecutorService executor;
  private final @Nullable WatchService watcher;
  private @Nullable ScheduledFuture<?> pending;

  private WatchedRuleset(Path folder, Options options) {
    this.folder = folder;
    this.options = options;
    String hash = hash(folder);
    this.current = load(hash);
    this.lastTried = hash;
    if (!options.watchService() && options.poll().isZero()) {
      this.executor = null;
      this.watcher = null;
      return;
    }
    ScheduledExecutorService ex =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "slakit-watch " + folder.getFileName());
              t.setDaemon(true);
              return t;
            });
    this.executor = ex;
    if (!options.poll().isZero()) {
      long ms = Math.max(1, options.poll().toMillis());
      ex.scheduleWithFixedDelay(this::reloadQuietly, ms, ms, TimeUnit.MILLISECONDS);
    }
    this.watcher = options.watchService() ? watchService(folder) : null;
    if (watcher != null) {
      Thread events = new Thread(this::events, "slakit-watch-events " + folder.getFileName());
      events.setDaemon(true);
      events.start();
    }
  }

  /**
   * Loads a vendor folder now and watches it (see {@link Rulesets#watch}).
   *
   * @param folder a vendor folder with its vendor.json
   * @param options how to watch it
   * @return the ruleset, deciding with the folder as it is now
   * @throws SlaRulesException when the folder does not load now
   */
  static WatchedRuleset watch(Path folder, Options options) {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(options, "options");
    if (!Files.isRegularFile(folder.resolve("vendor.json"))) {
      throw new SlaRulesException(
          "cannot watch " + folder,
          List.of(new Problem(folder.toString(), 0, 0, "", "is not a folder with a vendor.json")));
    }
    return new WatchedRuleset(folder, options);
  }

  private Loaded load(String hash) {
    Ruleset r = Rulesets.fromPath(folder);
    loads++;
    return new Loaded(r, hash + "#" + loads);
  }

  /**
   * Reads the folder now and, when its files changed since the version deciding (and since the
   * last change that failed), compiles them on this thread and swaps the result in; what {@link
   * Options#poll} and file events do in the background.
   *
   * @return what happened; a failure is also told to the listener and logged
   */
  public synchronized Reload reloadNow() {
    for (int attempt = 1; ; attempt++) {
      String hash = hash(folder);
      if (hash.equals(lastTried)) {
        return Reload.UNCHANGED;
      }
      lastTried = hash;
      Loaded next;
      try {
        next = load(hash);
      } catch (SlaRulesException e) {
        return failed(e);
      }
      if (!hash(folder).equals(hash) && attempt < 3) {
        // written to while it compiled: what compiled may not be what the hash says; again
        lastTried = "";
        loads--;
        continue;
      }
      if (!next.vendor().equals(current.vendor())) {
        loads--;
        return failed(
            new SlaRulesException(
                "a watched folder cannot change its vendor id",
                List.of(
                    new Problem(
                        folder.resolve("vendor.json").toString(),
                        0,
                        0,
                        "",
                        "vendor: \""
                            + next.vendor()
                            + "\" differs from the vendor watched, \""
                            + current.vendor()
                            + "\""))));
      }
      current = next;
      LOG.info("{} reloaded: {} decides", folder, next.version());
      options.listener().loaded(next.version());
      return Reload.LOADED;
    }
  }

  private Reload failed(SlaRulesException e) {
    String running = current.version();
    LOG.warn("{} did not reload, {} keeps deciding: {}", folder, running, e.getMessage());
    options.listener().failed(e, running);
    return Reload.FAILED;
  }

  private void reloadQuietly() {
    try {
      reloadNow();
    } catch (RuntimeException e) {
      // a folder that vanished or cannot be read: the last version keeps deciding
      LOG.warn(
          "{} could not be read, {} keeps deciding: {}", folder, current.version(), e.toString());
    }
  }

  /** The file events, each starting (or restarting) the settle delay before a reload. */
  private void events() {
    WatchService w = Objects.requireNonNull(watcher);
    ScheduledExecutorService ex = Objects.requireNonNull(executor);
    try {
      while (true) {
        WatchKey key = w.take();
        key.pollEvents();
        key.reset();
        synchronized (this) {
          if (pending != null) {
            pending.cancel(false);
          }
          if (!ex.isShutdown()) {
            pending =
                ex.schedule(
                    this::reloadQuietly, options.settle().toMillis(), TimeUnit.MILLISECONDS);
          }
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed
    }
  }

  private static WatchService watchService(Path folder) {
    try {
      WatchService w = FileSystems.getDefault().newWatchService();
      try (Stream<Path> dirs = Files.walk(folder)) {
        for (Path d : dirs.filter(Files::isDirectory).toList()) {
          d.register(
              w,
              StandardWatchEventKinds.ENTRY_CREATE,
              StandardWatchEventKinds.ENTRY_MODIFY,
              StandardWatchEventKinds.ENTRY_DELETE);
        }
      }
      return w;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code sha256:} and the hash of every file of the folder and its subfolders, with its path. */
  private static String hash(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        byte[] name = folder.relativize(f).toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Files.readAllBytes(f);
        sha.update((name.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(name);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
      }
      return "sha256:" + HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * The version deciding now, itself unchanging: the engine takes it once per decision.
   *
   * @return the ruleset of the last good load
   */
  @Override
  public Ruleset current() {
    return current;
  }

  /**
   * The version deciding now: {@code sha256:<hash of the folder's files>#<n>}.
   *
   * @return the version of the last good load
   */
  @Override
  public String version() {
    return current.version();
  }

  @Override
  public String vendor() {
    return current.vendor();
  }

  @Override
  public Set<String> levels() {
    return current.levels();
  }

  @Override
  public Map<String, BusinessCalendar> calendars() {
    return current.calendars();
  }

  @Override
  public List<MetricDefinition> metrics() {
    return current.metrics();
  }

  /**
   * Decides with the version loaded now; an engine calls {@link #current()} instead.
   *
   * @param facts the case and subscription
   * @return what the rules decided
   */
  @Override
  public PolicyDecision decide(PolicyFacts facts) {
    return current.decide(facts);
  }

  /**
   * The folder watched.
   *
   * @return the folder, as given
   */
  public Path folder() {
    return folder;
  }

  /** Stops watching; the last version keeps deciding. */
  @Override
  public void close() {
    if (executor != null) {
      executor.shutdownNow();
    }
    if (watcher != null) {
      try {
        watcher.close();
      } catch (IOException e) {
        LOG.debug("closing the watch service of {}: {}", folder, e.toString());
      }
    }
  }

  /** A watched folder's version, for messages. */
  @Override
  public String toString() {
    return "WatchedRuleset[" + folder + ", " + current.version() + "]";
  }
}
