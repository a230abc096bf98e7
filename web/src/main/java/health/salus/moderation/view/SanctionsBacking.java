package health.salus.moderation.view;

import health.salus.moderation.boundary.ModerationReason;
import health.salus.moderation.boundary.NewSanction;
import health.salus.moderation.boundary.SanctionReach;
import health.salus.moderation.boundary.SanctionService;
import health.salus.moderation.boundary.SanctionView;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.UserMessages;
import health.salus.shared.view.UserZone;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A member's sanctions ({@code ?member=}): the list with a lift per sanction in force, and the form
 * that warns, silences or suspends them until a date (the start of that day, in the moderator's
 * time zone). For MODERATORs, and for a group's own moderators on members of their groups: the
 * service says where the caller reaches ({@link SanctionService#reach}); one who moderates nothing
 * gets the 403 page, and a member out of reach is refused with a message.
 */
@Named
@ViewScoped
public class SanctionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SanctionService sanctions;
  @Inject UserZone zone;

  private String member;
  private List<SanctionView> sanctionsFound = List.of();
  private SanctionReach reach;
  private boolean found;
  private String kind = "warn";
  private String until;
  private String reason;
  private Long groupId;
  private final Map<Long, String> liftReasons = new HashMap<>();

  /** Loads the member's sanctions (once the view parameter is set). */
  public void load() throws IOException {
    if (PageAction.read(() -> reach = sanctions.reach()) && member != null && !member.isBlank()) {
      found =
          PageAction.attempt(
              () -> sanctionsFound = sanctions.sanctionsOf(member), "find", Map.of());
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

  /** Whether a member was asked for and the caller may act on them. */
  public boolean isSearched() {
    return found;
  }

  public List<SanctionView> getFound() {
    return sanctionsFound;
  }

  /**
   * The groups to choose from: "All groups" first for one who may act in every group at once, then
   * each group the caller reaches.
   */
  public List<SelectItem> getGroupChoices() {
    List<SelectItem> choices = new ArrayList<>();
    if (reach == null) {
      return choices;
    }
    if (reach.everyGroup()) {
      choices.add(new SelectItem(null, UserMessages.text("moderation.sanctions.allGroups")));
    }
    reach.groups().forEach(g -> choices.add(new SelectItem(g.id(), g.name())));
    return choices;
  }

  public SanctionReach getReach() {
    return reach;
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
