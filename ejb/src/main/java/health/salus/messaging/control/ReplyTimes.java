package health.salus.messaging.control;

import health.salus.messaging.entity.ThreadTeam;
import health.salus.shared.control.BusinessCalendar;
import health.salus.shared.control.PublicHolidays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How soon the care side answers, per team: a message from the patient's side should be answered by
 * the end of the {@code n}-th business day after the day it was sent, in the practice's zone
 * (Monday to Friday, less the public holidays). Configured as {@code
 * salus.messaging.reply-business-days.care-team} (2), {@code
 * salus.messaging.reply-business-days.practitioner} (3, a thread to one practitioner or educator)
 * and {@code salus.messaging.zone} (Australia/Sydney); the hours the teams read messages, {@code
 * salus.messaging.opening-hours} (08:00-18:00 on business days).
 */
@ApplicationScoped
public class ReplyTimes {

  @Inject PublicHolidays holidays;

  @Inject
  @ConfigProperty(name = "salus.messaging.reply-business-days.care-team", defaultValue = "2")
  int careTeamDays;

  @Inject
  @ConfigProperty(name = "salus.messaging.reply-business-days.practitioner", defaultValue = "3")
  int practitionerDays;

  @Inject
  @ConfigProperty(name = "salus.messaging.zone", defaultValue = "Australia/Sydney")
  String zone;

  @Inject
  @ConfigProperty(name = "salus.messaging.opening-hours", defaultValue = "08:00-18:00")
  String openingHours;

  /** When the teams read their messages: business days, {@code salus.messaging.opening-hours}. */
  public OfficeHours officeHours() {
    String[] times = openingHours.split("-");
    return new OfficeHours(
        calendar(), LocalTime.parse(times[0].strip()), LocalTime.parse(times[1].strip()));
  }

  /** In how many business days the team (null: one practitioner) usually answers. */
  public int businessDays(ThreadTeam team) {
    return Math.max(1, team == ThreadTeam.CARE_TEAM ? careTeamDays : practitionerDays);
  }

  /**
   * When a message sent at {@code sent} to the team (null: one practitioner) should be answered.
   */
  public Instant replyDue(Instant sent, ThreadTeam team) {
    return calendar().endOfBusinessDaysAfter(sent, businessDays(team));
  }

  public BusinessCalendar calendar() {
    return holidays.calendar(ZoneId.of(zone));
  }
}
