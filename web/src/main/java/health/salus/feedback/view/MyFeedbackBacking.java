package health.salus.feedback.view;

import health.salus.feedback.boundary.ComplaintService;
import health.salus.feedback.boundary.ComplaintSummaryView;
import health.salus.feedback.boundary.InvitationView;
import health.salus.feedback.boundary.NewNpsAnswer;
import health.salus.feedback.boundary.NpsStatus;
import health.salus.feedback.boundary.SatisfactionService;
import health.salus.shared.view.PageAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The patient's feedback page: the appointments to rate, the Net Promoter question when it is due
 * (answered here), and their complaints and compliments.
 */
@Named
@ViewScoped
public class MyFeedbackBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String PAGE = "/feedback/my-feedback.xhtml";

  @Inject SatisfactionService satisfaction;
  @Inject ComplaintService complaints;

  private List<InvitationView> invitations = List.of();
  private List<ComplaintSummaryView> items = List.of();
  private NpsStatus nps;
  private Integer npsScore;
  private String npsComment;

  /** Loads the page (f:viewAction). */
  public void load() {
    invitations = satisfaction.openInvitations(null);
    nps = satisfaction.npsStatus(null);
    items = complaints.mine(null);
  }

  public void answerNps() throws IOException {
    PageAction.change(
        () -> satisfaction.answerNps(new NewNpsAnswer(npsScore, npsComment, null)),
        "nps",
        Map.of("score", "npsScore", "comment", "npsComment"),
        PAGE,
        "feedback.nps.thanks");
  }

  public List<Integer> getNpsScale() {
    return IntStream.rangeClosed(0, 10).boxed().toList();
  }

  public List<InvitationView> getInvitations() {
    return invitations;
  }

  public List<ComplaintSummaryView> getComplaints() {
    return items;
  }

  public NpsStatus getNps() {
    return nps;
  }

  public Integer getNpsScore() {
    return npsScore;
  }

  public void setNpsScore(Integer npsScore) {
    this.npsScore = npsScore;
  }

  public String getNpsComment() {
    return npsComment;
  }

  public void setNpsComment(String npsComment) {
    this.npsComment = npsComment;
  }
}
