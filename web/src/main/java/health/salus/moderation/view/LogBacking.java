package health.salus.moderation.view;

import health.salus.moderation.boundary.LogEntry;
import health.salus.moderation.boundary.LogQuery;
import health.salus.moderation.boundary.ModerationService;
import health.salus.shared.boundary.Page;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.PagedTable;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The moderation log, newest first, paged; searched by the view parameters (member, moderator,
 * action, q, from, to) of a plain GET form, so a search is a link.
 */
@Named
@ViewScoped
public class LogBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ModerationService moderation;

  private String member;
  private String moderator;
  private String action;
  private String q;
  private String from;
  private String to;
  private LogQuery query = LogQuery.none();

  private final PagedTable<LogEntry> entries = new PagedTable<>(this::page, LogEntry::id);

  /** Checks the search once its parameters are set: a bad one is shown and the whole log listed. */
  public void search() {
    LogQuery asked = new LogQuery(member, moderator, action, q, from, to);
    if (PageAction.attempt(() -> moderation.log(asked, 0, 1), "search", Map.of())) {
      query = asked;
    }
  }

  private Page<LogEntry> page(int page, int size) {
    return moderation.log(query, page, size);
  }

  public PagedTable<LogEntry> getEntries() {
    return entries;
  }

  public int getPageSize() {
    return 20;
  }

  public List<String> getActions() {
    return List.of(
        "APPROVE",
        "HIDE",
        "REMOVE",
        "RESTORE",
        "APPROVE_MEMBER",
        "WARN",
        "SILENCE",
        "SUSPEND",
        "LIFT",
        "APPEAL_UPHELD",
        "APPEAL_REJECTED");
  }

  public String getMember() {
    return member;
  }

  public void setMember(String member) {
    this.member = member;
  }

  public String getModerator() {
    return moderator;
  }

  public void setModerator(String moderator) {
    this.moderator = moderator;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
