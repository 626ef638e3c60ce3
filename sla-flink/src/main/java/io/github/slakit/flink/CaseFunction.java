package io.github.slakit.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.slakit.calendars.CalendarException;
import io.github.slakit.core.CaseClocks;
import io.github.slakit.core.CaseEvent;
import io.github.slakit.core.CaseStatus;
import io.github.slakit.core.CaseStatus.Alarm;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaException;
import io.github.slakit.core.SlaJson;
import io.github.slakit.core.StatusOptions;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.jspecify.annotations.Nullable;

/**
 * The keyed step of the job: per case, the case and subscription (as their JSON text), the events
 * and the alarms sent, in Flink keyed state; one event-time timer per instant {@link
 * CaseClocks#at} gives; alarms from {@link CaseClocks#firing}, each key sent once. It computes
 * nothing about business time. Rule and calendar updates come on the broadcast side ({@link
 * Updates}).
 *
 * <p>A line's case and subscription replace the ones kept when its moment is not before the
 * moment of the line that gave those; its events join the case's. A line that is refused changes
 * nothing and gives an error line.
 */
final class CaseFunction
    extends KeyedBroadcastProcessFunction<String, CaseLine, InputLine, String> {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The rule and calendar updates, as text. */
  static final MapStateDescriptor<String, String> UPDATES =
      new MapStateDescriptor<>("slakit-updates", Types.STRING, Types.STRING);

  private final int[] percents;
  private final String offHours;
  private final @Nullable Instant cutoff;
  private final boolean statuses;
  private final long closedRetention;

  private transient StatusOptions options;
  private transient TextCache<SupportCase> cases;
  private transient TextCache<Subscription> subscriptions;
  private transient Updates updates;
  private transient @Nullable SlaEngine engine;
  private transient ValueState<String> caseJson;
  private transient ValueState<String> subscriptionJson;
  private transient ValueState<Instant> caseAt;
  private transient ListState<StoredEvent> events;
  private transient MapState<String, Boolean> sent;
  private transient MapState<Instant, Boolean> due;
  private transient ValueState<Long> cleanup;
  private transient ValueState<Instant> dropped;

  CaseFunction(StatusOptions options, @Nullable Instant cutoff, boolean statuses) {
    this(options, cutoff, statuses, null);
  }

  /**
   * @param closedRetention how long after its {@code CLOSED} event a case's state is dropped (a
   *     mark of the closing stays, so that a later line is refused, not taken for a new case);
   *     null to keep it
   */
  CaseFunction(
      StatusOptions options,
      @Nullable Instant cutoff,
      boolean statuses,
      @Nullable Duration closedRetention) {
    this.closedRetention = closedRetention == null ? -1 : closedRetention.toMillis();
    this.percents = options.alarmPercents().stream().mapToInt(Integer::intValue).toArray();
    this.offHours = options.offHours().name();
    this.cutoff = cutoff;
    this.statuses = statuses;
  }

  @Override
  public void open(OpenContext openContext) {
    List<Integer> ps = new ArrayList<>();
    for (int p : percents) {
      ps.add(p);
    }
    options = new StatusOptions(ps, StatusOptions.OffHours.valueOf(offHours));
    updates = new Updates();
    cases = new TextCache<>(4096);
    subscriptions = new TextCache<>(4096);
    var rc = getRuntimeContext();
    caseJson = rc.getState(new ValueStateDescriptor<>("case", Types.STRING));
    subscriptionJson = rc.getState(new ValueStateDescriptor<>("subscription", Types.STRING));
    caseAt = rc.getState(new ValueStateDescriptor<>("case-at", Types.INSTANT));
    events =
        rc.getListState(new ListStateDescriptor<>("events", TypeInformation.of(StoredEvent.class)));
    sent = rc.getMapState(new MapStateDescriptor<>("sent", Types.STRING, Types.BOOLEAN));
    due = rc.getMapState(new MapStateDescriptor<>("due", Types.INSTANT, Types.BOOLEAN));
    cleanup = rc.getState(new ValueStateDescriptor<>("cleanup", Types.LONG));
    dropped = rc.getState(new ValueStateDescriptor<>("dropped", Types.INSTANT));
  }

  private SlaEngine engine(ReadOnlyBroadcastState<String, String> kept) throws Exception {
    SlaEngine e = engine;
    if (e == null) {
      e = updates.engine(kept.immutableEntries());
      engine = e;
    }
    return e;
  }

  @Override
  public void processBroadcastElement(InputLine line, Context ctx, Collector<String> out)
      throws Exception {
    BroadcastState<String, String> kept = ctx.getBroadcastState(UPDATES);
    Map.Entry<String, String> entry;
    try {
      entry = updates.read(line);
    } catch (SlaException | CalendarException | IllegalArgumentException e) {
      // Every parallel instance reads the update; one says what was wrong with it.
      if (getRuntimeContext().getTaskInfo().getIndexOfThisSubtask() == 0) {
        ctx.output(SlaJob.ERRORS, Lines.error(line.source(), line.line(), line.where(), e));
      }
      return;
    }
    kept.put(entry.getKey(), entry.getValue());
    engine = updates.engine(kept.immutableEntries());
  }

  @Override
  public void processElement(CaseLine line, ReadOnlyContext ctx, Collector<String> out)
      throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(RULES_LOADER);
    try {
      step(line, ctx, out);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /**
   * Drools compiles parts of the rules the first times they run, into the thread's context class
   * loader. In a task that is Flink's user-code class loader, closed when the job ends, while the
   * built-in rulesets are shared by every job of the JVM: they run under slakit's own loader.
   */
  private static final ClassLoader RULES_LOADER = CaseFunction.class.getClassLoader();

  private void step(CaseLine line, ReadOnlyContext ctx, Collector<String> out) throws Exception {
    SlaEngine engine = engine(ctx.getBroadcastState(UPDATES));
    Instant closed = dropped.value();
    if (closed != null) {
      ctx.output(
          SlaJob.ERRORS,
          Lines.error(
              line.line(),
              line.where(),
              "case "
                  + line.caseId()
                  + " was closed at "
                  + closed
                  + " and its state dropped "
                  + Duration.ofMillis(closedRetention)
                  + " later: the line is not applied"));
      return;
    }
    CaseClocks clocks;
    SlaJson.StatusRequest request;
    CaseClocks kept;
    try {
      request = SlaJson.readStatusRequest(line.text(), line.where());
      Instant keptAt = caseAt.value();
      kept = load();
      boolean newer = kept == null || keptAt == null || !request.at().isBefore(keptAt);
      clocks =
          kept == null
              ? CaseClocks.open(request.supportCase(), request.subscription(), options)
              : newer ? kept.with(request.supportCase(), request.subscription()) : kept;
      clocks = clocks.apply(request.events());
      CaseStatus status = clocks.status(engine, request.at());
      if (statuses) {
        ctx.output(SlaJob.STATUSES, SlaJson.writeLine(status));
      }
      if (newer) {
        JsonNode root = MAPPER.readTree(line.text());
        caseJson.update(root.get("case").toString());
        subscriptionJson.update(root.get("subscription").toString());
        caseAt.update(request.at());
      }
    } catch (SlaException | CalendarException | IllegalArgumentException e) {
      ctx.output(SlaJob.ERRORS, Lines.error(line.source(), line.line(), line.where(), e));
      return;
    } catch (RuntimeException e) {
      ctx.output(SlaJob.ERRORS, Lines.internal(line.source(), line.line(), line.where(), e));
      return;
    }
    List<StoredEvent> stored = new ArrayList<>();
    for (CaseEvent e : clocks.events()) {
      stored.add(StoredEvent.of(e));
    }
    events.update(stored);
    Instant opened = clocks.supportCase().openedAt().toInstant();
    long wm = ctx.timerService().currentWatermark();
    Instant moment =
        wm == Long.MIN_VALUE || Instant.ofEpochMilli(wm).isBefore(opened)
            ? opened
            : Instant.ofEpochMilli(wm);
    try {
      Instant since = kept == null ? opened : earliest(request.events());
      if (since != null && moment.isAfter(since)) {
        sendLate(clocks, engine, since, moment, line.caseId(), out);
      }
      schedule(clocks, engine, moment, ctx.timerService());
      retain(clocks, ctx.timerService());
    } catch (SlaException | CalendarException | IllegalArgumentException e) {
      ctx.output(SlaJob.ERRORS, Lines.error(line.source(), line.line(), line.where(), e));
    } catch (RuntimeException e) {
      ctx.output(SlaJob.ERRORS, Lines.internal(line.source(), line.line(), line.where(), e));
    }
  }

  /**
   * A line behind the watermark (a new case opened before it, or events before it) sends at once
   * the alarms it brings between its earliest instant and the watermark, whose timers have passed;
   * each still at most once.
   */
  private void sendLate(
      CaseClocks clocks,
      SlaEngine engine,
      Instant since,
      Instant watermark,
      String caseId,
      Collector<String> out)
      throws Exception {
    Instant from = since.minusNanos(1);
    Instant opened = clocks.supportCase().openedAt().toInstant();
    for (Instant t : clocks.at(engine, from.isBefore(opened) ? opened : from).due()) {
      if (t.isAfter(watermark) || (cutoff != null && t.isAfter(cutoff))) {
        break;
      }
      send(clocks, engine, t, caseId, out);
    }
  }

  /** Sends the alarms firing at an instant that were not sent yet. */
  private void send(
      CaseClocks clocks, SlaEngine engine, Instant t, String caseId, Collector<String> out)
      throws Exception {
    for (Alarm a : clocks.firing(engine, t)) {
      String key = caseId + "/" + a.key();
      if (!sent.contains(key)) {
        sent.put(key, true);
        out.collect(Lines.alarm(caseId, key, a));
      }
    }
  }

  private static @Nullable Instant earliest(List<CaseEvent> events) {
    Instant first = null;
    for (CaseEvent e : events) {
      if (first == null || e.at().isBefore(first)) {
        first = e.at();
      }
    }
    return first;
  }

  /** Sets the timer that drops a closed case's state, when a retention is set. */
  private void retain(CaseClocks clocks, TimerService timers) throws Exception {
    Instant closed = closedAt(clocks);
    if (closedRetention < 0 || closed == null) {
      return;
    }
    Instant at = closed.plusMillis(closedRetention);
    if (cutoff != null && at.isAfter(cutoff)) {
      return;
    }
    long ms = timerOf(at);
    Long set = cleanup.value();
    if (set == null || set != ms) {
      if (set != null) {
        timers.deleteEventTimeTimer(set);
      }
      timers.registerEventTimeTimer(ms);
      cleanup.update(ms);
    }
  }

  private static @Nullable Instant closedAt(CaseClocks clocks) {
    Instant closed = null;
    for (CaseEvent e : clocks.events()) {
      if (e.type() == CaseEvent.Type.CLOSED && (closed == null || e.at().isBefore(closed))) {
        closed = e.at();
      }
    }
    return closed;
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(RULES_LOADER);
    try {
      fire(timestamp, ctx, out);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private void fire(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
    SlaEngine engine = engine(ctx.getBroadcastState(UPDATES));
    TreeSet<Instant> now = new TreeSet<>();
    for (Instant t : due.keys()) {
      if (timerOf(t) == timestamp) {
        now.add(t);
      }
    }
    for (Instant t : now) {
      due.remove(t);
    }
    CaseClocks clocks = load();
    if (clocks == null) {
      return;
    }
    String caseId = ctx.getCurrentKey();
    try {
      for (Instant t : now) {
        if (cutoff != null && t.isAfter(cutoff)) {
          continue; // the replay ends before it: the end of a bounded input is not a moment
        }
        send(clocks, engine, t, caseId, out);
      }
      schedule(clocks, engine, Instant.ofEpochMilli(timestamp), ctx.timerService());
      Long drop = cleanup.value();
      Instant closed = closedAt(clocks);
      if (drop != null && drop == timestamp && closed != null) {
        for (Instant t : due.keys()) {
          ctx.timerService().deleteEventTimeTimer(timerOf(t));
        }
        caseJson.clear();
        subscriptionJson.clear();
        caseAt.clear();
        events.clear();
        sent.clear();
        due.clear();
        cleanup.clear();
        dropped.update(closed);
      }
    } catch (SlaException | CalendarException | IllegalArgumentException e) {
      ctx.output(SlaJob.ERRORS, Lines.caseError(caseId, e));
    } catch (RuntimeException e) {
      ctx.output(SlaJob.ERRORS, Lines.caseError(caseId, e));
    }
  }

  /** The case's clocks as the state keeps them, or null for a case not seen yet. */
  private @Nullable CaseClocks load() throws Exception {
    String c = caseJson.value();
    String s = subscriptionJson.value();
    if (c == null || s == null) {
      return null;
    }
    List<CaseEvent> held = new ArrayList<>();
    Iterable<StoredEvent> it = events.get();
    if (it != null) {
      for (StoredEvent e : it) {
        held.add(e.event());
      }
    }
    return CaseClocks.open(
            cases.get(c, t -> SlaJson.readCase(t, "state")),
            subscriptions.get(s, t -> SlaJson.readSubscription(t, "state")),
            options)
        .apply(held);
  }

  /**
   * Keeps one timer per instant due after the moment, and no other: a pause takes timers away, a
   * resume sets them again. Timers are in milliseconds: an instant's timer is the millisecond at or
   * after it. Instants after the cut-off get none.
   */
  private void schedule(CaseClocks clocks, SlaEngine engine, Instant moment, TimerService timers)
      throws Exception {
    Set<Instant> want = new HashSet<>();
    for (Instant t : clocks.at(engine, moment).due()) {
      if (cutoff == null || !t.isAfter(cutoff)) {
        want.add(t);
      }
    }
    Set<Long> before = new HashSet<>();
    List<Instant> gone = new ArrayList<>();
    for (Instant t : due.keys()) {
      before.add(timerOf(t));
      if (!want.contains(t)) {
        gone.add(t);
      }
    }
    for (Instant t : gone) {
      due.remove(t);
    }
    Set<Long> after = new HashSet<>();
    for (Instant t : want) {
      after.add(timerOf(t));
      due.put(t, true);
    }
    for (long ms : before) {
      if (!after.contains(ms)) {
        timers.deleteEventTimeTimer(ms);
      }
    }
    for (long ms : after) {
      if (!before.contains(ms)) {
        timers.registerEventTimeTimer(ms);
      }
    }
  }

  /** The millisecond at or after an instant: Flink's timers count milliseconds. */
  static long timerOf(Instant t) {
    long ms = t.toEpochMilli();
    return Instant.ofEpochMilli(ms).isBefore(t) ? ms + 1 : ms;
  }
}
