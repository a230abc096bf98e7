package health.salus.audit.view;

import health.salus.audit.boundary.AuditChainService;
import health.salus.audit.boundary.ChainReport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The audit page's check of the trail's hash chain: one button, then what it found. */
@Named
@ViewScoped
public class AuditChainBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditChainService chain;

  private ChainReport report;

  public void verify() {
    report = chain.verify();
  }

  /** The last check's findings; null before the first. */
  public ChainReport getReport() {
    return report;
  }
}
