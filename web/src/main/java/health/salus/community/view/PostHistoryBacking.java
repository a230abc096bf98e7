package health.salus.community.view;

import health.salus.community.boundary.PostHistory;
import health.salus.community.boundary.PostHistoryService;
import health.salus.shared.view.PageAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * A post's edit history ({@code ?id=&page=}): its earlier versions, newest first, a page at a time
 * with links to newer and older pages. The post's author and those who moderate its group read it;
 * anyone else gets the not-found page.
 */
@Named
@ViewScoped
public class PostHistoryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PostHistoryService service;

  private long id;
  private int page;
  private PostHistory history;

  public void load() throws IOException {
    PageAction.read(() -> history = service.history(id, page, PostHistoryService.PAGE_SIZE));
  }

  /** Whether newer versions are on an earlier page. */
  public boolean isNewer() {
    return history != null && history.versions().page() > 0;
  }

  /** Whether older versions are on a later page. */
  public boolean isOlder() {
    return history != null
        && (long) (history.versions().page() + 1) * history.versions().size()
            < history.versions().total();
  }

  /** How many pages the history fills (at least one). */
  public long getPages() {
    if (history == null || history.versions().total() == 0) {
      return 1;
    }
    long size = history.versions().size();
    return (history.versions().total() + size - 1) / size;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public PostHistory getHistory() {
    return history;
  }
}
