package health.salus.community.view;

import health.salus.community.boundary.CommunityService;
import health.salus.community.boundary.GroupInput;
import health.salus.community.boundary.GroupSetup;
import health.salus.community.boundary.GroupSetupService;
import health.salus.community.boundary.GroupView;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Staff set up support groups ({@code community/setup.xhtml}, {@code ?id=} to change one): the
 * groups, the form for a new group or the chosen one's details (sent with the version it showed, so
 * a change made meanwhile is refused rather than overwritten), and the group's own moderators.
 */
@Named
@ViewScoped
public class GroupSetupBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject GroupSetupService groupSetup;
  @Inject CommunityService community;

  private Long id;
  private List<GroupView> groups = List.of();
  private GroupSetup setup;
  private String name;
  private String topic;
  private String description;
  private String rules;
  private String visibility = "OPEN";
  private String moderatorUsername;

  /** Loads the groups and the chosen one (view action); an unknown group is 404. */
  public void load() throws IOException {
    PageAction.read(
        () -> {
          groups = community.groups();
          if (id != null) {
            setup = groupSetup.setup(id);
            name = setup.name();
            topic = setup.topic();
            description = setup.description();
            rules = setup.rules();
            visibility = setup.visibility();
          }
        });
  }

  /** Creates the group, or saves the chosen one's details from the version shown. */
  public void save() throws IOException {
    if (setup == null) {
      GroupSetup[] created = new GroupSetup[1];
      if (PageAction.attempt(
          () -> created[0] = groupSetup.create(input(null)), "details", Map.of())) {
        PageMessages.flashInfo("community.setup.created");
        PageAction.redirect("/community/setup.xhtml?id=" + created[0].id());
      }
      return;
    }
    PageAction.change(
        () -> groupSetup.revise(setup.id(), input(setup.version())),
        "details",
        target(),
        "community.setup.saved");
  }

  public void nameModerator() throws IOException {
    PageAction.change(
        () -> groupSetup.nameModerator(setup.id(), moderatorUsername),
        "moderator",
        Map.of("username", "username"),
        target(),
        "community.setup.moderatorNamed");
  }

  public void withdraw(String username) throws IOException {
    PageAction.change(
        () -> groupSetup.withdrawModerator(setup.id(), username),
        "moderators",
        target(),
        "community.setup.moderatorWithdrawn");
  }

  private GroupInput input(Long version) {
    return new GroupInput(name, topic, description, rules, visibility, version);
  }

  private String target() {
    return "/community/setup.xhtml?id=" + setup.id();
  }

  /** Whether an existing group is being changed (else a new one is set up). */
  public boolean isEditing() {
    return setup != null;
  }

  public List<GroupView> getGroups() {
    return groups;
  }

  public GroupSetup getSetup() {
    return setup;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getRules() {
    return rules;
  }

  public void setRules(String rules) {
    this.rules = rules;
  }

  public String getVisibility() {
    return visibility;
  }

  public void setVisibility(String visibility) {
    this.visibility = visibility;
  }

  public String getModeratorUsername() {
    return moderatorUsername;
  }

  public void setModeratorUsername(String moderatorUsername) {
    this.moderatorUsername = moderatorUsername;
  }
}
