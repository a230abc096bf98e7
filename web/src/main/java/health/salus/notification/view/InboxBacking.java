package health.salus.notification.view;

import health.salus.notification.boundary.NotificationService;
import health.salus.notification.boundary.NotificationView;
import health.salus.shared.boundary.Page;
import health.salus.shared.entity.Refusal;
import health.salus.shared.view.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The notifications page: newest first, 20 a page, mark one or all read. View scoped: the buttons
 * sit in the list, so the list must still be there when their postback is decoded (the view action
 * loads it on the first request only).
 */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE_SIZE = 20;

  @Inject NotificationService notifications;

  private int page;
  private transient Page<NotificationView> current;

  /** Loads the requested page (view action). */
  public void load() {
    current = notifications.mine(Math.max(page, 0), PAGE_SIZE);
  }

  public String markRead(long id) {
    try {
      notifications.markRead(id);
    } catch (Refusal refused) {
      PageMessages.show(refused, null);
      return null;
    }
    return "/notification/inbox?faces-redirect=true&page=" + page;
  }

  public String markAllRead() {
    notifications.markAllRead();
    PageMessages.flashInfo("notifications.allRead");
    return "/notification/inbox?faces-redirect=true";
  }

  public List<NotificationView> getItems() {
    return current == null ? List.of() : current.items();
  }

  public long getTotal() {
    return current == null ? 0 : current.total();
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return current != null && (long) (page + 1) * PAGE_SIZE < current.total();
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
