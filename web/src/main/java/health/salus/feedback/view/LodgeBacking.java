package health.salus.feedback.view;

import health.salus.feedback.boundary.ComplaintService;
import health.salus.feedback.boundary.NewComplaint;
import health.salus.feedback.entity.ComplaintCategory;
import health.salus.feedback.entity.ComplaintKind;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The patient lodges a complaint or compliment, then follows it on its page. */
@Named
@ViewScoped
public class LodgeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ComplaintService complaints;

  private ComplaintKind kind = ComplaintKind.COMPLAINT;
  private ComplaintCategory category;
  private String description;

  public void lodge() throws IOException {
    long[] id = new long[1];
    if (PageAction.attempt(
        () ->
            id[0] =
                complaints
                    .lodge(new NewComplaint(kind, category, description, null, null, null))
                    .id(),
        "lodge",
        Map.of())) {
      PageMessages.flashInfo("feedback.lodged");
      PageAction.redirect("/feedback/complaint.xhtml?id=" + id[0]);
    }
  }

  public List<ComplaintKind> getKinds() {
    return List.of(ComplaintKind.values());
  }

  public List<ComplaintCategory> getCategories() {
    return List.of(ComplaintCategory.values());
  }

  public ComplaintKind getKind() {
    return kind;
  }

  public void setKind(ComplaintKind kind) {
    this.kind = kind;
  }

  public ComplaintCategory getCategory() {
    return category;
  }

  public void setCategory(ComplaintCategory category) {
    this.category = category;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
