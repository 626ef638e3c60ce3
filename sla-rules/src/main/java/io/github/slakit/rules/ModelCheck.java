package io.github.slakit.rules;

import io.github.slakit.core.SlaRulesException.Problem;
import io.github.slakit.rules.DrlCompiler.DrlSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Builds Drools' executable model of some DRL, as the build does for the built-in rulesets ({@link
 * BuiltInCompiler}), for the type mistakes the run-time compiler leaves to each decision: a field
 * compared with a value of another type, an enum constant that does not exist. Needs {@code
 * org.drools:drools-model-codegen} on the class path ({@link #available()}).
 */
final class ModelCheck {
  private ModelCheck() {}

  /** Whether the executable model's code generator is on the class path. */
  static boolean available() {
    try {
      Class.forName(
          "org.drools.model.codegen.ExecutableModelProject",
          false,
          ModelCheck.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static final Pattern INPUT_STRING = Pattern.compile("For input string: \"([^\"]*)\"");

  /**
   * The executable model's errors on these sources, each with the file, line and column it names
   * (or, for a value it cannot convert, where the DRL writes that value).
   */
  static List<Problem> errors(List<DrlSource> sources) {
    Map<String, String> names = DrlCompiler.resourcePaths(sources);
    KieServices ks = KieServices.Factory.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    int i = 0;
    for (String path : names.keySet()) {
      kfs.write(path, sources.get(i++).text());
    }
    List<Problem> problems = new ArrayList<>();
    try {
      KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
      for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
        problems.add(DrlCompiler.problem(m, names));
      }
    } catch (RuntimeException e) {
      problems.add(located(e, sources));
    }
    return problems;
  }

  /**
   * A failure of the model's build that names no place: a value that cannot be converted ({@code
   * For input string: "many"}) is placed where the DRL writes that literal, else at no line.
   */
  private static Problem located(RuntimeException e, List<DrlSource> sources) {
    String message = String.valueOf(e).replaceAll("\\s+", " ");
    Matcher m = INPUT_STRING.matcher(message);
    if (m.find()) {
      String literal = "\"" + m.group(1) + "\"";
      for (DrlSource s : sources) {
        int at = s.text().indexOf(literal);
        if (at >= 0) {
          int line = 1 + (int) s.text().substring(0, at).chars().filter(c -> c == '\n').count();
          int column = at - s.text().lastIndexOf('\n', at - 1);
          return new Problem(
              s.name(),
              line,
              column,
              "",
              literal + " is not a number, but is compared with a number (" + message + ")");
        }
      }
    }
    return new Problem(
        sources.isEmpty() ? "" : sources.get(0).name(),
        0,
        0,
        "",
        "the executable model cannot be built: " + message);
  }
}
