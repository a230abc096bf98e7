package health.salus.shared.boundary;

/**
 * Fired once at start-up, after the schema migration, inside one transaction: each feature that
 * seeds data observes it ({@code @Observes @Priority}), in the order of their priorities.
 *
 * @param demo whether demo mode is on (SALUS_DEMO): demo data goes into an empty database only
 */
public record InitialDataRequested(boolean demo) {

  /** Observer priorities: accounts first, then what refers to them. */
  public static final int IDENTITY = 100;

  public static final int DIRECTORY = 200;

  public static final int SCHEDULING = 300;

  public static final int PRESCRIPTIONS = 400;

  public static final int BILLING = 500;

  public static final int NOTIFICATION = 600;

  public static final int CONSENT = 700;

  public static final int RECORDS = 800;

  public static final int DOCUMENTS = 850;
  public static final int MONITORING = 900;

  public static final int CASEWORK = 1000;
  public static final int CASEWORK_PLANS = 1050;
  public static final int COMMUNITY = 1200;
  public static final int MESSAGING = 1100;
  public static final int MESSAGING_TEAMS = 1150;
  public static final int FEEDBACK = 1400;
  public static final int EDUCATION = 1300;
  public static final int SHARING = 1500;
  public static final int MODERATION = 1250;
  public static final int REVIEWS = 1600;
}
