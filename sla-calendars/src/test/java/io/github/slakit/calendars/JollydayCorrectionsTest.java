package io.github.slakit.calendars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The corrections we carry on top of jollyday's data (jollyday-corrections.tsv): each still
 * changes jollyday's data, they give what their sources say, and the file's format is checked.
 */
class JollydayCorrectionsTest {

  @Test
  void everyLineStillChangesJollydaysData() {
    // A correction jollyday has made itself (after an upgrade) is found here and must go.
    JollydayCorrections all = JollydaySets.corrections();
    assertThat(all.lines()).hasSizeGreaterThan(250);
    for (JollydayCorrections.Line line : all.lines()) {
      NationalHolidays raw = JollydaySets.create(line.code(), false);
      NationalHolidays corrected = NationalHolidays.of(line.code());
      int applied = 0;
      for (int y = Math.max(line.from(), corrected.firstYear());
          y <= Math.min(line.to(), corrected.lastYear());
          y++) {
        LocalDate d = line.dateIn(y).orElse(null);
        if (d == null) {
          continue;
        }
        boolean jollydayHasIt =
            raw.holidays(y, y).stream()
                .anyMatch(h -> h.date().equals(d) && h.name().equals(line.name()));
        if (line.add()) {
          assertThat(raw.isHoliday(d))
              .as("line %d: jollyday already has %s", line.lineNo(), d)
              .isFalse();
          assertThat(corrected.holidays(y, y))
              .as("line %d", line.lineNo())
              .contains(new Holiday(d, line.name(), line.localName(), line.kind()));
        } else {
          assertThat(jollydayHasIt)
              .as("line %d: jollyday has no %s on %s", line.lineNo(), line.name(), d)
              .isTrue();
          assertThat(corrected.holidays(y, y))
              .as("line %d", line.lineNo())
              .noneMatch(h -> h.date().equals(d) && h.name().equals(line.name()));
        }
        applied++;
      }
      assertThat(applied)
          .as("line %d applies in no year of %s", line.lineNo(), line.code())
          .isPositive();
    }
  }

  @Test
  void japanIsTheCabinetOfficeListAndItsContinuationDayForDay() {
    // The JP lines were made from this list: the corrected set must give it back exactly.
    NationalHolidays jp = NationalHolidays.of("JP");
    assertThat(jp.firstYear()).isEqualTo(1990);
    assertThat(jp.lastYear()).isEqualTo(2050);
    Map<Integer, TreeSet<LocalDate>> list = Vectors.datesByYear("jp-cao-holiday-jp.tsv");
    for (int y = 1990; y <= 2050; y++) {
      assertThat(Vectors.ourDates(jp, y)).as("JP %d", y).isEqualTo(list.get(y));
    }
  }

  @Test
  void japanEmperorsBirthdayMovedWithTheReign() {
    // Act No. 63 of 2017: 23 December until 2018, none in 2019, 23 February from 2020.
    NationalHolidays jp = NationalHolidays.of("JP");
    assertThat(jp.isHoliday(LocalDate.of(2018, 12, 23))).isTrue();
    assertThat(jp.isHoliday(LocalDate.of(2019, 12, 23))).isFalse();
    assertThat(jp.holidays(2020, 2020))
        .filteredOn(h -> h.date().getMonthValue() == 2 && h.date().getDayOfMonth() >= 23)
        .extracting(h -> h.date() + " " + h.kind() + " " + h.localName())
        // 23 February 2020 was a Sunday: Monday 24 February the substitute holiday (art. 3(2)).
        .containsExactly("2020-02-23 FIXED 天皇誕生日", "2020-02-24 SUBSTITUTE 振替休日");
  }

  @Test
  void japanEquinoxAndGoldenWeek2019() {
    // Cabinet Office list 2019: Vernal Equinox 21 March; 27 April-6 May ten days off with the
    // enthronement (1 May) and the two citizens' holidays around it.
    NationalHolidays jp = NationalHolidays.of("JP");
    assertThat(jp.isHoliday(LocalDate.of(2019, 3, 21))).isTrue();
    for (int d = 29; d <= 36; d++) {
      LocalDate date = LocalDate.of(2019, 4, 1).plusDays(d - 1);
      assertThat(jp.isHoliday(date)).as("%s", date).isTrue();
    }
  }

  @Test
  void polandEpiphanyFrom2011Only() {
    NationalHolidays pl = NationalHolidays.of("PL");
    assertThat(pl.isHoliday(LocalDate.of(2010, 1, 6))).isFalse();
    assertThat(pl.isHoliday(LocalDate.of(2011, 1, 6))).isTrue();
    assertThat(JollydaySets.create("PL", false).isHoliday(LocalDate.of(2010, 1, 6)))
        .as("jollyday's own data")
        .isTrue();
  }

  @Test
  void malformedLinesAreNamed() {
    String head = "@source\tS\ta source\n";
    assertThatThrownBy(() -> JollydayCorrections.parse(head + "JP\t+\t2020-01-02\tFIXED\tX\t\tT\n"))
        .hasMessage(
            "jollyday-corrections.tsv line 2: source \"T\" is not defined by an @source" + " line");
    assertThatThrownBy(() -> JollydayCorrections.parse(head + "JP\t*\t2020-01-02\tFIXED\tX\t\tS\n"))
        .hasMessage("jollyday-corrections.tsv line 2: the operation is +, - or years, not \"*\"");
    assertThatThrownBy(() -> JollydayCorrections.parse(head + "JP\t+\t2020-02-30\tFIXED\tX\t\tS\n"))
        .hasMessage("jollyday-corrections.tsv line 2: \"2020-02-30\" is not a date");
    assertThatThrownBy(() -> JollydayCorrections.parse(head + "JP\t-\t2020-01-02\tFIXED\tX\t\tS\n"))
        .hasMessage("jollyday-corrections.tsv line 2: a removal has no kind and no local name");
    assertThatThrownBy(() -> JollydayCorrections.parse(head + "JP\t+\t2020-01-02\tNONE\tX\t\tS\n"))
        .hasMessage("jollyday-corrections.tsv line 2: \"NONE\" is not a holiday kind");
    assertThatThrownBy(
            () -> JollydayCorrections.parse(head + "Japan\t+\t2020-01-02\tFIXED\tX\t\tS\n"))
        .hasMessage("jollyday-corrections.tsv line 2: \"Japan\" is not a country or region code");
    assertThatThrownBy(() -> JollydayCorrections.parse(head + "JP\t+\t2020-01-02\n"))
        .hasMessageStartingWith("jollyday-corrections.tsv line 2: 7 tab-separated fields expected");
  }

  @Test
  void aCountrysLinesApplyToItsRegionsAndARegionsToItOnly() {
    JollydayCorrections c =
        JollydayCorrections.parse(
            "@source\tS\ta source\n"
                + "DE\t+\t2020-01-02\tDECLARED\tA\t\tS\n"
                + "DE-BY\t+\t2020-01-03\tDECLARED\tB\t\tS\n");
    assertThat(c.linesFor("DE")).extracting(JollydayCorrections.Line::name).containsExactly("A");
    assertThat(c.linesFor("DE-BY"))
        .extracting(JollydayCorrections.Line::name)
        .containsExactly("A", "B");
    assertThat(c.linesFor("DE-BE")).extracting(JollydayCorrections.Line::name).containsExactly("A");
    assertThat(c.linesFor("DK")).isEmpty();
  }
}
