package health.salus.education.view;

import health.salus.directory.boundary.DirectoryService;
import health.salus.directory.boundary.PractitionerView;
import health.salus.identity.entity.Role;
import health.salus.shared.boundary.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * "Ask a health educator": the organisation's educators, each with a way to send a question (a
 * message thread to them) and to book a video or a phone call in their diary (scheduling's booking
 * page, that mode only). The directory says who is an educator; nothing is decided here.
 */
@Named
@RequestScoped
public class AskEducatorBacking {

  @Inject DirectoryService directory;

  private List<PractitionerView> educators;

  /** The educators, by name (one bounded page of the directory). */
  public List<PractitionerView> getEducators() {
    if (educators == null) {
      educators =
          directory.practitioners(null, 0, Page.MAX_SIZE).items().stream()
              .filter(p -> Role.EDUCATOR.name().equals(p.role()))
              .toList();
    }
    return educators;
  }
}
