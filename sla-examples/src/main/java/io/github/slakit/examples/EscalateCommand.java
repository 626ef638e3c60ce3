package io.github.slakit.examples;

import io.github.slakit.core.Decision;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaException;
import io.github.slakit.core.SlaJson;
import io.github.slakit.oncall.Escalation;
import io.github.slakit.oncall.EscalationPolicy;
import io.github.slakit.oncall.OncallJson;
import io.github.slakit.oncall.Schedule;
import io.github.slakit.oncall.StepPlan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code escalate --case F --subscription F --policy F [--schedule F ...] [--role ROLE=ID ...]
 * [--step N] [--acknowledged-at INSTANT] [--rules F ...] [--calendar F ...]}: the decision's escalation steps, who is on call for
 * each role at each step's instant, and the policy's plan from it (docs/ONCALL.md).
 */
@Command(
    name = "escalate",
    header = "The escalation plan of a decision's steps: who is notified, how and when.",
    synopsisHeading = "usage: ",
    customSynopsis = {
      "java -jar slakit-examples.jar escalate --case FILE --subscription FILE --policy FILE",
      "         [--schedule FILE]... [--role ROLE=SCHEDULE]... [--step N]",
      "         [--acknowledged-at INSTANT] [--rules FILE.drl|DIR]... [--calendar FILE]..."
    },
    descriptionHeading = "%n",
    description = {
      "Evaluates the case under the subscription with the built-in rulesets (and each --rules "
          + "file or folder, and --calendar file, as evaluate takes them), then, for each "
          + "escalation step of the decision (or only --step N): who is on call for each of its "
          + "roles at the step's instant, and the plan of the escalation policy from that "
          + "instant (ONCALL-4): every notification with its person, channel and instant, the "
          + "targets that reach nobody, and what an acknowledgement cancelled. Roles are mapped "
          + "to schedules by the policy's \"roles\"; --role ROLE=SCHEDULE adds or replaces one. "
          + "The one --acknowledged-at applies to every step's plan. Prints JSON; instants in "
          + "UTC.",
      ""
    },
    optionListHeading = "Options:%n",
    footerHeading = "%nLimits:%n",
    footer = {
      "  A --case, --subscription, --policy, --schedule, --calendar or DRL file: at most 1 MiB.",
      "",
      "Exit status:",
      "   0  done",
      "   2  bad input or usage: one message on stderr",
      "  70  internal error (a bug of slakit): one message on stderr"
    })
final class EscalateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Mixin private EngineOptions engineOptions;

  @Option(names = "--case", paramLabel = "FILE", required = true, description = "the case (JSON)")
  private String caseFile;

  @Option(
      names = "--subscription",
      paramLabel = "FILE",
      required = true,
      description = "the subscription (JSON)")
  private String subscriptionFile;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      required = true,
      description = "the escalation policy (JSON)")
  private String policyFile;

  @Option(
      names = "--schedule",
      paramLabel = "FILE",
      description = "a schedule (JSON) the policy or a --role names by its id (repeatable)")
  private List<String> scheduleFiles = new ArrayList<>();

  @Option(
      names = "--role",
      paramLabel = "ROLE=SCHEDULE",
      description = "map a step's role to a schedule id, over the policy's roles (repeatable)")
  private List<String> roleOptions = new ArrayList<>();

  @Option(names = "--step", paramLabel = "N", description = "only the step numbered N")
  private String stepOption;

  @Option(
      names = "--acknowledged-at",
      paramLabel = "INSTANT",
      description = "when someone acknowledged: cancels every notification at or after it")
  private String acknowledgedAt;

  @Override
  public Integer call() {
    Optional<Instant> ack =
        acknowledgedAt == null
            ? Optional.empty()
            : Optional.of(Options.instant("escalate", "--acknowledged-at", acknowledgedAt));
    String policyName = InputFiles.name(policyFile);
    EscalationPolicy policy =
        OncallJson.readPolicy(InputFiles.text("--policy", policyFile), policyName);
    Map<String, String> files = new LinkedHashMap<>();
    List<Schedule> schedules = new ArrayList<>();
    for (String f : scheduleFiles) {
      Schedule s = OncallCommand.schedule(f);
      String before = files.put(s.id(), f);
      if (before != null) {
        throw new UsageException(
            "escalate: " + before + " and " + f + " both have the id " + Messages.show(s.id()));
      }
      schedules.add(s);
    }
    Escalation escalation;
    try {
      escalation = Escalation.of(policy, schedules);
    } catch (IllegalArgumentException e) {
      throw new UsageException(policyName + ": " + e.getMessage());
    }
    Map<String, String> roles = new LinkedHashMap<>();
    for (String r : roleOptions) {
      int eq = r.indexOf('=');
      if (eq <= 0 || eq == r.length() - 1) {
        throw new UsageException(
            "escalate: --role " + Messages.show(r) + " is not ROLE=SCHEDULE (PARTNER=partner-kr)");
      }
      String id = r.substring(eq + 1);
      if (!files.containsKey(id)) {
        throw new UsageException(
            "escalate: --role "
                + Messages.show(r)
                + ": no --schedule has the id "
                + Messages.show(id)
                + " ("
                + (files.isEmpty() ? "none given" : String.join(", ", files.keySet()))
                + ")");
      }
      roles.put(r.substring(0, eq), id);
    }
    escalation = escalation.withRoles(roles);
    Decision decision = decide();
    List<StepPlan> plans = escalation.plans(decision, ack);
    if (stepOption != null) {
      int n = Options.integer("escalate", "--step", stepOption, 1, Integer.MAX_VALUE);
      plans = plans.stream().filter(p -> p.step().step() == n).toList();
      if (plans.isEmpty()) {
        throw new UsageException(
            "escalate: --step "
                + n
                + ": the decision has no such step ("
                + (decision.escalation().isEmpty()
                    ? "it has none"
                    : "steps "
                        + decision.escalation().get(0).step()
                        + " to "
                        + decision.escalation().get(decision.escalation().size() - 1).step())
                + ")");
      }
    }
    Harness.of(spec).out.println(OncallJson.write(decision.caseId(), policy.id(), ack, plans));
    return Harness.OK;
  }

  private Decision decide() {
    String caseName = InputFiles.name(caseFile);
    String subscriptionName = InputFiles.name(subscriptionFile);
    var supportCase = SlaJson.readCase(InputFiles.text("--case", caseFile), caseName);
    var subscription =
        SlaJson.readSubscription(
            InputFiles.text("--subscription", subscriptionFile), subscriptionName);
    SlaEngine engine = engineOptions.engine();
    try {
      return engine.evaluate(supportCase, subscription);
    } catch (SlaException e) {
      throw new UsageException(caseName + ", " + subscriptionName + ": " + Messages.of(e));
    }
  }
}
