package health.salus.audit.view;

import health.salus.audit.boundary.AccessHistoryService;
import health.salus.audit.boundary.AccessLogEntry;
import health.salus.audit.boundary.TimeBound;
import health.salus.shared.entity.Refusal;
import health.salus.shared.view.PageMessages;
import health.salus.shared.view.PagedTable;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The patient's access history page: who reached their data, newest first, a page at a time,
 * between two days (in the patient's time zone, "to" included), and the same as a CSV download.
 */
@Named
@ViewScoped
public class AccessHistoryBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 25;
  static final String FORM = "filters";
  static final String TABLE = "history:entries";

  @Inject AccessHistoryService history;

  private LocalDate from;
  private LocalDate to;
  private TimeBound appliedFrom;
  private TimeBound appliedTo;
  private final PagedTable<AccessLogEntry> entries =
      new PagedTable<>(
          (page, size) -> history.myAccessLog(appliedFrom, appliedTo, page, size),
          AccessLogEntry::id);

  /** Applies the dates (refused with a message when the start is after the end). */
  public void search() {
    TimeBound start = TimeBound.on(from);
    TimeBound end = TimeBound.on(to);
    try {
      history.myAccessLog(start, end, 0, 1);
    } catch (Refusal refused) {
      PageMessages.show(refused, FORM);
      return;
    }
    appliedFrom = start;
    appliedTo = end;
    firstPage();
  }

  public void clear() {
    from = null;
    to = null;
    appliedFrom = null;
    appliedTo = null;
    firstPage();
  }

  /** The history within the applied dates as CSV. */
  public StreamedContent csv() {
    byte[] bytes = history.myAccessLogCsv(appliedFrom, appliedTo).getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("access-history.csv")
        .contentType("text/csv; charset=UTF-8")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  private static void firstPage() {
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE)
        instanceof DataTable table) {
      table.reset();
    }
  }

  public PagedTable<AccessLogEntry> getEntries() {
    return entries;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
