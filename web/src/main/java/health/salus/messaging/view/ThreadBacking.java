package health.salus.messaging.view;

import health.salus.messaging.boundary.MessagingService;
import health.salus.messaging.boundary.NewMessage;
import health.salus.messaging.boundary.ThreadView;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.view.PageAction;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * One conversation ({@code ?id=}): opening it marks the caller's unread messages read; a reply goes
 * through the service and comes back to the page.
 */
@Named
@ViewScoped
public class ThreadBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MessagingService messaging;

  private long id;
  private ThreadView thread;
  private String body;

  /**
   * Opens the thread named by the view parameter (f:viewAction); to anyone but a participant the
   * page answers 404, as for a thread that does not exist.
   */
  public void load() throws IOException {
    try {
      thread = messaging.open(id);
    } catch (NotFoundException notAParticipant) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
    }
  }

  public void reply() throws IOException {
    PageAction.change(
        () -> messaging.reply(id, new NewMessage(body)),
        "reply",
        "/messaging/thread.xhtml?id=" + id,
        "messaging.sent");
  }

  public ThreadView getThread() {
    return thread;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
