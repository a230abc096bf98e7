package health.salus.casework.view;

import health.salus.casework.boundary.CaseView;
import health.salus.casework.boundary.CaseworkService;
import health.salus.casework.boundary.StatusMove;
import health.salus.shared.view.PageAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.function.Function;

/**
 * One case (?id=): loaded as the caller may see it (the whole case for the team, the patient's side
 * for the patient and a carer acting for them), and the case manager's status moves: open an
 * intake, put on hold (reason), resume, close (outcome, required), reopen (reason). Each move names
 * the version the page was loaded at, so a case changed meanwhile is refused, not overwritten. The
 * case manager also adds a case manager or clinician to the case team, by username.
 */
@Named
@ViewScoped
public class CaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseworkService cases;

  private long id;
  private CaseView view;
  private String outcome;
  private String reason;
  private String memberUsername;

  /** Loads the case (f:viewAction); 404 for who may not see it. */
  public void load() {
    view = cases.read(id);
  }

  public void openIntake() throws IOException {
    move(m -> cases.openIntake(id, m), "casework.moved.OPEN");
  }

  public void hold() throws IOException {
    move(m -> cases.putOnHold(id, m), "casework.moved.ON_HOLD");
  }

  public void resume() throws IOException {
    move(m -> cases.resume(id, m), "casework.moved.OPEN");
  }

  public void close() throws IOException {
    move(m -> cases.close(id, m), "casework.moved.CLOSED");
  }

  public void reopen() throws IOException {
    move(m -> cases.reopen(id, m), "casework.moved.OPEN");
  }

  /** Adds the account named to the case team; an unknown one is shown beside the field. */
  public void addMember() throws IOException {
    String username = memberUsername == null ? "" : memberUsername.trim();
    PageAction.change(
        () -> cases.addMember(id, username),
        "team",
        Map.of("username", "memberUsername"),
        target(),
        "casework.memberAdded",
        username);
  }

  private void move(Function<StatusMove, CaseView> change, String confirmation) throws IOException {
    StatusMove move = new StatusMove(outcome, reason, view == null ? null : view.version());
    PageAction.change(() -> change.apply(move), "status", Map.of(), target(), confirmation);
  }

  /** The case page itself, to come back to after a change. */
  String target() {
    return "/casework/case.xhtml?id=" + id;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public CaseView getView() {
    return view;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getMemberUsername() {
    return memberUsername;
  }

  public void setMemberUsername(String memberUsername) {
    this.memberUsername = memberUsername;
  }
}
