package health.salus.education.view;

import health.salus.scheduling.boundary.DiaryService;
import health.salus.scheduling.boundary.OwnConsultation;
import health.salus.shared.boundary.Page;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.TimeDisplay;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The educator's consultations: today's and the coming booked video and phone calls with patients,
 * how to join each (the room link once it opens, the patient's number to call), and "Mark as done",
 * which completes the appointment without writing anything in the patient's clinical record.
 */
@Named
@ViewScoped
public class EducatorConsultationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String PAGE = "/education/consultations.xhtml";

  @Inject DiaryService diary;
  @Inject TimeDisplay timeDisplay;
  @Inject Clock clock;

  private List<OwnConsultation> consultations = List.of();

  @PostConstruct
  void init() {
    ZoneId zone = timeDisplay.zone();
    PageAction.attempt(
        () ->
            consultations =
                diary.ownConsultations(
                    LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant(),
                    Page.MAX_SIZE),
        null,
        Map.of());
  }

  /** Marks the consultation done (no encounter is written) and shows the page again. */
  public void markDone(OwnConsultation c) throws IOException {
    PageAction.change(
        () -> diary.completeEducation(c.appointment().id()),
        null,
        PAGE,
        "education.consultations.done",
        c.appointment().patientName());
  }

  public List<OwnConsultation> getConsultations() {
    return consultations;
  }
}
