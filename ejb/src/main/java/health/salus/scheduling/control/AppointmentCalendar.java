package health.salus.scheduling.control;

import health.salus.directory.entity.Site;
import health.salus.identity.entity.UserAccount;
import health.salus.scheduling.entity.Appointment;
import health.salus.scheduling.entity.AppointmentMode;
import health.salus.scheduling.entity.AppointmentStatus;
import health.salus.shared.entity.Language;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Appointments as RFC 5545 calendars (written with ical4j): one event per appointment with a UID
 * that stays the same across changes and a SEQUENCE that grows with each change, so calendar apps
 * update the event instead of adding another. The text is what the patient may see anyway: who,
 * where, how, and the reason they gave; never clinical notes. The wording comes from the calendar
 * bundle (health/salus/scheduling/calendar.properties, en-AU).
 */
@Dependent
public class AppointmentCalendar {

  static final String PRODUCT = "-//Salus//Appointments//EN";
  private static final String WORDS = "health.salus.scheduling.calendar";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject Clock clock;

  /** What one calendar event says about an appointment. */
  public record Entry(
      long id,
      long sequence,
      Instant start,
      Instant end,
      String practitionerName,
      AppointmentMode mode,
      String reason,
      boolean cancelled,
      String siteName,
      String siteAddress) {}

  /**
   * One appointment's .ics, in the patient's language; a cancelled one is a CANCEL so calendar apps
   * remove the event.
   */
  public String single(Appointment appointment) {
    Entry entry = entry(appointment);
    UserAccount patient = appointment.getPatient().getAccount();
    return write(
        List.of(entry),
        entry.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH,
        clock.instant(),
        (patient == null ? Language.DEFAULT : patient.getLanguage()).locale());
  }

  /**
   * A feed of several appointments in the reader's language; cancelled ones stay in it with
   * STATUS:CANCELLED.
   */
  public String feed(List<Appointment> appointments, Locale language) {
    return write(
        appointments.stream().map(this::entry).toList(),
        ImmutableMethod.PUBLISH,
        clock.instant(),
        language);
  }

  private Entry entry(Appointment a) {
    Site site = em.find(Site.class, a.getSiteId());
    return new Entry(
        a.getId(),
        a.getVersion(),
        a.getStart(),
        a.getEnd(),
        a.getPractitioner().getAccount().getFullName(),
        a.getMode(),
        a.getReason(),
        a.getStatus() == AppointmentStatus.CANCELLED,
        site == null ? null : site.getName(),
        site == null ? null : address(site));
  }

  /** The calendar text of the entries, stamped {@code now}. */
  static String write(List<Entry> entries, Method method, Instant now, Locale language) {
    Calendar calendar =
        new Calendar()
            .add(new ProdId(PRODUCT))
            .add(ImmutableVersion.VERSION_2_0)
            .add(ImmutableCalScale.GREGORIAN)
            .add(method);
    for (Entry entry : entries) {
      calendar.add(event(entry, now, language));
    }
    return calendar.toString();
  }

  /** The words of the file, from the calendar bundle in the reader's language. */
  private static String text(Locale language, String key, Object... arguments) {
    ResourceBundle words = ResourceBundle.getBundle(WORDS, language, NO_FALLBACK);
    return new MessageFormat(words.getString(key), language).format(arguments);
  }

  static String uid(long appointmentId) {
    return "appointment-" + appointmentId + "@salus";
  }

  private static VEvent event(Entry e, Instant now, Locale language) {
    VEvent event =
        new VEvent(e.start(), e.end(), text(language, "summary", e.practitionerName()))
            .replace(new DtStamp(now))
            .add(new Uid(uid(e.id())))
            .add(new Sequence((int) Math.min(e.sequence(), Integer.MAX_VALUE)))
            .add(new Location(location(e, language)))
            .add(new Description(description(e, language)))
            .add(
                e.cancelled()
                    ? ImmutableStatus.VEVENT_CANCELLED
                    : ImmutableStatus.VEVENT_CONFIRMED);
    return event;
  }

  private static String location(Entry e, Locale language) {
    return switch (e.mode()) {
      case VIDEO, PHONE -> text(language, "location." + e.mode());
      case IN_PERSON ->
          Stream.of(e.siteName(), e.siteAddress())
              .filter(Objects::nonNull)
              .collect(Collectors.joining(", "));
    };
  }

  private static String description(Entry e, Locale language) {
    String how = text(language, "description." + e.mode());
    return e.reason() == null || e.reason().isBlank()
        ? how
        : how + "\n" + text(language, "reason", e.reason());
  }

  private static String address(Site site) {
    String area =
        Stream.of(site.getSuburb(), site.getState(), site.getPostcode())
            .filter(s -> s != null && !s.isBlank())
            .collect(Collectors.joining(" "));
    return Stream.of(site.getStreet(), area)
        .filter(s -> s != null && !s.isBlank())
        .collect(Collectors.joining(", "));
  }
}
