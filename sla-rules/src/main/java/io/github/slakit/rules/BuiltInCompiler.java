package io.github.slakit.rules;

import io.github.slakit.rules.DrlCompiler.DrlSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.BuildContext;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.drools.model.codegen.execmodel.CanonicalModelKieProject;
import org.drools.model.codegen.execmodel.ModelBuilderImpl;
import org.drools.model.codegen.execmodel.ModelWriter;
import org.drools.model.codegen.execmodel.PackageSources;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Compiles the built-in rulesets at build time (not part of the jar: the build runs it after
 * compiling sla-rules, see its pom.xml). For each built-in vendor it takes the DRL exactly as the
 * vendor's ruleset compiles it ({@link Rulesets#builtInSources()}: its files and shared units, laid
 * out by {@link DrlCompiler#resourcePaths}), generates Drools' executable model of it (Java source
 * in the vendor's DRL package: the rules as lambdas, declared types, functions), compiles that
 * source for Java 17 into the classes folder, and writes {@value CompiledModels#INDEX} naming each
 * vendor's model class and the version of the DRL it was made from.
 *
 * <pre>
 * java -cp CLASSPATH io.github.slakit.rules.BuiltInCompiler target/classes target/generated-sources/rules-model
 * </pre>
 *
 * <p>A DRL error fails the build with Drools' messages. The executable model checks types that the
 * run-time compiler leaves to each decision, so a mistake such as comparing an {@code int} field
 * with a string fails here.
 */
final class BuiltInCompiler {
  private BuiltInCompiler() {}

  /** The generated sources of the last build, handed out by {@link SourcesOnly}. */
  private static @Nullable MemoryFileSystem generated;

  private static final List<String> modelClasses = new ArrayList<>();

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BuiltInCompiler CLASSES_DIR GENERATED_SOURCES_DIR");
      System.exit(2);
    }
    // One thread: Drools numbers the generated variables as it builds the rules, so rules built
    // in parallel make other names on every build, and the jar would not be reproducible.
    System.setProperty("drools.parallelRulesBuildThreshold", String.valueOf(Integer.MAX_VALUE));
    Path classes = Path.of(args[0]);
    Path sourcesDir = Path.of(args[1]);
    deleteTree(sourcesDir);
    Map<String, String> index = new TreeMap<>();
    List<Path> javaFiles = new ArrayList<>();
    for (Map.Entry<String, List<DrlSource>> vendor : Rulesets.builtInSources().entrySet()) {
      String id = vendor.getKey();
      List<DrlSource> sources = vendor.getValue();
      // The vendor's package holds only generated classes (beside its DRL, JSON and text), and
      // those of an earlier build go first: a class of a declared type found on the class path
      // would be taken as given, and not generated again.
      String pkg = DrlCompiler.packageOf(sources.get(0).text());
      if (!pkg.equals("io.github.slakit.rules." + id)) {
        throw new IllegalStateException(
            "ruleset " + id + ": its DRL must be in package io.github.slakit.rules." + id);
      }
      Path packageDir = classes.resolve(pkg.replace('.', '/'));
      if (Files.isDirectory(packageDir)) {
        try (Stream<Path> all = Files.walk(packageDir)) {
          for (Path f : all.filter(f -> f.toString().endsWith(".class")).toList()) {
            Files.delete(f);
          }
        }
      }
      MemoryFileSystem src = generate(id, sources);
      if (modelClasses.size() != 1) {
        throw new IllegalStateException(
            "ruleset " + id + ": expected one model class, got " + modelClasses);
      }
      Map<String, byte[]> files = new TreeMap<>();
      src.getMap().forEach((path, bytes) -> files.put(path.asString(), bytes));
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        if (f.getKey().endsWith(".java")) {
          Path out = sourcesDir.resolve(f.getKey().replaceFirst("^src/main/java/", ""));
          Files.createDirectories(out.getParent());
          Files.write(out, f.getValue());
          javaFiles.add(out);
        }
      }
      String model = modelClasses.get(0);
      index.put(id + ".model", model);
      index.put(id + ".version", DrlCompiler.version(sources));
    }
    compile(javaFiles, classes);
    Path indexFile = classes.resolve(CompiledModels.INDEX);
    Files.createDirectories(indexFile.getParent());
    try (Writer w = Files.newBufferedWriter(indexFile, StandardCharsets.ISO_8859_1)) {
      w.write("# The built-in rulesets compiled at build time (BuiltInCompiler): each vendor's\n");
      w.write("# executable model class and the version of the DRL it was made from.\n");
      for (Map.Entry<String, String> e : index.entrySet()) {
        w.write(e.getKey() + "=" + e.getValue() + "\n");
      }
    }
    System.out.println(
        "BuiltInCompiler: " + index.size() / 2 + " rulesets, " + javaFiles.size() + " classes");
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The executable model's Java sources of one vendor's DRL. */
  private static MemoryFileSystem generate(String vendor, List<DrlSource> sources) {
    KieServices ks = KieServices.Factory.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    int i = 0;
    for (String path : DrlCompiler.resourcePaths(sources).keySet()) {
      kfs.write(path, sources.get(i++).text());
    }
    generated = null;
    modelClasses.clear();
    KieBuilderImpl builder = (KieBuilderImpl) ks.newKieBuilder(kfs);
    builder.buildAll(SourcesOnly::new, path -> true);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      StringBuilder sb = new StringBuilder("ruleset " + vendor + " does not compile:");
      for (Message m : errors) {
        sb.append("\n  ").append(m.getPath()).append(':').append(m.getLine()).append(' ');
        sb.append(m.getText());
      }
      throw new IllegalStateException(sb.toString());
    }
    MemoryFileSystem src = generated;
    if (src == null) {
      throw new IllegalStateException("ruleset " + vendor + ": no executable model generated");
    }
    return src;
  }

  /**
   * The executable-model project, keeping the generated sources instead of compiling them in
   * memory (the way Drools' kie-maven-plugin writes them for javac).
   */
  static final class SourcesOnly extends CanonicalModelKieProject {
    SourcesOnly(InternalKieModule kieModule, ClassLoader classLoader) {
      super(kieModule, classLoader);
    }

    @Override
    @SuppressWarnings("unchecked") // Drools' modelBuilders map holds raw ModelBuilderImpl values
    public void writeProjectOutput(MemoryFileSystem trgMfs, BuildContext buildContext) {
      MemoryFileSystem src = new MemoryFileSystem();
      ModelWriter writer = new ModelWriter();
      for (ModelBuilderImpl<? extends PackageSources> model : modelBuilders.values()) {
        List<PackageSources> packages = new ArrayList<>(model.getPackageSources());
        modelClasses.addAll(writer.writeModel(src, packages).getModelFiles());
      }
      generated = src;
    }
  }

  /** javac for Java 17, the classes next to sla-rules' own (on this JVM's class path). */
  private static void compile(List<Path> javaFiles, Path classes) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no Java compiler: run BuiltInCompiler on a JDK");
    }
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "--release",
            "17",
            "-proc:none",
            "-nowarn",
            "-encoding",
            "UTF-8",
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            classes.toString()));
    javaFiles.stream().map(Path::toString).forEach(args::add);
    int status = javac.run(null, null, null, args.toArray(String[]::new));
    if (status != 0) {
      throw new UncheckedIOException(
          new IOException("javac failed on the generated model (status " + status + ")"));
    }
  }
}
