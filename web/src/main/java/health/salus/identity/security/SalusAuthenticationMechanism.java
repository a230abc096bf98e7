package health.salus.identity.security;

import health.salus.identity.boundary.AuthenticationService;
import health.salus.identity.boundary.SessionState;
import health.salus.identity.boundary.SignInChannel;
import health.salus.identity.boundary.SignInResult;
import health.salus.shared.api.Problem;
import health.salus.shared.api.ServerErrorMapper;
import health.salus.shared.boundary.DatabaseCircuit;
import health.salus.shared.boundary.DatabaseOutage;
import health.salus.shared.control.CallerContext;
import health.salus.shared.view.RequestLanguage;
import health.salus.shared.view.RequestPaths;
import health.salus.shared.view.SecurityHeadersFilter;
import health.salus.shared.view.UserMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How callers prove who they are. The REST API ({@code /api/}) is stateless HTTP Basic: no session,
 * 401 with a problem body on failure (the same for a wrong password and an unknown, locked or
 * disabled account), 429 with {@code Retry-After} when the client address is throttled. Pages use
 * the login form: the login page hands the credentials over through {@code
 * SecurityContext.authenticate}; on success the session id is renewed and the caller kept in the
 * session (30 minutes idle, {@code salus.session.max-hours} at most from sign-in). On every page
 * request the session is checked against the account's current state (cached, see {@link
 * AuthenticationService#sessionState}): a disabled account or a changed password ends the session,
 * changed roles apply at once. A protected page without a sign-in redirects to the login page.
 * Requests are told apart by their servlet path ({@link RequestPaths}), never by the raw URI.
 */
@ApplicationScoped
public class SalusAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SESSION_CALLER = "salus.caller";

  /** Request attribute: the sign-in failed because the database is away (the failure). */
  public static final String DATABASE_UNAVAILABLE = "salus.databaseUnavailable";

  private static final String BASIC = "Basic ";

  /** Where an account the policy requires multi-factor sign-in of is sent until it has it. */
  public static final String MFA_SET_UP_PAGE = "/account/mfa.xhtml";

  /** The API paths open to an account that must still set up multi-factor sign-in. */
  private static final List<String> MFA_SET_UP_API =
      List.of("/api/v1/me/mfa", "/api/v1/me/app-passwords");

  @Inject IdentityStoreHandler identityStores;
  @Inject AuthenticationService authentication;
  @Inject SalusIdentityStore.LastSignIn lastSignIn;
  @Inject CallerContext callerContext;
  @Inject ClientAddresses clientAddresses;
  @Inject Clock clock;
  @Inject DatabaseCircuit databaseCircuit;

  @Inject
  @ConfigProperty(name = "salus.session.max-hours", defaultValue = "12")
  int sessionMaxHours;

  private final Jsonb jsonb = JsonbBuilder.create();

  /**
   * The signed-in caller as kept in the HTTP session: small and serialisable. The stamp of the
   * credential signed in with and the sign-in time bound the session's life.
   */
  record SessionCaller(
      String name,
      Set<String> groups,
      String credentialStamp,
      Instant signedInAt,
      boolean mfaSetUpRequired)
      implements Serializable {

    SessionCaller with(SessionState state) {
      return state.roles().equals(groups) && state.mfaSetUpRequired() == mfaSetUpRequired
          ? this
          : new SessionCaller(
              name,
              Set.copyOf(state.roles()),
              credentialStamp,
              signedInAt,
              state.mfaSetUpRequired());
    }
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (!RequestPaths.isServedWithoutDatabase(request) && !databaseCircuit.admits()) {
      return unavailable(request, response); // the database is away: say so at once
    }
    try {
      return validate(request, response, context);
    } catch (RuntimeException e) {
      if (!DatabaseOutage.causedBy(e)) {
        throw e;
      }
      databaseCircuit.tripped();
      if (context.isAuthenticationRequest()) {
        // A sign-in from the login page: the page shows "temporarily unavailable" (FormSignIn).
        request.setAttribute(DATABASE_UNAVAILABLE, e);
        return AuthenticationStatus.SEND_FAILURE;
      }
      // Accounts live in the database: while it is away nobody can be checked. Say so (503)
      // instead of failing with a 500 or letting the caller in unchecked.
      return unavailable(request, response);
    }
  }

  private AuthenticationStatus validate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    callerContext.setClientAddress(clientAddresses.of(request));
    if (RequestPaths.isApi(request)) {
      return validateApiRequest(request, response, context);
    }
    Credential credential =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest()
        && credential instanceof UsernamePasswordCredential login) {
      return signIn(
          request,
          context,
          new ChannelCredential(
              login.getCaller(), login.getPasswordAsString(), SignInChannel.FORM));
    }
    if (context.isAuthenticationRequest() && credential instanceof SecondFactorCredential second) {
      return signIn(request, context, second);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
      Optional<SessionCaller> current = current(caller);
      if (current.isPresent()) {
        if (current.get() != caller) {
          session.setAttribute(SESSION_CALLER, current.get());
        }
        if (current.get().mfaSetUpRequired() && !mayPassWithoutMfa(request)) {
          // The administrator's policy: nothing else before multi-factor sign-in is set up.
          return context.redirect(request.getContextPath() + MFA_SET_UP_PAGE);
        }
        return loggedIn(context, caller.name(), current.get().groups());
      }
      session.invalidate();
    }
    if (context.isProtected()) {
      return context.redirect(loginUrl(request));
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  /**
   * After the signed-in user changed their password on a page: this session goes on (with a new id)
   * under the new credential, while every other session of the account ends at its next request.
   */
  public void keepSessionAfterPasswordChange(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller)) {
      return;
    }
    authentication
        .sessionState(caller.name())
        .filter(SessionState::enabled)
        .ifPresent(
            state -> {
              request.changeSessionId();
              session.setAttribute(
                  SESSION_CALLER,
                  new SessionCaller(
                      caller.name(),
                      Set.copyOf(state.roles()),
                      state.credentialStamp(),
                      caller.signedInAt(),
                      state.mfaSetUpRequired()));
            });
  }

  /** The session's caller as the account stands now; empty when the session must end. */
  private Optional<SessionCaller> current(SessionCaller caller) {
    if (outlived(caller.signedInAt(), clock.instant(), sessionMaxHours)) {
      return Optional.empty();
    }
    return authentication
        .sessionState(caller.name())
        .filter(SessionState::enabled)
        .filter(state -> state.credentialStamp().equals(caller.credentialStamp()))
        .map(caller::with);
  }

  /** The set-up page itself, its resources and the error pages stay open while MFA is required. */
  private static boolean mayPassWithoutMfa(HttpServletRequest request) {
    String path = RequestPaths.of(request);
    return path.equals(MFA_SET_UP_PAGE)
        || RequestPaths.isFacesResource(request)
        || path.startsWith("/error/");
  }

  /** Whether a session signed in at {@code signedInAt} has passed its absolute lifetime. */
  static boolean outlived(Instant signedInAt, Instant now, int maxHours) {
    return signedInAt == null || !now.isBefore(signedInAt.plus(Duration.ofHours(maxHours)));
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identityStores.validate(credential);
    SignInResult signIn = lastSignIn.result();
    if (result.getStatus() != CredentialValidationResult.Status.VALID
        || signIn == null
        || !signIn.succeeded()) {
      // Not responseUnauthorized(): its sendError(401) would replace the login page, which must
      // render again with the reason (LastSignIn) as its message.
      return AuthenticationStatus.SEND_FAILURE;
    }
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    // A signed-in session gets web.xml's idle timeout (anonymous ones are kept short).
    session.setMaxInactiveInterval(request.getServletContext().getSessionTimeout() * 60);
    String name = result.getCallerPrincipal().getName();
    session.setAttribute(
        SESSION_CALLER,
        new SessionCaller(
            name,
            Set.copyOf(result.getCallerGroups()),
            signIn.credentialStamp(),
            clock.instant(),
            false));
    return loggedIn(context, result);
  }

  private AuthenticationStatus validateApiRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return context.isProtected() ? unauthorized(request, response) : context.doNothing();
    }
    String[] credentials = decodeBasic(header.substring(BASIC.length()).trim());
    if (credentials == null) {
      return unauthorized(request, response);
    }
    CredentialValidationResult result =
        identityStores.validate(
            new ChannelCredential(credentials[0], credentials[1], SignInChannel.API));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      SignInResult why = lastSignIn.result();
      return why != null && why.retryAfter() != null
          ? tooManyAttempts(request, response, why.retryAfter())
          : unauthorized(request, response);
    }
    String path = RequestPaths.of(request);
    if (MFA_SET_UP_API.stream().noneMatch(path::startsWith)
        && authentication
            .sessionState(result.getCallerPrincipal().getName())
            .map(SessionState::mfaSetUpRequired)
            .orElse(false)) {
      return problem(
          response,
          Problem.of(
              403,
              UserMessages.text(RequestLanguage.of(request).locale(), "problem.mfaRequired.title"),
              UserMessages.text(
                  RequestLanguage.of(request).locale(), "problem.mfaRequired.detail")));
    }
    return loggedIn(context, result);
  }

  /**
   * Tells the container who the caller is and in which groups (each the role of its name), and the
   * request's {@link CallerContext}, whose role answers then need no policy check per role.
   */
  private AuthenticationStatus loggedIn(
      HttpMessageContext context, String name, Set<String> groups) {
    callerContext.setCaller(name, groups);
    return context.notifyContainerAboutLogin(name, groups);
  }

  private AuthenticationStatus loggedIn(
      HttpMessageContext context, CredentialValidationResult result) {
    callerContext.setCaller(result.getCallerPrincipal().getName(), result.getCallerGroups());
    return context.notifyContainerAboutLogin(result);
  }

  private static String[] decodeBasic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0
          ? null
          : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  /**
   * One answer for every failed sign-in: a wrong password, an unknown, locked or disabled account.
   */
  private AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response) {
    Locale language = RequestLanguage.of(request).locale();
    response.setHeader("WWW-Authenticate", "Basic realm=\"Salus\", charset=\"UTF-8\"");
    return problem(
        response,
        Problem.of(
            401,
            UserMessages.text(language, "problem.unauthorized.title"),
            UserMessages.text(language, "problem.unauthorized.detail")));
  }

  private AuthenticationStatus tooManyAttempts(
      HttpServletRequest request, HttpServletResponse response, Duration wait) {
    Locale language = RequestLanguage.of(request).locale();
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    response.setHeader("Retry-After", Long.toString(seconds));
    return problem(
        response,
        Problem.of(
            429,
            UserMessages.text(language, "problem.tooMany.title"),
            UserMessages.text(language, "problem.throttled.detail", (seconds + 59) / 60)));
  }

  private AuthenticationStatus problem(HttpServletResponse response, Problem problem) {
    response.setStatus(problem.getStatus());
    SecurityHeadersFilter.setApiHeaders(response); // this answer never reaches the filter
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    try {
      response.getWriter().write(jsonb.toJson(problem));
    } catch (IOException clientGone) {
      // Nothing to tell a client that has gone away.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private AuthenticationStatus unavailable(
      HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
    if (RequestPaths.isApi(request)) {
      return problem(response, ServerErrorMapper.unavailableProblem());
    }
    try {
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    } catch (IOException clientGone) {
      // Nothing to tell a client that has gone away.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static String loginUrl(HttpServletRequest request) {
    String target = RequestPaths.of(request);
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return request.getContextPath()
        + "/login.xhtml?next="
        + URLEncoder.encode(target, StandardCharsets.UTF_8);
  }
}
