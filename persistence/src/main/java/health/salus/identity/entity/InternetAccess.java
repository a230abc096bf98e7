package health.salus.identity.entity;

/** How well a person can get online at home: drives how programmes and reminders reach them. */
public enum InternetAccess {
  GOOD,
  LIMITED,
  NONE
}
