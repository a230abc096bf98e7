package health.salus.feedback.view;

import health.salus.feedback.boundary.ComplaintService;
import health.salus.feedback.boundary.ComplaintStepInput;
import health.salus.feedback.boundary.ComplaintTriage;
import health.salus.feedback.boundary.ComplaintView;
import health.salus.feedback.entity.ComplaintCategory;
import health.salus.feedback.entity.Severity;
import health.salus.shared.view.PageAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A complaint or compliment (?id=) with its history: the patient withdraws it; staff triage,
 * acknowledge and resolve it. Each change carries the version read, so a change made meanwhile by
 * someone else is refused rather than lost.
 */
@Named
@ViewScoped
public class ComplaintBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ComplaintService complaints;

  private Long id;
  private ComplaintView complaint;
  private Severity severity;
  private ComplaintCategory category;
  private String note;
  private String resolution;

  /** Loads the complaint (f:viewAction); one the caller may not see is not found. */
  public void load() throws IOException {
    if (PageAction.read(() -> complaint = complaints.read(id == null ? -1 : id))) {
      severity = complaint.severity();
      category = complaint.category();
    }
  }

  public void triage() throws IOException {
    PageAction.change(
        () ->
            complaints.triage(
                complaint.id(), new ComplaintTriage(category, severity, note, complaint.version())),
        "triage",
        Map.of("note", "triageNote"),
        target(),
        "feedback.triaged");
  }

  public void acknowledge() throws IOException {
    PageAction.change(
        () ->
            complaints.acknowledge(
                complaint.id(), new ComplaintStepInput(note, null, complaint.version())),
        "acknowledge",
        Map.of("note", "ackNote"),
        target(),
        "feedback.acknowledged");
  }

  public void resolve() throws IOException {
    PageAction.change(
        () ->
            complaints.resolve(
                complaint.id(), new ComplaintStepInput(null, resolution, complaint.version())),
        "resolve",
        Map.of(),
        target(),
        "feedback.resolved");
  }

  public void withdraw() throws IOException {
    PageAction.change(
        () ->
            complaints.withdraw(
                complaint.id(), new ComplaintStepInput(note, null, complaint.version())),
        "withdraw",
        Map.of("note", "withdrawNote"),
        target(),
        "feedback.withdrawn");
  }

  private String target() {
    return "/feedback/complaint.xhtml?id=" + complaint.id();
  }

  public List<Severity> getSeverities() {
    return List.of(Severity.values());
  }

  public List<ComplaintCategory> getCategories() {
    return List.of(ComplaintCategory.values());
  }

  public ComplaintView getComplaint() {
    return complaint;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Severity getSeverity() {
    return severity;
  }

  public void setSeverity(Severity severity) {
    this.severity = severity;
  }

  public ComplaintCategory getCategory() {
    return category;
  }

  public void setCategory(ComplaintCategory category) {
    this.category = category;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getResolution() {
    return resolution;
  }

  public void setResolution(String resolution) {
    this.resolution = resolution;
  }
}
