package health.salus.community.view;

import health.salus.community.boundary.CommunityService;
import health.salus.community.boundary.GroupView;
import health.salus.shared.view.PageAction;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The support groups page: every group, with a join button where the caller may join. */
@Named
@ViewScoped
public class GroupsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CommunityService community;

  private List<GroupView> groups = List.of();

  @PostConstruct
  void load() {
    groups = community.groups();
  }

  public void join(GroupView group) throws IOException {
    PageAction.change(
        () -> community.join(group.id()),
        "groups",
        "/community/groups.xhtml",
        "OPEN".equals(group.visibility()) ? "community.joined" : "community.requested",
        group.name());
  }

  public List<GroupView> getGroups() {
    return groups;
  }
}
