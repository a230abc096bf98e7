package health.salus.notification.control;

import health.salus.identity.entity.UserAccount;
import health.salus.moderation.boundary.PostModerated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/** Tells a member, in-app and by e-mail, what a moderator did to their post and why. */
@ApplicationScoped
public class ModerationNotices {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject PatientNotifier notifier;
  @Inject NoticeTexts texts;

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
}
