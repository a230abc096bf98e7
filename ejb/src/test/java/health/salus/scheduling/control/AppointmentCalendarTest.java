package health.salus.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.scheduling.entity.AppointmentMode;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import org.junit.jupiter.api.Test;

class AppointmentCalendarTest {

  private static final Locale EN = Locale.forLanguageTag("en-AU");
  private static final Locale ZH = Locale.forLanguageTag("zh-CN");
  private static final Instant NOW = Instant.parse("2026-11-20T01:02:03Z");
  private static final Instant START = Instant.parse("2026-12-01T23:30:00Z");
  private static final Instant END = Instant.parse("2026-12-02T00:00:00Z");

  private static AppointmentCalendar.Entry inPerson(boolean cancelled) {
    return new AppointmentCalendar.Entry(
        42,
        3,
        START,
        END,
        "Dr Wei Chen",
        AppointmentMode.IN_PERSON,
        "Knee pain, right",
        cancelled,
        "Harbour Clinic",
        "1 George St, Sydney NSW 2000");
  }

  private static Calendar parse(String text) throws Exception {
    return new CalendarBuilder().build(new StringReader(text));
  }

  private static String value(VEvent event, String name) {
    return event.getProperty(name).map(Property::getValue).orElseThrow();
  }

  @Test
  void oneBookedAppointmentIsOneConfirmedEventInUtc() throws Exception {
    Calendar calendar =
        parse(
            AppointmentCalendar.write(List.of(inPerson(false)), ImmutableMethod.PUBLISH, NOW, EN));

    assertThat(calendar.getProperty("METHOD").map(Property::getValue)).contains("PUBLISH");
    assertThat(calendar.getProperty("VERSION").map(Property::getValue)).contains("2.0");
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    VEvent event = events.get(0);
    assertThat(value(event, "UID")).isEqualTo("appointment-42@salus");
    assertThat(value(event, "DTSTART")).isEqualTo("20261201T233000Z");
    assertThat(value(event, "DTEND")).isEqualTo("20261202T000000Z");
    assertThat(value(event, "DTSTAMP")).isEqualTo("20261120T010203Z");
    assertThat(value(event, "SUMMARY")).isEqualTo("Appointment with Dr Wei Chen");
    assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
    assertThat(value(event, "SEQUENCE")).isEqualTo("3");
    assertThat(value(event, "LOCATION")).isEqualTo("Harbour Clinic, 1 George St, Sydney NSW 2000");
    assertThat(value(event, "DESCRIPTION")).contains("In-person").contains("Knee pain, right");
  }

  @Test
  void aCancelledAppointmentIsACancellationWithTheSameUid() throws Exception {
    Calendar calendar =
        parse(AppointmentCalendar.write(List.of(inPerson(true)), ImmutableMethod.CANCEL, NOW, EN));

    assertThat(calendar.getProperty("METHOD").map(Property::getValue)).contains("CANCEL");
    VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
    assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
    assertThat(value(event, "UID")).isEqualTo("appointment-42@salus");
  }

  @Test
  void remoteConsultationsNameTheModeAsLocationAndAFeedHoldsEveryEvent() throws Exception {
    AppointmentCalendar.Entry video =
        new AppointmentCalendar.Entry(
            7, 0, START, END, "Dr Anika Patel", AppointmentMode.VIDEO, "", false, "X", "Y");
    AppointmentCalendar.Entry phone =
        new AppointmentCalendar.Entry(
            8, 1, START, END, "Dr Anika Patel", AppointmentMode.PHONE, null, true, "X", "Y");

    Calendar calendar =
        parse(AppointmentCalendar.write(List.of(video, phone), ImmutableMethod.PUBLISH, NOW, EN));

    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(2);
    assertThat(value(events.get(0), "LOCATION")).isEqualTo("Video consultation");
    assertThat(value(events.get(0), "DESCRIPTION")).doesNotContain("Reason");
    assertThat(value(events.get(1), "LOCATION")).isEqualTo("Phone consultation");
    assertThat(value(events.get(1), "STATUS")).isEqualTo("CANCELLED");
    assertThat(events)
        .extracting(e -> value(e, "UID"))
        .containsExactly("appointment-7@salus", "appointment-8@salus");
  }

  @Test
  void theWordsAreInTheReadersLanguage() throws Exception {
    VEvent event =
        parse(AppointmentCalendar.write(List.of(inPerson(false)), ImmutableMethod.PUBLISH, NOW, ZH))
            .<VEvent>getComponents("VEVENT")
            .get(0);

    assertThat(value(event, "SUMMARY")).isEqualTo("\u4e0e Dr Wei Chen \u7684\u9884\u7ea6");
    assertThat(value(event, "DESCRIPTION")).contains("\u9762\u8bca").contains("Knee pain, right");
  }
}
