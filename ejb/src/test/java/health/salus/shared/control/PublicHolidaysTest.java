package health.salus.shared.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The provider's public holidays come from Jollyday for any year, checked against the lists New
 * South Wales publishes (the days themselves, the weekend ones included, and the additional Mondays
 * when a holiday falls on a weekend); the provider's own days are added.
 */
class PublicHolidaysTest {

  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

  private static final PublicHolidays NSW = new PublicHolidays("au", "nsw", "BANK_HOLIDAY", "none");

  private static Set<LocalDate> days(String... isoDates) {
    return Arrays.stream(isoDates).map(LocalDate::parse).collect(Collectors.toSet());
  }

  @Test
  void newSouthWales2026() {
    assertThat(NSW.of(2026))
        .containsExactlyInAnyOrderElementsOf(
            days(
                "2026-01-01", // New Year's Day
                "2026-01-26", // Australia Day
                "2026-04-03", // Good Friday
                "2026-04-04", // Easter Saturday
                "2026-04-05", // Easter Sunday
                "2026-04-06", // Easter Monday
                "2026-04-25", // Anzac Day (Saturday)
                "2026-04-27", // Anzac Day, additional day
                "2026-06-08", // King's Birthday
                "2026-10-05", // Labour Day
                "2026-12-25", // Christmas Day
                "2026-12-26", // Boxing Day (Saturday)
                "2026-12-28")); // Boxing Day, additional day
  }

  @Test
  void newSouthWales2027() {
    assertThat(NSW.of(2027))
        .containsExactlyInAnyOrderElementsOf(
            days(
                "2027-01-01",
                "2027-01-26",
                "2027-03-26",
                "2027-03-27",
                "2027-03-28",
                "2027-03-29",
                "2027-04-25", // Sunday
                "2027-04-26",
                "2027-06-14",
                "2027-10-04",
                "2027-12-25", // Saturday
                "2027-12-26", // Sunday
                "2027-12-27",
                "2027-12-28"));
  }

  @Test
  void newSouthWales2028BeyondTheOldBuiltInList() {
    assertThat(NSW.of(2028))
        .containsExactlyInAnyOrderElementsOf(
            days(
                "2028-01-01", // Saturday
                "2028-01-03", // New Year's Day, additional day
                "2028-01-26",
                "2028-04-14",
                "2028-04-15",
                "2028-04-16",
                "2028-04-17",
                "2028-04-25",
                "2028-06-12",
                "2028-10-02",
                "2028-12-25",
                "2028-12-26"));
  }

  @Test
  void theBankHolidayIsForBanksOnlyUnlessTheProviderSaysOtherwise() {
    LocalDate bankHoliday = LocalDate.parse("2026-08-03");
    assertThat(NSW.isHoliday(bankHoliday)).isFalse();
    assertThat(new PublicHolidays("au", "nsw", "none", "none").isHoliday(bankHoliday)).isTrue();
  }

  @Test
  void theProvidersOwnDaysAreAddedAndBadEntriesLeftOut() {
    PublicHolidays withShowDay =
        new PublicHolidays("au", "nsw", "BANK_HOLIDAY", "2028-03-01, not-a-date ,2026-12-24");
    assertThat(withShowDay.isHoliday(LocalDate.parse("2028-03-01"))).isTrue();
    assertThat(withShowDay.isHoliday(LocalDate.parse("2026-12-24"))).isTrue();
    assertThat(withShowDay.isHoliday(LocalDate.parse("2028-04-14"))).isTrue();
    assertThat(withShowDay.of(2028)).contains(LocalDate.parse("2028-03-01")).hasSize(13);
  }

  @Test
  void anotherRegionHasItsOwnDays() {
    // Victoria: Melbourne Cup (first Tuesday of November) and its King's Birthday is also June's
    // second Monday; New South Wales has no Cup holiday.
    PublicHolidays victoria = new PublicHolidays("au", "vic", "none", "none");
    assertThat(victoria.isHoliday(LocalDate.parse("2028-11-07"))).isTrue();
    assertThat(NSW.isHoliday(LocalDate.parse("2028-11-07"))).isFalse();
  }

  @Test
  void noCountryLeavesOnlyTheProvidersOwnDays() {
    PublicHolidays own = new PublicHolidays("none", "none", "none", "2028-04-14");
    assertThat(own.of(2028)).containsExactly(LocalDate.parse("2028-04-14"));
    assertThat(own.isHoliday(LocalDate.parse("2028-12-25"))).isFalse();
  }

  @Test
  void anUnknownCountryIsSaidPlainly() {
    assertThatThrownBy(() -> new PublicHolidays("zz-nowhere", "none", "none", "none"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("salus.holidays.country");
  }

  @Test
  void businessDaysOf2028SkipEaster() {
    // Received on Thursday 13 April 2028: Good Friday, the weekend and Easter Monday do not
    // count, so the second business day is Wednesday 19 April.
    Instant received = LocalDateTime.parse("2028-04-13T10:00").atZone(SYDNEY).toInstant();
    BusinessCalendar calendar = NSW.calendar(SYDNEY);
    assertThat(calendar.endOfBusinessDaysAfter(received, 2))
        .isEqualTo(calendar.endOf(LocalDate.parse("2028-04-19")));
  }
}
