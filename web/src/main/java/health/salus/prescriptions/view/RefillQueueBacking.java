package health.salus.prescriptions.view;

import health.salus.prescriptions.boundary.RefillDecisionService;
import health.salus.prescriptions.boundary.RefillRequestView;
import health.salus.shared.boundary.Page;
import health.salus.shared.view.PageAction;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The clinician's refill queue: the open requests they may decide, oldest first; approve at once,
 * or deny with a reason in a dialog. Each decision is one service call, then the page reloads.
 */
@Named
@ViewScoped
public class RefillQueueBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int SHOWN = 50;

  @Inject RefillDecisionService decisions;

  private List<RefillRequestView> requests = List.of();
  private long total;

  private RefillRequestView selected;
  private String reason;

  @PostConstruct
  void load() {
    Page<RefillRequestView> page = decisions.requestsToDecide(null, 0, SHOWN);
    requests = page.items();
    total = page.total();
  }

  public void approve(RefillRequestView request) throws IOException {
    done(() -> decisions.approve(request.id()), null, "refillQueue.approved", request);
  }

  /** Opens the deny dialog for a request. */
  public void select(RefillRequestView request) {
    selected = request;
    reason = null;
  }

  public void deny() throws IOException {
    if (selected == null) {
      return;
    }
    done(() -> decisions.deny(selected.id(), reason), "deny", "refillQueue.denied", selected);
  }

  private static void done(Runnable call, String formId, String key, RefillRequestView request)
      throws IOException {
    PageAction.change(
        call,
        formId,
        "/prescriptions/refill-queue.xhtml",
        key,
        request.medicationName(),
        request.patientName());
  }

  public List<RefillRequestView> getRequests() {
    return requests;
  }

  public long getTotal() {
    return total;
  }

  public RefillRequestView getSelected() {
    return selected;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
