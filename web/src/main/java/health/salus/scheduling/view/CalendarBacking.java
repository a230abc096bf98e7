package health.salus.scheduling.view;

import health.salus.scheduling.boundary.CalendarFeedService;
import health.salus.scheduling.boundary.CalendarFeedStatus;
import health.salus.scheduling.boundary.CalendarFile;
import health.salus.scheduling.boundary.DiaryService;
import health.salus.shared.view.UserMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * "Add to calendar" (an appointment's .ics as a download) and the patient's private calendar feed
 * on the appointments page: create or replace it (the URL is shown this once), or revoke it.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DiaryService diary;
  @Inject CalendarFeedService feeds;

  private CalendarFeedStatus status;
  private String newUrl;

  /** Streams the appointment's calendar file instead of rendering the page. */
  public void download(long appointmentId) {
    CalendarFile[] file = new CalendarFile[1];
    if (!SchedulingPages.attempt(() -> file[0] = diary.calendar(appointmentId), null)) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    byte[] bytes = file[0].content().getBytes(StandardCharsets.UTF_8);
    external.responseReset();
    external.setResponseContentType("text/calendar; charset=UTF-8");
    external.setResponseContentLength(bytes.length);
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"" + file[0].fileName() + "\"");
    try {
      external.getResponseOutputStream().write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  public CalendarFeedStatus getStatus() {
    if (status == null) {
      status = feeds.status();
    }
    return status;
  }

  /** A new feed URL (any earlier one stops working), shown on the page once. */
  public void create() {
    String[] path = new String[1];
    if (SchedulingPages.attempt(() -> path[0] = feeds.create().path(), "feed")) {
      newUrl = apiRoot() + path[0];
      status = null;
    }
  }

  public void revoke() {
    if (SchedulingPages.attempt(feeds::revoke, "feed")) {
      newUrl = null;
      status = null;
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO, UserMessages.text("calendar.feed.revoked"), null));
    }
  }

  public String getNewUrl() {
    return newUrl;
  }

  private static String apiRoot() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    int port = external.getRequestServerPort();
    String scheme = external.getRequestScheme();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + external.getRequestServerName()
        + (defaultPort ? "" : ":" + port)
        + external.getRequestContextPath()
        + "/api/v1/";
  }
}
