package health.salus.moderation.view;

import health.salus.community.boundary.CommunityService;
import health.salus.community.boundary.GroupView;
import health.salus.moderation.boundary.ModerationReason;
import health.salus.moderation.boundary.NewSanction;
import health.salus.moderation.boundary.SanctionService;
import health.salus.moderation.boundary.SanctionView;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.UserZone;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A member's sanctions ({@code ?member=}): the list with a lift per sanction in force, and the form
 * that warns, silences or suspends them until a date (the start of that day, in the moderator's
 * time zone).
 */
@Named
@ViewScoped
public class SanctionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SanctionService sanctions;
  @Inject CommunityService community;
  @Inject UserZone zone;

  private String member;
  private List<SanctionView> found = List.of();
  private List<GroupView> groups = List.of();
  private String kind = "warn";
  private String until;
  private String reason;
  private Long groupId;
  private final Map<Long, String> liftReasons = new HashMap<>();

  /** Loads the member's sanctions (once the view parameter is set). */
  public void load() {
    groups = community.groups();
    if (member != null && !member.isBlank()) {
      PageAction.attempt(() -> found = sanctions.sanctionsOf(member), "find", Map.of());
    }
  }

  public void impose() throws IOException {
    PageAction.change(
        () -> sanctions.impose(member, kind, new NewSanction(reason, untilInstant(), groupId)),
        "impose",
        target(),
        "moderation.sanctions.done");
  }

  public void lift(SanctionView sanction) throws IOException {
    ModerationReason why = new ModerationReason(liftReasons.get(sanction.id()));
    PageAction.change(
        () -> sanctions.lift(sanction.id(), why),
        "lift-" + sanction.id(),
        Map.of("reason", "liftReason"),
        target(),
        "moderation.sanctions.lifted");
  }

  /** The date as the instant the service reads; left as given when it is not a date. */
  private String untilInstant() {
    if (until == null || until.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(until.strip()).atStartOfDay(zone.zone()).toInstant().toString();
    } catch (DateTimeParseException notADate) {
      return until;
    }
  }

  private String target() {
    return "/moderation/sanctions.xhtml?member="
        + URLEncoder.encode(member == null ? "" : member, StandardCharsets.UTF_8);
  }

  public boolean isSearched() {
    return member != null && !member.isBlank();
  }

  public List<SanctionView> getFound() {
    return found;
  }

  public List<GroupView> getGroups() {
    return groups;
  }

  public List<String> getKinds() {
    return List.of("warn", "silence", "suspend");
  }

  public String getMember() {
    return member;
  }

  public void setMember(String member) {
    this.member = member;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getUntil() {
    return until;
  }

  public void setUntil(String until) {
    this.until = until;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getGroupId() {
    return groupId;
  }

  public void setGroupId(Long groupId) {
    this.groupId = groupId;
  }

  public Map<Long, String> getLiftReasons() {
    return liftReasons;
  }
}
