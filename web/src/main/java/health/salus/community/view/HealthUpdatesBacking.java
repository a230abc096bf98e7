package health.salus.community.view;

import health.salus.community.boundary.CommunityService;
import health.salus.community.boundary.ConnectionService;
import health.salus.community.boundary.ConnectionView;
import health.salus.community.boundary.GroupView;
import health.salus.community.boundary.NewStatusUpdate;
import health.salus.community.boundary.StatusUpdateService;
import health.salus.community.boundary.UpdateFeed;
import health.salus.community.entity.Audience;
import health.salus.community.entity.StatusUpdate;
import health.salus.shared.view.PageAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The "Health updates" page ({@code &after=} for older ones): share an update with an audience
 * (only me unless the author chooses more), and the feed of the updates the caller may see, their
 * own with a delete button.
 */
@Named
@ViewScoped
public class HealthUpdatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String PAGE = "/community/health-updates.xhtml";

  @Inject StatusUpdateService updates;
  @Inject ConnectionService connections;
  @Inject CommunityService community;

  private String after;
  private UpdateFeed feed;
  private List<ConnectionView> connected = List.of();
  private List<GroupView> groups = List.of();
  private String text;
  private Integer wellbeing;
  private String audience = Audience.ONLY_ME.name();
  private List<String> chosen = new ArrayList<>();
  private Long groupId;

  public void load() {
    feed = updates.feed(after, StatusUpdateService.FEED_SIZE);
    connected = connections.connections().stream().filter(ConnectionView::accepted).toList();
    groups = community.groups().stream().filter(GroupView::member).toList();
  }

  public void share() throws IOException {
    PageAction.change(
        () ->
            updates.share(
                new NewStatusUpdate(
                    text,
                    wellbeing,
                    audience,
                    "CHOSEN".equals(audience) ? chosen : List.of(),
                    "GROUP".equals(audience) ? groupId : null)),
        "share",
        Map.of("chosenUsernames", "chosen"),
        PAGE,
        "sharing.updates.shared");
  }

  public void delete(long id) throws IOException {
    PageAction.change(() -> updates.delete(id), "feed", PAGE, "sharing.updates.deleted");
  }

  public List<String> getAudiences() {
    return List.of(Audience.values()).stream().map(Enum::name).toList();
  }

  public List<Integer> getWellbeingLevels() {
    return IntStream.rangeClosed(StatusUpdate.WELLBEING_MIN, StatusUpdate.WELLBEING_MAX)
        .boxed()
        .toList();
  }

  public UpdateFeed getFeed() {
    return feed;
  }

  public List<ConnectionView> getConnected() {
    return connected;
  }

  public List<GroupView> getGroups() {
    return groups;
  }

  public String getAfter() {
    return after;
  }

  public void setAfter(String after) {
    this.after = after;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Integer getWellbeing() {
    return wellbeing;
  }

  public void setWellbeing(Integer wellbeing) {
    this.wellbeing = wellbeing;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public List<String> getChosen() {
    return chosen;
  }

  public void setChosen(List<String> chosen) {
    this.chosen = chosen;
  }

  public Long getGroupId() {
    return groupId;
  }

  public void setGroupId(Long groupId) {
    this.groupId = groupId;
  }
}
