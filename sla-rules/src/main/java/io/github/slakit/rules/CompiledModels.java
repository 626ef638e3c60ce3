package io.github.slakit.rules;

import io.github.slakit.rules.DrlCompiler.DrlSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;

/**
 * The built-in rulesets as compiled at build time: Drools' executable model of each built-in
 * vendor's DRL, generated and compiled into this jar by {@link BuiltInCompiler} when sla-rules is
 * built, and listed in {@value #INDEX} with the version of the DRL it was made from. Loading one
 * builds its KieBase straight from the model's classes: no DRL parser, no MVEL, no Java compiler at
 * run time.
 *
 * <p>A vendor whose DRL is not the one compiled (its version differs), or whose model cannot be
 * loaded, is not loaded from here: its ruleset compiles its DRL instead ({@link DrlCompiler}), and
 * decides the same. The system property {@value #PROPERTY}{@code =false} turns the compiled form
 * off (to measure or compare the two).
 */
final class CompiledModels {
  private CompiledModels() {}

  /** The index: {@code <vendor>.model} (the model's class) and {@code <vendor>.version}. */
  static final String INDEX = "io/github/slakit/rules/compiled-models.properties";

  /** {@code -Dslakit.rules.compiled=false}: built-ins compile their DRL at run time. */
  static final String PROPERTY = "slakit.rules.compiled";

  private static final @Nullable Properties MODELS = read();

  private static @Nullable Properties read() {
    try (InputStream in = CompiledModels.class.getClassLoader().getResourceAsStream(INDEX)) {
      if (in == null) {
        return null;
      }
      Properties p = new Properties();
      p.load(in);
      return p;
    } catch (IOException e) {
      return null;
    }
  }

  /** Whether the class path has a compiled model of this vendor's DRL at this version. */
  static boolean has(String vendor, String version) {
    Properties models = MODELS;
    return models != null
        && !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"))
        && version.equals(models.getProperty(vendor + ".version"))
        && models.getProperty(vendor + ".model") != null;
  }

  /**
   * The KieBase of a built-in vendor's compiled model, if the class path has one made from the
   * DRL of {@code version}; empty otherwise, or when it cannot be loaded.
   *
   * @param vendor the vendor id
   * @param version the version of the DRL the ruleset would compile ({@link DrlCompiler#version})
   * @param sources that DRL, for the names of its resources in failures
   */
  static Optional<DrlCompiler.Compiled> load(
      String vendor, String version, List<DrlSource> sources) {
    Properties models = MODELS;
    if (models == null || !has(vendor, version)) {
      return Optional.empty();
    }
    String model = models.getProperty(vendor + ".model");
    try {
      Class<?> type = Class.forName(model, true, CompiledModels.class.getClassLoader());
      KieBase kieBase =
          KieBaseBuilder.createKieBaseFromModel(
              (Model) type.getDeclaredConstructor().newInstance());
      return Optional.of(
          new DrlCompiler.Compiled(
              kieBase, DrlCompiler.resourcePaths(sources), DrlCompiler.ruleFiles(sources), true));
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      return Optional.empty(); // the DRL decides the same
    }
  }
}
