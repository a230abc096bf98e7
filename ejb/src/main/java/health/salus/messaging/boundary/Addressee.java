package health.salus.messaging.boundary;

import health.salus.messaging.entity.MessageThread;

/** Who a thread is addressed to: a practitioner (username, name) or a team. */
record Addressee(String username, String name, String team) {

  static Addressee of(MessageThread thread) {
    if (thread.getToPractitioner() == null) {
      return new Addressee(null, null, thread.getToTeam().name());
    }
    var account = thread.getToPractitioner().getAccount();
    return new Addressee(account.getUsername(), account.getFullName(), null);
  }
}
