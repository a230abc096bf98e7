package health.salus.prescriptions.view;

import health.salus.prescriptions.boundary.RefillDecisionService;
import health.salus.prescriptions.boundary.RefillRequestView;
import health.salus.shared.boundary.BusinessException;
import health.salus.shared.boundary.Page;
import health.salus.shared.view.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
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
    try {
      decisions.approve(request.id());
    } catch (BusinessException refused) {
      PageMessages.show(refused, null);
      return;
    } catch (EJBAccessException denied) {
      PageMessages.show(denied);
      return;
    }
    done("refillQueue.approved", request);
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
    try {
      decisions.deny(selected.id(), reason);
    } catch (BusinessException refused) {
      PageMessages.show(refused, "deny");
      return;
    } catch (EJBAccessException denied) {
      PageMessages.show(denied);
      return;
    }
    done("refillQueue.denied", selected);
  }

  private static void done(String key, RefillRequestView request) throws IOException {
    PageMessages.flashInfo(key, request.medicationName(), request.patientName());
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/prescriptions/refill-queue.xhtml");
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
