package io.github.slakit.calendars;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Threads racing the lazy index builds of one fresh calendar answer as one thread does. */
class BusinessCalendarConcurrencyTest {
  private static final int THREADS = 8;
  private static final int QUERIES = 400;

  static BusinessCalendar fresh() {
    BusinessCalendar.Builder b =
        BusinessCalendar.builder(ZoneId.of("America/New_York"))
            .weekly(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeWindow.parse("09:00-17:00"))
            .weekly(EnumSet.of(DayOfWeek.SATURDAY), TimeWindow.parse("22:00-02:30"));
    for (int year = 2000; year < 2040; year++) {
      b.addHoliday(LocalDate.of(year, 7, 4), "Independence Day");
    }
    return b.build();
  }

  /** Queries spread over 2000..2039, so that most touch a chunk nobody has built yet. */
  static List<Object> answers(BusinessCalendar c, long seed) {
    Random random = new Random(seed);
    long start = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
    long span = Instant.parse("2039-01-01T00:00:00Z").getEpochSecond() - start;
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < QUERIES; i++) {
      Instant a = Instant.ofEpochSecond(start + (long) (random.nextDouble() * span));
      Instant b = Instant.ofEpochSecond(start + (long) (random.nextDouble() * span));
      Duration d = Duration.ofMinutes(random.nextInt(60 * 24 * 400));
      out.add(c.add(a, d));
      out.add(c.subtract(b, d));
      out.add(c.between(a, b));
      out.add(c.nextOpening(a));
      out.add(c.isBusinessTime(b));
      out.add(c.addBusinessDays(a, random.nextInt(5)));
    }
    return out;
  }

  @Test
  void racingThreadsAgreeWithOneThread() throws Exception {
    List<List<Object>> expected = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      expected.add(answers(fresh(), t));
    }
    for (int round = 0; round < 3; round++) {
      BusinessCalendar shared = fresh();
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<List<Object>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          long seed = t;
          Callable<List<Object>> task =
              () -> {
                go.await();
                return answers(shared, seed);
              };
          results.add(pool.submit(task));
        }
        go.countDown();
        for (int t = 0; t < THREADS; t++) {
          assertThat(results.get(t).get())
              .as("thread %d, round %d", t, round)
              .isEqualTo(expected.get(t));
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
