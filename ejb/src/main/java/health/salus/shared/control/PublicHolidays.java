package health.salus.shared.control;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The provider's public holidays, any year: those of its country and region as Jollyday knows them
 * ({@code salus.holidays.country}, ISO 3166 code, {@code au}; {@code salus.holidays.region}, the
 * library's region path such as {@code nsw}, {@code none} for the country's alone; a country of
 * {@code none} for no computed holidays), less the kinds that are not days off for a health
 * provider ({@code salus.holidays.left-out}, the library's keys, {@code BANK_HOLIDAY}: New South
 * Wales' August bank holiday is for banks only), plus the provider's own days ({@code
 * salus.feedback.public-holidays}, ISO dates, comma separated, such as a local show day; the name
 * of the feature that first needed them). Each year is computed once.
 */
@ApplicationScoped
public class PublicHolidays {

  private static final Logger LOG = Logger.getLogger(PublicHolidays.class.getName());

  @Inject
  @ConfigProperty(name = "salus.holidays.country", defaultValue = "au")
  String country;

  @Inject
  @ConfigProperty(name = "salus.holidays.region", defaultValue = "nsw")
  String region;

  @Inject
  @ConfigProperty(name = "salus.holidays.left-out", defaultValue = "BANK_HOLIDAY")
  String leftOut;

  @Inject
  @ConfigProperty(name = "salus.feedback.public-holidays", defaultValue = "none")
  String publicHolidays;

  private final Map<Integer, Set<LocalDate>> years = new ConcurrentHashMap<>();
  private HolidayManager manager;
  private String[] regionPath;
  private Set<String> leftOutKeys;
  private Set<LocalDate> ownDays;

  /** For CDI. */
  protected PublicHolidays() {}

  /** As configured with these values (tests). */
  public PublicHolidays(String country, String region, String leftOut, String ownDays) {
    this.country = country;
    this.region = region;
    this.leftOut = leftOut;
    this.publicHolidays = ownDays;
    init();
  }

  @PostConstruct
  void init() {
    String code = setting(country);
    manager = code.isEmpty() ? null : manager(code);
    String path = setting(region);
    regionPath = path.isEmpty() ? new String[0] : path.split("/");
    leftOutKeys =
        words(leftOut).filter(k -> !k.equalsIgnoreCase("none")).collect(Collectors.toSet());
    ownDays =
        words(publicHolidays)
            .filter(s -> !s.equalsIgnoreCase("none"))
            .map(PublicHolidays::date)
            .flatMap(Optional::stream)
            .collect(Collectors.toUnmodifiableSet());
  }

  /** The business calendar in this zone. */
  public BusinessCalendar calendar(ZoneId zone) {
    return new BusinessCalendar(zone, this::isHoliday);
  }

  /** Whether the day is a public holiday of the provider. */
  public boolean isHoliday(LocalDate day) {
    return ownDays.contains(day) || computedOf(day.getYear()).contains(day);
  }

  /** The public holidays of the year, the provider's own days included. */
  public Set<LocalDate> of(int year) {
    return Stream.concat(
            computedOf(year).stream(), ownDays.stream().filter(d -> d.getYear() == year))
        .collect(Collectors.toUnmodifiableSet());
  }

  private Set<LocalDate> computedOf(int year) {
    return years.computeIfAbsent(year, this::computed);
  }

  private Set<LocalDate> computed(int year) {
    if (manager == null) {
      return Set.of();
    }
    return manager.getHolidays(Year.of(year), regionPath).stream()
        .filter(h -> !leftOutKeys.contains(h.getPropertiesKey()))
        .map(Holiday::getDate) // the day off: the observed day when it moves
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The setting in lower case; empty for none. */
  private static String setting(String value) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    return v.equals("none") ? "" : v;
  }

  private static HolidayManager manager(String country) {
    try {
      return HolidayManager.getInstance(ManagerParameters.create(country));
    } catch (RuntimeException unknown) {
      throw new IllegalStateException(
          "salus.holidays.country: no public holidays known for " + country, unknown);
    }
  }

  private static Stream<String> words(String list) {
    return list == null
        ? Stream.empty()
        : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException notADate) {
      LOG.warning(() -> "salus.feedback.public-holidays: not a date: " + text);
      return Optional.empty();
    }
  }
}
