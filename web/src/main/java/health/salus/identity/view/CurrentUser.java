package health.salus.identity.view;

import health.salus.identity.boundary.AccountView;
import health.salus.identity.boundary.IdentityService;
import health.salus.identity.entity.Role;
import health.salus.shared.control.CallerContext;
import health.salus.shared.entity.Language;
import health.salus.shared.entity.Refusal;
import health.salus.shared.view.UserLanguage;
import health.salus.shared.view.UserMessages;
import health.salus.shared.view.UserZone;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who is signed in, for the layout and the pages: name, roles and time zone. Pages that anonymous
 * visitors see too (the error pages) check {@code request.userPrincipal} before asking.
 */
@Named
@RequestScoped
public class CurrentUser implements UserZone, UserLanguage {

  // The servlet request, not Jakarta Security's SecurityContext: asking that for each role throws
  // and catches some 40 exceptions a page (JNDI look-ups of an EJB context, a JBoss class it looks
  // for), which made the signed-in pages several times dearer than the anonymous ones.
  @Inject HttpServletRequest request;
  @Inject IdentityService identity;
  @Inject CallerContext callerContext;

  private AccountView account;
  private List<Role> roles = List.of();

  @PostConstruct
  void load() {
    if (request.getUserPrincipal() == null) {
      return;
    }
    String name = request.getUserPrincipal().getName();
    roles =
        Arrays.stream(Role.values())
            .filter(r -> callerContext.holds(name, r.name(), request::isUserInRole))
            .toList();
    try {
      account = identity.me();
    } catch (Refusal | EJBException unavailable) {
      // The layout of an error page must still render; it then shows the username only.
      account = null;
    }
  }

  public boolean isSignedIn() {
    return request.getUserPrincipal() != null;
  }

  /** The account as the identity service shows it; null for visitors. */
  public AccountView getAccount() {
    return account;
  }

  public String getDisplayName() {
    if (account != null) {
      return account.fullName();
    }
    return isSignedIn() ? request.getUserPrincipal().getName() : "";
  }

  public List<Role> getRoles() {
    return roles;
  }

  public boolean hasRole(String role) {
    return roles.stream().anyMatch(r -> r.name().equals(role));
  }

  /** The caller's roles in words, such as "Patient, Clinician". */
  public String getRoleLabels() {
    return roles.stream()
        .map(r -> UserMessages.text("role." + r.name()))
        .collect(Collectors.joining(", "));
  }

  /**
   * Whether the pages are light for the caller (the profile says the internet at home is limited or
   * absent): the layout then loads no icon font and shows messages in the page, not as pop-ups.
   */
  public boolean isLight() {
    return account != null
        && account.profile() != null
        && account.profile().internetAccess() != null
        && account.profile().internetAccess().wantsLightPages();
  }

  @Override
  public ZoneId zone() {
    if (account == null || account.profile() == null || account.profile().timeZone() == null) {
      return UserZone.DEFAULT;
    }
    try {
      return ZoneId.of(account.profile().timeZone());
    } catch (DateTimeException unknown) {
      return UserZone.DEFAULT;
    }
  }

  @Override
  public Optional<Language> preferredLanguage() {
    if (account == null || account.profile() == null) {
      return Optional.empty();
    }
    return Language.supported(account.profile().preferredLanguage());
  }
}
