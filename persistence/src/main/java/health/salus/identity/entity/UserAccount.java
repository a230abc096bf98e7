package health.salus.identity.entity;

import health.salus.shared.entity.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A person who signs in to Salus: a patient, a carer or a member of staff. The account guards its
 * own sign-in state (failed attempts, lock-out) and its roles.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = UserAccount.BY_USERNAME,
    query = "SELECT a FROM UserAccount a WHERE a.username = :username")
public class UserAccount {

  public static final String BY_USERNAME = "UserAccount.byUsername";
  public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,63}";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @Pattern(regexp = USERNAME_PATTERN)
  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @NotNull
  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @NotBlank
  @Email
  @Size(max = 254)
  @Column(nullable = false)
  private String email;

  @NotBlank
  @Size(max = 200)
  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Size(max = 40)
  private String phone;

  @NotNull
  @Column(name = "preferred_language", nullable = false)
  private String preferredLanguage;

  @Enumerated(EnumType.STRING)
  @Column(name = "education_level")
  private EducationLevel educationLevel;

  @Enumerated(EnumType.STRING)
  @Column(name = "internet_access")
  private InternetAccess internetAccess;

  @Size(max = 1000)
  @Column(name = "accessibility_needs")
  private String accessibilityNeeds;

  @NotNull
  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  private boolean enabled;

  @Column(name = "failed_logins")
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /**
   * The TOTP secret, sealed (see the identity control's SecretSealing): pending while {@link
   * #mfaEnabled} is false, else in use.
   */
  @Column(name = "mfa_secret")
  private String mfaSecret;

  @Column(name = "mfa_enabled")
  private boolean mfaEnabled;

  /** The last time step a code was accepted for: no code of it or before is accepted again. */
  @Column(name = "mfa_last_step")
  private Long mfaLastStep;

  // Read when asked (sign-in, the account pages), not with every account a page shows by name.
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  @Version private long version;

  protected UserAccount() {}

  public UserAccount(
      String username,
      String passwordHash,
      String email,
      String fullName,
      LocalDate birthDate,
      Set<Role> roles,
      Instant createdAt) {
    this.username = normalise(username);
    this.passwordHash = passwordHash;
    this.email = email.trim();
    this.fullName = fullName.trim();
    this.birthDate = birthDate;
    this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
    this.preferredLanguage = "en-AU";
    this.timeZone = "Australia/Sydney";
    this.enabled = true;
    this.createdAt = createdAt;
  }

  /** Usernames are compared case-insensitively: they are stored in lower case. */
  public static String normalise(String username) {
    return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * Counts a wrong password; after {@code maxFailures} in a row the account is locked for {@code
   * lockFor}. Returns whether this attempt locked it.
   */
  public boolean recordFailedLogin(Instant now, int maxFailures, Duration lockFor) {
    if (lockedUntil != null && !now.isBefore(lockedUntil)) {
      failedLogins = 0;
      lockedUntil = null;
    }
    failedLogins++;
    if (failedLogins >= maxFailures) {
      lockedUntil = now.plus(lockFor);
      failedLogins = 0;
      return true;
    }
    return false;
  }

  public void recordSuccessfulLogin(Instant now) {
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  public void changePasswordHash(String newHash) {
    this.passwordHash = newHash;
  }

  public void disable() {
    this.enabled = false;
  }

  public void enable() {
    this.enabled = true;
    this.failedLogins = 0;
    this.lockedUntil = null;
  }

  /**
   * Starts setting up multi-factor sign-in with a new secret; it is on only once a first code
   * confirms it ({@link #confirmMfa}). Refused while it is on: turn it off first.
   */
  public void beginMfaSetUp(String secret) {
    if (mfaEnabled) {
      throw new IllegalStateException("multi-factor sign-in is already on");
    }
    this.mfaSecret = secret;
    this.mfaLastStep = null;
  }

  /** Turns multi-factor sign-in on, the pending secret confirmed by a code of this time step. */
  public void confirmMfa(long step) {
    if (mfaEnabled || mfaSecret == null) {
      throw new IllegalStateException("no multi-factor set-up is pending");
    }
    this.mfaEnabled = true;
    this.mfaLastStep = step;
  }

  /** Turns multi-factor sign-in off and forgets the secret. */
  public void turnOffMfa() {
    this.mfaEnabled = false;
    this.mfaSecret = null;
    this.mfaLastStep = null;
  }

  /**
   * Accepts a code of this time step once: false when a code of this step or a later one was
   * already accepted (a code seen once, perhaps over a shoulder, cannot be replayed).
   */
  public boolean acceptMfaStep(long step) {
    if (mfaLastStep != null && step <= mfaLastStep) {
      return false;
    }
    this.mfaLastStep = step;
    return true;
  }

  public boolean isMfaEnabled() {
    return mfaEnabled;
  }

  /** Whether a set-up was begun and not yet confirmed. */
  public boolean isMfaPending() {
    return !mfaEnabled && mfaSecret != null;
  }

  public String getMfaSecret() {
    return mfaSecret;
  }

  /** Returns whether the role was new to this account. */
  public boolean grant(Role role) {
    return roles.add(role);
  }

  /** Returns whether the account had the role. */
  public boolean revoke(Role role) {
    return roles.remove(role);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public void updateProfile(ProfileDetails details) {
    this.fullName = details.fullName().trim();
    this.email = details.email().trim();
    this.phone = blankToNull(details.phone());
    this.birthDate = details.birthDate();
    this.preferredLanguage = details.preferredLanguage();
    this.educationLevel = details.educationLevel();
    this.internetAccess = details.internetAccess();
    this.accessibilityNeeds = blankToNull(details.accessibilityNeeds());
    this.timeZone = details.timeZone();
  }

  /** The user picks one of Salus's languages (the switch on every page). */
  public void chooseLanguage(Language language) {
    this.preferredLanguage = language.tag();
  }

  public ProfileDetails profile() {
    return new ProfileDetails(
        fullName,
        email,
        phone,
        birthDate,
        preferredLanguage,
        educationLevel,
        internetAccess,
        accessibilityNeeds,
        timeZone);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getEmail() {
    return email;
  }

  public String getFullName() {
    return fullName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public String getPhone() {
    return phone;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  /** The language Salus writes to this user in: the preferred one if Salus speaks it. */
  public Language getLanguage() {
    return Language.of(preferredLanguage);
  }

  public EducationLevel getEducationLevel() {
    return educationLevel;
  }

  public InternetAccess getInternetAccess() {
    return internetAccess;
  }

  public String getAccessibilityNeeds() {
    return accessibilityNeeds;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Set<Role> getRoles() {
    return Collections.unmodifiableSet(roles);
  }

  public long getVersion() {
    return version;
  }
}
