package health.salus.notification.control;

import health.salus.community.boundary.JoinAnswered;
import health.salus.identity.entity.UserAccount;
import health.salus.moderation.boundary.AppealDecided;
import health.salus.moderation.boundary.CrisisHeld;
import health.salus.moderation.boundary.MemberSanctioned;
import health.salus.moderation.boundary.PostModerated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/**
 * Tells a member, in-app and by e-mail, what a moderator did to their post and why; and tells the
 * moderators at once when a post, comment or review that suggests a crisis was held for them; and
 * tells a member whether their request to join a private group was admitted; and tells a member
 * about a sanction on them (why, until when) and how their appeal was decided.
 */
@ApplicationScoped
public class ModerationNotices {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject PatientNotifier notifier;
  @Inject NoticeTexts texts;
  @Inject NotificationRepository accounts;

  void onJoinAnswered(@Observes JoinAnswered answer) {
    accounts
        .account(answer.accountId())
        .ifPresent(
            member -> {
              Locale language = texts.languageOf(member);
              String outcome = answer.approved() ? "APPROVED" : "DECLINED";
              notifier.tell(
                  member,
                  "COMMUNITY",
                  texts.text(language, "JOIN." + outcome + ".title", answer.groupName()),
                  texts.text(language, "JOIN." + outcome + ".body", answer.groupName()),
                  answer.approved()
                      ? "/community/group.xhtml?id=" + answer.groupId()
                      : "/community/groups.xhtml",
                  "community-join:"
                      + answer.groupId()
                      + ":"
                      + answer.accountId()
                      + ":"
                      + answer.requestedAt().toEpochMilli()
                      + ":"
                      + outcome,
                  "community-group:" + answer.groupId());
            });
  }

  void onCrisis(@Observes CrisisHeld held) {
    String subjectRef = "community-" + held.kind().toLowerCase(Locale.ROOT) + ":" + held.itemId();
    for (long accountId : held.moderatorAccountIds()) {
      accounts
          .account(accountId)
          .ifPresent(
              moderator -> {
                Locale language = texts.languageOf(moderator);
                notifier.tell(
                    moderator,
                    "COMMUNITY",
                    texts.text(language, "CRISIS." + held.kind() + ".title", held.place()),
                    texts.text(language, "CRISIS." + held.kind() + ".body", held.place()),
                    "/moderation/queue.xhtml",
                    subjectRef + ":crisis:" + accountId,
                    subjectRef);
              });
    }
  }

  void onModerated(@Observes PostModerated moderated) {
    UserAccount author = em.find(UserAccount.class, moderated.authorAccountId());
    if (author == null) {
      return;
    }
    Locale language = texts.languageOf(author);
    String subjectRef = "community-post:" + moderated.postId();
    notifier.tell(
        author,
        "COMMUNITY",
        texts.text(language, "MODERATION.title"),
        texts.text(
            language,
            "MODERATION." + moderated.action() + ".body",
            moderated.title(),
            moderated.reason()),
        "/community/post.xhtml?id=" + moderated.postId(),
        "moderation-action:" + moderated.actionId(),
        subjectRef);
  }

  void onSanctioned(@Observes MemberSanctioned sanctioned) {
    UserAccount member = em.find(UserAccount.class, sanctioned.memberAccountId());
    if (member == null) {
      return;
    }
    Locale language = texts.languageOf(member);
    String where =
        sanctioned.groupName() == null
            ? texts.text(language, "SANCTION.everywhere")
            : sanctioned.groupName();
    String until =
        sanctioned.until() == null
            ? ""
            : texts.when(language, sanctioned.until(), member.getTimeZone());
    notifier.tell(
        member,
        "COMMUNITY",
        texts.text(language, "SANCTION." + sanctioned.action() + ".title"),
        texts.text(
            language,
            "SANCTION." + sanctioned.action() + ".body",
            where,
            until,
            sanctioned.reason()),
        "/community/my-moderation.xhtml",
        "moderation-action:" + sanctioned.actionId(),
        "moderation-member:" + sanctioned.memberAccountId());
  }

  void onAppealDecided(@Observes AppealDecided appeal) {
    UserAccount member = em.find(UserAccount.class, appeal.appellantAccountId());
    if (member == null) {
      return;
    }
    Locale language = texts.languageOf(member);
    String outcome = appeal.upheld() ? "UPHELD" : "REJECTED";
    notifier.tell(
        member,
        "COMMUNITY",
        texts.text(language, "APPEAL." + outcome + ".title"),
        texts.text(language, "APPEAL." + outcome + ".body", appeal.reason()),
        "/community/my-moderation.xhtml",
        "moderation-appeal:" + appeal.appealId(),
        "moderation-member:" + appeal.appellantAccountId());
  }
}
