package health.salus.timeline.view;

import health.salus.education.boundary.CareScreening;
import health.salus.education.boundary.LiteracyService;
import health.salus.education.boundary.ScreeningResult;
import health.salus.shared.view.TimeDisplay;
import health.salus.timeline.boundary.TimelineEntry;
import health.salus.timeline.boundary.TimelinePage;
import health.salus.timeline.boundary.TimelineService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A patient's timeline page ({@code ?patientId=}, {@code &kind=} any number of times, {@code
 * &after=} for older events): a GET form of kind checkboxes and the events newest first, a page at
 * a time, each linking to its object where a page shows it; and the patient's latest literacy
 * screen (its level and day), shown only when the screen's own access rule lets the reader see it
 * (the care team and the case team; not, say, a clinician here on emergency access, who is not even
 * asked about: no denial in the trail).
 */
@Named
@RequestScoped
public class TimelineBacking {

  /** The pages that show a timeline event's object, by object type. */
  private static final Map<String, String> PAGES =
      Map.of(
          "CareCase", "/casework/case.xhtml?id=",
          "MessageThread", "/messaging/thread.xhtml?id=");

  @Inject TimelineService timeline;
  @Inject LiteracyService literacy;
  @Inject TimeDisplay timeDisplay;

  private long patientId;
  private String after;
  private List<String> kinds = List.of();
  private TimelinePage page;
  private boolean literacyShown;
  private ScreeningResult screening;

  public void load() {
    String[] asked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .get("kind");
    kinds = asked == null ? List.of() : Arrays.stream(asked).filter(k -> !k.isBlank()).toList();
    page = timeline.timelineOf(patientId, kinds, after, TimelineService.PAGE_SIZE);
    CareScreening screen = literacy.besidePatientPage(patientId);
    literacyShown = screen.shown();
    screening = screen.latest();
  }

  /** Whether the reader may see the patient's literacy screen (taken or not). */
  public boolean isLiteracyShown() {
    return literacyShown;
  }

  /** The patient's latest literacy screen, or null when none was taken (or it is not shown). */
  public ScreeningResult getScreening() {
    return screening;
  }

  /** The day of the latest screen, in the reader's zone and language. */
  public String getScreeningDay() {
    return screening == null
        ? ""
        : timeDisplay.date(screening.answeredAt().atZone(timeDisplay.zone()).toLocalDate());
  }

  /** Every kind, for the filter. */
  public List<String> getAllKinds() {
    return timeline.kinds();
  }

  public boolean chosen(String kind) {
    return kinds.contains(kind);
  }

  /** The page's link to an event's object, or null where no page shows it. */
  public String link(TimelineEntry entry) {
    String path = PAGES.get(entry.objectType());
    if (path != null) {
      return path + entry.objectId();
    }
    return switch (entry.objectType()) {
      case "Appointment", "Encounter", "RefillRequest" ->
          "/records/record.xhtml?patientId=" + patientId;
      case "ReadingAlert" -> "/monitoring/patient.xhtml?patientId=" + patientId;
      default -> null;
    };
  }

  /** The query of the older page: the patient, the kinds chosen and the cursor. */
  public String getOlderQuery() {
    return "patientId="
        + patientId
        + kinds.stream()
            .map(k -> "&kind=" + URLEncoder.encode(k, StandardCharsets.UTF_8))
            .collect(Collectors.joining())
        + "&after="
        + URLEncoder.encode(page.next(), StandardCharsets.UTF_8);
  }

  public long getPatientId() {
    return patientId;
  }

  public void setPatientId(long patientId) {
    this.patientId = patientId;
  }

  public String getAfter() {
    return after;
  }

  public void setAfter(String after) {
    this.after = after;
  }

  public TimelinePage getPage() {
    return page;
  }
}
