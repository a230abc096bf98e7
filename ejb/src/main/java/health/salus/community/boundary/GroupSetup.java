package health.salus.community.boundary;

import health.salus.community.entity.Membership;
import health.salus.community.entity.SupportGroup;
import java.util.List;

/**
 * A support group as staff set it up: its details, the version to send back with a change, and the
 * moderators it names.
 */
public record GroupSetup(
    long id,
    String name,
    String topic,
    String description,
    String rules,
    String visibility,
    long version,
    List<GroupModerator> moderators) {

  /** One of the group's own moderators: staff, or a member trusted in the group. */
  public record GroupModerator(String username, String fullName, boolean staff) {}

  static GroupSetup of(SupportGroup group, List<Membership> moderators) {
    return new GroupSetup(
        group.getId(),
        group.getName(),
        group.getTopic(),
        group.getDescription(),
        group.getRules(),
        group.getVisibility().name(),
        group.getVersion(),
        moderators.stream()
            .map(
                m ->
                    new GroupModerator(
                        m.getAccount().getUsername(),
                        m.getAccount().getFullName(),
                        GroupSetupService.isStaff(m.getAccount())))
            .toList());
  }
}
