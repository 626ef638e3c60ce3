package io.github.slakit.rules;

import io.github.slakit.core.SlaRulesException;
import io.github.slakit.core.SlaRulesException.Problem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.Message;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/** Compiles DRL sources into a KieBase, once; every compile error becomes one problem. */
final class DrlCompiler {
  private DrlCompiler() {}

  /** One DRL text and the name it is reported under (a file path or a classpath resource). */
  record DrlSource(String name, String text) {}

  /**
   * A compiled KieBase, the original name of each of its resources by resource path, the file of
   * each rule where the KieBase does not record it (one compiled at build time), and whether it was
   * compiled at build time ({@link CompiledModels}) rather than from DRL at run time.
   */
  record Compiled(
      KieBase kieBase,
      Map<String, String> names,
      Map<String, String> ruleFiles,
      boolean atBuildTime) {
    /** The original name of a resource path as Drools reports it. */
    String nameOf(@Nullable String path) {
      return DrlCompiler.nameOf(names, path);
    }

    /** The name of the file a rule comes from, else its package. */
    String fileOf(Rule rule) {
      if (rule instanceof RuleImpl impl
          && impl.getResource() != null
          && impl.getResource().getSourcePath() != null) {
        return nameOf(impl.getResource().getSourcePath());
      }
      return ruleFiles.getOrDefault(rule.getName(), rule.getPackageName());
    }
  }

  private static final Pattern RULE_NAME = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]*)\"");

  /** Each rule's name, to the name of the source that declares it (the first, if several do). */
  static Map<String, String> ruleFiles(List<DrlSource> sources) {
    Map<String, String> files = new LinkedHashMap<>();
    for (DrlSource s : sources) {
      Matcher m = RULE_NAME.matcher(s.text());
      while (m.find()) {
        files.putIfAbsent(m.group(1), s.name());
      }
    }
    return Map.copyOf(files);
  }

  /** The original name of a resource path as Drools reports it, among {@code names}. */
  static String nameOf(Map<String, String> names, @Nullable String path) {
    if (path == null) {
      return "";
    }
    return names.getOrDefault(path, names.getOrDefault(RESOURCES + path, path));
  }

  private static final String RESOURCES = "src/main/resources/";

  private static final Pattern LINE_COLUMN = Pattern.compile("\\[?\\s*[Ll]ine\\s+(\\d+):(\\d+)");
  private static final Pattern MVEL_LINE_COLUMN =
      Pattern.compile("\\[Line: (\\d+), Column: (\\d+)\\]");
  private static final Pattern LINE = Pattern.compile("\\[?\\s*[Ll]ine\\s*[=:]?\\s*(\\d+)");

  /**
   * The version of a ruleset made of these sources: {@code sha256:} and the SHA-256 of their texts
   * in order (each preceded by its length in UTF-8 bytes), so that the same DRL gives the same
   * version wherever its files are.
   */
  static String version(List<DrlSource> sources) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (DrlSource s : sources) {
        byte[] text = s.text().getBytes(StandardCharsets.UTF_8);
        sha.update((text.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(text);
      }
      return "sha256:" + HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  static Compiled compile(String vendor, List<DrlSource> sources) {
    if (sources.isEmpty()) {
      throw new SlaRulesException(
          "ruleset " + vendor + " has no DRL",
          List.of(new Problem("", 0, 0, "", "no .drl file found")));
    }
    // The classic builder: it reports errors to us without logging them (a KieBuilder logs them
    // at ERROR before we could word them), and builds the KieBase without a KieContainer.
    KieServices ks = KieServices.Factory.get();
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    CompositeKnowledgeBuilder batch = builder.batch();
    Map<String, String> names = resourcePaths(sources);
    int i = 0;
    for (String path : names.keySet()) {
      DrlSource s = sources.get(i++);
      batch.add(
          ks.getResources()
              .newByteArrayResource(s.text().getBytes(StandardCharsets.UTF_8))
              .setSourcePath(path),
          ResourceType.DRL);
    }
    List<Problem> problems = new ArrayList<>();
    try {
      batch.build();
      long n = 0;
      for (KnowledgeBuilderError e : builder.getErrors()) {
        problems.add(problem(e.asMessage(n++), names));
      }
      if (!problems.isEmpty()) {
        throw new SlaRulesException(
            "ruleset "
                + vendor
                + " does not compile ("
                + problems.size()
                + (problems.size() == 1 ? " error)" : " errors)"),
            problems);
      }
      return new Compiled(builder.newKieBase(), Map.copyOf(names), Map.of(), false);
    } catch (SlaRulesException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new SlaRulesException(
          "ruleset " + vendor + " does not compile",
          List.of(new Problem(String.join(", ", names.values()), 0, 0, "", String.valueOf(e))),
          e);
    }
  }

  /**
   * The resource path each source compiles under, in the order of {@code sources}, to the source's
   * name: in the folder of the package it declares, as a project would lay it out ({@code
   * src/main/resources/com/acme/sla/r0_acme.drl}). The build-time compiler of the built-in
   * rulesets lays them out the same way.
   */
  static Map<String, String> resourcePaths(List<DrlSource> sources) {
    Map<String, String> names = new LinkedHashMap<>();
    int i = 0;
    for (DrlSource s : sources) {
      String path =
          RESOURCES
              + folderOf(s.text())
              + "r"
              + (i++)
              + "_"
              + fileName(s.name()).replaceAll("[^A-Za-z0-9_.-]", "_");
      if (!path.endsWith(".drl")) {
        path += ".drl";
      }
      names.put(path, s.name());
    }
    return names;
  }

  private static final Pattern PACKAGE =
      Pattern.compile("(?m)^\\s*package\\s+([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)");

  /** {@code com/acme/sla/} for a DRL that declares {@code package com.acme.sla;}, else none. */
  static String folderOf(String drl) {
    String pkg = packageOf(drl);
    return pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/";
  }

  /** {@code com.acme.sla} for a DRL that declares {@code package com.acme.sla;}, else empty. */
  static String packageOf(String drl) {
    Matcher m = PACKAGE.matcher(drl);
    return m.find() ? m.group(1) : "";
  }

  private static String fileName(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1);
  }

  static Problem problem(Message m, Map<String, String> names) {
    String text = m.getText() == null ? "" : m.getText().trim();
    String file = nameOf(names, m.getPath());
    int line = m.getLine();
    int column = 0;
    Matcher lc = LINE_COLUMN.matcher(text);
    Matcher mvel = MVEL_LINE_COLUMN.matcher(text);
    if (mvel.find() && (line <= 0 || Integer.parseInt(mvel.group(1)) == line)) {
      line = Integer.parseInt(mvel.group(1));
      column = Integer.parseInt(mvel.group(2)) + 1; // 0-based in the text
    } else if (lc.find()) {
      line = line > 0 ? line : Integer.parseInt(lc.group(1));
      if (Integer.parseInt(lc.group(1)) == line) {
        column = Integer.parseInt(lc.group(2)) + 1; // Drools prints 0-based columns
      }
    } else if (line <= 0) {
      Matcher l = LINE.matcher(text);
      if (l.find()) {
        line = Integer.parseInt(l.group(1));
      }
    }
    return new Problem(file, Math.max(line, 0), column, "", text.replaceAll("\\s+", " "));
  }
}
