package health.salus.scheduling.view;

import health.salus.scheduling.boundary.CalendarFeedService;
import health.salus.scheduling.boundary.CalendarFeedStatus;
import health.salus.shared.view.UserMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The patient's private calendar feed on the appointments page: create or replace it (the URL is
 * shown this once), or revoke it. An appointment's own file is {@link CalendarFileBacking}'s.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CalendarFeedService feeds;

  private CalendarFeedStatus status;
  private String newUrl;

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
