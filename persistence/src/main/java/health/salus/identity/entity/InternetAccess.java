package health.salus.identity.entity;

/** How well a person can get online at home: drives how programmes and reminders reach them. */
public enum InternetAccess {
  GOOD,
  LIMITED,
  NONE;

  /** Whether the portal should be light for this person: no images, icon font or pop-ups. */
  public boolean wantsLightPages() {
    return this != GOOD;
  }
}
