package health.salus.scheduling.view;

import health.salus.scheduling.boundary.CalendarFile;
import health.salus.scheduling.boundary.DiaryService;
import health.salus.shared.view.FileDownload;
import health.salus.shared.view.LinkedFile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;

/**
 * "Add to calendar": an appointment's calendar file (.ics), {@code
 * /scheduling/calendar-file.xhtml?appointment=ID}, linked from the home page and the appointments
 * list. Whoever may see the appointment gets it ({@link DiaryService#calendar}); anyone else the
 * not-found page.
 */
@Named
@RequestScoped
public class CalendarFileBacking extends LinkedFile {

  @Inject DiaryService diary;

  @Override
  protected void send(long appointmentId) {
    CalendarFile file = diary.calendar(appointmentId);
    FileDownload.send(
        "text/calendar; charset=UTF-8",
        file.fileName(),
        file.content().getBytes(StandardCharsets.UTF_8));
  }
}
