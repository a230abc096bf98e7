package health.salus.identity.view;

import health.salus.identity.boundary.AccountView;
import health.salus.identity.boundary.IdentityService;
import health.salus.identity.entity.EducationLevel;
import health.salus.identity.entity.InternetAccess;
import health.salus.identity.entity.ProfileDetails;
import health.salus.shared.entity.Language;
import health.salus.shared.entity.Refusal;
import health.salus.shared.view.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One's own profile. Keeps the version that was shown so that a save over a change made elsewhere
 * meanwhile is refused instead of silently overwriting it.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "profile";

  /** The languages the portal offers content in, as language tags (en-AU, zh-CN). */
  static final List<String> LANGUAGES = Language.all().stream().map(Language::tag).toList();

  static final List<String> TIME_ZONES =
      List.of(
          "Australia/Sydney",
          "Australia/Melbourne",
          "Australia/Brisbane",
          "Australia/Adelaide",
          "Australia/Darwin",
          "Australia/Hobart",
          "Australia/Perth");

  @Inject IdentityService identity;

  private String fullName;
  private String email;
  private String phone;
  private LocalDate birthDate;
  private String preferredLanguage;
  private EducationLevel educationLevel;
  private InternetAccess internetAccess;
  private String accessibilityNeeds;
  private String timeZone;
  private long version;

  @PostConstruct
  void load() {
    AccountView me = identity.me();
    ProfileDetails p = me.profile();
    fullName = p.fullName();
    email = p.email();
    phone = p.phone();
    birthDate = p.birthDate();
    preferredLanguage = Language.of(p.preferredLanguage()).tag();
    educationLevel = p.educationLevel();
    internetAccess = p.internetAccess();
    accessibilityNeeds = p.accessibilityNeeds();
    timeZone = p.timeZone();
    version = me.version();
  }

  public void save() throws IOException {
    try {
      identity.updateProfile(
          new ProfileDetails(
              fullName,
              email,
              phone,
              birthDate,
              preferredLanguage,
              educationLevel,
              internetAccess,
              accessibilityNeeds,
              timeZone),
          version);
    } catch (Refusal refused) {
      PageMessages.show(refused, FORM);
      return;
    }
    PageMessages.flashInfo("profile.saved");
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/account/profile.xhtml");
  }

  public List<String> getLanguages() {
    return LANGUAGES;
  }

  public List<String> getTimeZones() {
    return TIME_ZONES;
  }

  public EducationLevel[] getEducationLevels() {
    return EducationLevel.values();
  }

  public InternetAccess[] getInternetAccessOptions() {
    return InternetAccess.values();
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public void setPreferredLanguage(String preferredLanguage) {
    this.preferredLanguage = preferredLanguage;
  }

  public EducationLevel getEducationLevel() {
    return educationLevel;
  }

  public void setEducationLevel(EducationLevel educationLevel) {
    this.educationLevel = educationLevel;
  }

  public InternetAccess getInternetAccess() {
    return internetAccess;
  }

  public void setInternetAccess(InternetAccess internetAccess) {
    this.internetAccess = internetAccess;
  }

  public String getAccessibilityNeeds() {
    return accessibilityNeeds;
  }

  public void setAccessibilityNeeds(String accessibilityNeeds) {
    this.accessibilityNeeds = accessibilityNeeds;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public long getVersion() {
    return version;
  }
}
