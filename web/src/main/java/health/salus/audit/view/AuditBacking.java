package health.salus.audit.view;

import health.salus.audit.boundary.AuditLogService;
import health.salus.audit.boundary.AuditQuery;
import health.salus.audit.boundary.AuditRecord;
import health.salus.audit.entity.AuditOutcome;
import health.salus.shared.view.PagedTable;
import health.salus.shared.view.TimeDisplay;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.primefaces.component.datatable.DataTable;

/**
 * The administrators' audit search: filters, then the matching entries newest first, a page at a
 * time. Dates are days in the administrator's time zone; "to" includes that whole day.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 50;
  static final String TABLE = "trail:entries";

  @Inject AuditLogService auditLog;
  @Inject TimeDisplay timeDisplay;

  private String actor;
  private String action;
  private AuditOutcome outcome;
  private Long patientId;
  private LocalDate from;
  private LocalDate to;
  private Applied applied = Applied.NONE;
  private final PagedTable<AuditRecord> entries =
      new PagedTable<>(
          (page, size) -> auditLog.search(applied.query(), page, size), AuditRecord::id);

  /** The filters last applied, kept in the view (AuditQuery itself is not serialisable). */
  record Applied(
      String actor, String action, AuditOutcome outcome, Long patientId, Instant from, Instant to)
      implements Serializable {
    static final Applied NONE = new Applied(null, null, null, null, null, null);

    AuditQuery query() {
      return new AuditQuery(actor, action, outcome, patientId, null, null, from, to);
    }
  }

  /** Applies the filters; the table then starts again at its first page. */
  public void search() {
    ZoneId zone = timeDisplay.zone();
    Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
    Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    applied = new Applied(actor, action, outcome, patientId, start, end);
    firstPage();
  }

  public void clear() {
    actor = null;
    action = null;
    outcome = null;
    patientId = null;
    from = null;
    to = null;
    applied = Applied.NONE;
    firstPage();
  }

  /** New filters show their results from the first page. */
  private static void firstPage() {
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE)
        instanceof DataTable table) {
      table.reset();
    }
  }

  public PagedTable<AuditRecord> getEntries() {
    return entries;
  }

  public AuditOutcome[] getOutcomes() {
    return AuditOutcome.values();
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public AuditOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(AuditOutcome outcome) {
    this.outcome = outcome;
  }

  public Long getPatientId() {
    return patientId;
  }

  public void setPatientId(Long patientId) {
    this.patientId = patientId;
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
