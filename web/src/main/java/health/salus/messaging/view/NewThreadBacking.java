package health.salus.messaging.view;

import health.salus.consent.boundary.RepresentedPerson;
import health.salus.consent.view.ActingChoice;
import health.salus.directory.boundary.DirectoryService;
import health.salus.directory.boundary.PractitionerView;
import health.salus.identity.entity.Role;
import health.salus.messaging.boundary.CreatedId;
import health.salus.messaging.boundary.MessagingService;
import health.salus.messaging.boundary.NewThread;
import health.salus.shared.boundary.Page;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.PageMessages;
import health.salus.shared.view.TimeDisplay;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A new conversation: to the care team (the default) or a named practitioner from the directory; a
 * carer writes about the person they act for (chosen in the header), a patient about themself.
 */
@Named
@ViewScoped
public class NewThreadBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The recipient choice that means the care team. */
  public static final String CARE_TEAM = "CARE_TEAM";

  @Inject MessagingService messaging;
  @Inject TimeDisplay timeDisplay;
  @Inject DirectoryService directory;
  @Inject ActingChoice acting;

  private String to = CARE_TEAM;
  private String subject;
  private String body;
  private List<PractitionerView> practitioners;

  public void send() throws IOException {
    Long patientId = patientId();
    boolean team = CARE_TEAM.equals(to);
    CreatedId[] created = new CreatedId[1];
    if (PageAction.attempt(
        () ->
            created[0] =
                messaging.start(
                    new NewThread(
                        team ? null : to, team ? CARE_TEAM : null, subject, body, patientId)),
        "thread",
        Map.of("toUsername", "to", "toTeam", "to", "patientId", "to"))) {
      PageMessages.flashInfo("messaging.sent");
      if (Boolean.TRUE.equals(created[0].outOfHours())) {
        PageMessages.flashInfo("messaging.outOfHours", timeDisplay.dateTime(created[0].readFrom()));
      }
      PageAction.redirect("/messaging/thread.xhtml?id=" + created[0].id());
    }
  }

  /** The person acted for, when a carer (who is not also a patient) writes; else the caller. */
  private Long patientId() {
    boolean patient =
        FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.PATIENT);
    RepresentedPerson person = acting.getPerson();
    return patient || person == null ? null : person.patientId();
  }

  /** Whether a carer must first choose whom they act for. */
  public boolean isMustChoosePerson() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return !external.isUserInRole(Role.Names.PATIENT) && acting.getPerson() == null;
  }

  /** The practitioners and educators one may write to, by name. */
  public List<PractitionerView> getPractitioners() {
    if (practitioners == null) {
      Page<PractitionerView> all = directory.practitioners(null, 0, Page.MAX_SIZE);
      practitioners = all.items();
    }
    return practitioners;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  /** In how many working days the care team usually answers. */
  public int getCareTeamReplyDays() {
    return messaging.replyBusinessDays("CARE_TEAM");
  }

  /** In how many working days a named practitioner usually answers. */
  public int getPractitionerReplyDays() {
    return messaging.replyBusinessDays(null);
  }
}
