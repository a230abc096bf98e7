package health.salus.feedback.view;

import health.salus.feedback.boundary.InvitationView;
import health.salus.feedback.boundary.NewRating;
import health.salus.feedback.boundary.SatisfactionService;
import health.salus.shared.view.PageAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Rates one completed appointment (?appointmentId=), 1 to 5 stars and a comment. */
@Named
@ViewScoped
public class RateBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SatisfactionService satisfaction;

  private Long appointmentId;
  private InvitationView invitation;
  private Integer score;
  private String comment;

  /** Finds the open invitation of the appointment (f:viewAction); none: the page says so. */
  public void load() {
    invitation =
        satisfaction.openInvitations(null).stream()
            .filter(i -> appointmentId != null && i.appointmentId() == appointmentId)
            .findFirst()
            .orElse(null);
  }

  public void rate() throws IOException {
    PageAction.change(
        () ->
            satisfaction.rate(
                appointmentId == null ? -1 : appointmentId, new NewRating(score, comment)),
        "rating",
        Map.of(),
        MyFeedbackBacking.PAGE,
        "feedback.rated");
  }

  public List<Integer> getScale() {
    return List.of(1, 2, 3, 4, 5);
  }

  public InvitationView getInvitation() {
    return invitation;
  }

  public Long getAppointmentId() {
    return appointmentId;
  }

  public void setAppointmentId(Long appointmentId) {
    this.appointmentId = appointmentId;
  }

  public Integer getScore() {
    return score;
  }

  public void setScore(Integer score) {
    this.score = score;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
