package health.salus.scheduling.view;

import health.salus.scheduling.boundary.CalendarFeedService;
import health.salus.scheduling.boundary.CalendarFeedStatus;
import health.salus.shared.view.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The patient's private calendar feed on the appointments page: create or replace it (the URL is
 * shown this once), or revoke it. An appointment's own file is {@link CalendarFileBacking}'s. For
 * one request: the page that a button posts shows the outcome in its answer, so nothing needs to
 * wait in the session's view state for the next one.
 */
@Named
@RequestScoped
public class CalendarBacking {

  @Inject CalendarFeedService feeds;
  @Inject MyAppointmentsBacking page;

  private CalendarFeedStatus status;
  private String newUrl;

  /**
   * The feed's status: as the page's one read found it (after a button's action: the page reads
   * before it renders), or asked alone when there was no such read.
   */
  public CalendarFeedStatus getStatus() {
    if (status == null) {
      status = page.getFeed() == null ? feeds.status() : page.getFeed();
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
