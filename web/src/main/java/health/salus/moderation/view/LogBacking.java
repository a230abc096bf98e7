package health.salus.moderation.view;

import health.salus.moderation.boundary.LogEntry;
import health.salus.moderation.boundary.ModerationService;
import health.salus.shared.boundary.Page;
import health.salus.shared.view.PagedTable;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The moderation log, newest first, paged. */
@Named
@ViewScoped
public class LogBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ModerationService moderation;

  private final PagedTable<LogEntry> entries = new PagedTable<>(this::page, LogEntry::id);

  private Page<LogEntry> page(int page, int size) {
    return moderation.log(page, size);
  }

  public PagedTable<LogEntry> getEntries() {
    return entries;
  }

  public int getPageSize() {
    return 20;
  }
}
