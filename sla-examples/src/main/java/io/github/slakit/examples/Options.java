package io.github.slakit.examples;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} options of one command, read once and checked against what it accepts. */
final class Options {
  private final String command;
  private final Map<String, List<String>> values = new LinkedHashMap<>();

  private Options(String command) {
    this.command = command;
  }

  /**
   * Reads {@code args[from..]} as {@code --name value} pairs; every name must be in {@code
   * accepted}. A name in {@code repeatable} may be given more than once.
   */
  static Options parse(String command, String[] args, int from, Set<String> accepted, Set<String> repeatable) {
    Options o = new Options(command);
    for (int i = from; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--") || a.length() == 2) {
        throw new UsageException(command + ": unexpected argument \"" + a + "\" (options are " + names(accepted) + ")");
      }
      String name = a.substring(2);
      if (!accepted.contains(name)) {
        throw new UsageException(command + ": unknown option --" + name + " (options are " + names(accepted) + ")");
      }
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
        throw new UsageException(command + ": --" + name + " needs a value");
      }
      List<String> list = o.values.computeIfAbsent(name, k -> new ArrayList<>());
      if (!list.isEmpty() && !repeatable.contains(name)) {
        throw new UsageException(command + ": --" + name + " is given twice");
      }
      list.add(args[++i]);
    }
    return o;
  }

  private static String names(Set<String> accepted) {
    return String.join(", ", accepted.stream().sorted().map(n -> "--" + n).toList());
  }

  Optional<String> optional(String name) {
    List<String> l = values.get(name);
    return l == null ? Optional.empty() : Optional.of(l.get(0));
  }

  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  String required(String name) {
    return optional(name).orElseThrow(() -> new UsageException(command + ": --" + name + " is required"));
  }

  Instant instant(String name) {
    String v = required(name);
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      throw new UsageException(command + ": --" + name + " \"" + v
          + "\" is not an instant with an offset (2026-03-06T17:30:00+09:00 or 2026-03-06T08:30:00Z)");
    }
  }

  Duration duration(String name) {
    String v = required(name);
    try {
      Duration d = Duration.parse(v);
      if (d.isNegative()) {
        throw new UsageException(command + ": --" + name + " \"" + v + "\" is negative");
      }
      return d;
    } catch (DateTimeException e) {
      throw new UsageException(command + ": --" + name + " \"" + v + "\" is not an ISO-8601 duration (PT4H, PT30M, P2D)");
    }
  }

  int integer(String name, int min, int max) {
    String v = required(name);
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(command + ": --" + name + " \"" + v + "\" is not a whole number from " + min + " to " + max);
  }
}
