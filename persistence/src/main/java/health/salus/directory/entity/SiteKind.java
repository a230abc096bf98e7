package health.salus.directory.entity;

/** What kind of place a site is. */
public enum SiteKind {
  HOSPITAL,
  CLINIC,
  AGED_CARE_HOME,
  COMMUNITY_CENTRE
}
