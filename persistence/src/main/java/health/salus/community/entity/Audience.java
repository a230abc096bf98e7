package health.salus.community.entity;

/**
 * Who may read a status update besides its author: nobody ({@link #ONLY_ME}, the default), the
 * author's connections, a list the author chose among them, or the members of a support group the
 * author belongs to.
 */
public enum Audience {
  ONLY_ME,
  CONNECTIONS,
  CHOSEN,
  GROUP
}
