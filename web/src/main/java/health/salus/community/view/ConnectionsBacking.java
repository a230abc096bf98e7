package health.salus.community.view;

import health.salus.community.boundary.ConnectionRequest;
import health.salus.community.boundary.ConnectionService;
import health.salus.community.boundary.ConnectionView;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The "My connections" page: ask someone to connect by username, answer the requests that wait for
 * the caller, and remove connections (or withdraw one's own requests).
 */
@Named
@ViewScoped
public class ConnectionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String PAGE = "/community/connections.xhtml";

  @Inject ConnectionService connections;

  private List<ConnectionView> all = List.of();
  private String username;

  @PostConstruct
  void load() {
    all = connections.connections();
  }

  public void ask() throws IOException {
    ConnectionView[] asked = new ConnectionView[1];
    if (PageAction.attempt(
        () -> asked[0] = connections.request(new ConnectionRequest(username)), "ask", Map.of())) {
      PageMessages.flashInfo(
          asked[0].accepted() ? "sharing.connections.accepted" : "sharing.connections.sent");
      PageAction.redirect(PAGE);
    }
  }

  public void accept(long id) throws IOException {
    PageAction.change(
        () -> connections.accept(id), "waiting", PAGE, "sharing.connections.accepted");
  }

  public void decline(long id) throws IOException {
    PageAction.change(
        () -> connections.decline(id), "waiting", PAGE, "sharing.connections.declined");
  }

  public void remove(long id) throws IOException {
    PageAction.change(() -> connections.remove(id), "mine", PAGE, "sharing.connections.removed");
  }

  /** Requests from others that wait for the caller's answer. */
  public List<ConnectionView> getWaiting() {
    return all.stream().filter(ConnectionView::waitsForMe).toList();
  }

  /** The caller's connections and their own requests still waiting for an answer. */
  public List<ConnectionView> getMine() {
    return all.stream().filter(c -> !c.waitsForMe()).toList();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }
}
