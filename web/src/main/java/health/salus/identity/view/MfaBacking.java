package health.salus.identity.view;

import health.salus.identity.boundary.MfaService;
import health.salus.identity.boundary.MfaSetUp;
import health.salus.identity.boundary.MfaStatus;
import health.salus.shared.boundary.BusinessException;
import health.salus.shared.view.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Two-step sign-in on one's own account page: set it up (secret as QR code and key, confirmed by a
 * first code), see the recovery codes once, make new ones, turn it off. The secret and the codes
 * live only in this view, never in the session.
 */
@Named
@ViewScoped
public class MfaBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MfaService mfa;

  private MfaStatus status;
  private MfaSetUp setUp;
  private List<String> recoveryCodes;
  private String code;
  private String proof;

  @PostConstruct
  void load() {
    status = mfa.status();
  }

  public void begin() {
    try {
      setUp = mfa.beginSetUp();
      recoveryCodes = null;
    } catch (BusinessException refused) {
      PageMessages.show(refused, "setup");
    }
  }

  public void confirm() {
    try {
      recoveryCodes = mfa.confirmSetUp(code);
      setUp = null;
      status = mfa.status();
    } catch (BusinessException refused) {
      PageMessages.show(refused, "confirm", Map.of("code", "code"));
    }
    code = null;
  }

  public void turnOff() {
    try {
      mfa.turnOff(proof);
      recoveryCodes = null;
      status = mfa.status();
    } catch (BusinessException refused) {
      PageMessages.show(refused, "off", Map.of("code", "proof"));
    }
    proof = null;
  }

  public void newRecoveryCodes() {
    try {
      recoveryCodes = mfa.regenerateRecoveryCodes();
      status = mfa.status();
    } catch (BusinessException refused) {
      PageMessages.show(refused, "recovery");
    }
  }

  public MfaStatus getStatus() {
    return status;
  }

  public MfaSetUp getSetUp() {
    return setUp;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getProof() {
    return proof;
  }

  public void setProof(String proof) {
    this.proof = proof;
  }
}
