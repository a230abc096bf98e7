package health.salus.identity.security;

import health.salus.identity.boundary.AuthenticationService;
import health.salus.identity.boundary.SignInChannel;
import health.salus.identity.boundary.SignInResult;
import health.salus.shared.api.Problem;
import health.salus.shared.api.ServerErrorMapper;
import health.salus.shared.boundary.DatabaseOutage;
import health.salus.shared.control.CallerContext;
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
import java.util.Base64;
import java.util.Set;

/**
 * How callers prove who they are. The REST API ({@code /api/}) is stateless HTTP Basic: no session,
 * 401 with a problem body on failure. Pages use the login form: the login page hands the
 * credentials over through {@code SecurityContext.authenticate}; on success the session id is
 * renewed and the caller kept in the session (30 minutes idle) while the account stays enabled; a
 * protected page without a sign-in redirects to the login page.
 */
@ApplicationScoped
public class SalusAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SESSION_CALLER = "salus.caller";

  /** Request attribute: the sign-in failed because the database is away (the failure). */
  public static final String DATABASE_UNAVAILABLE = "salus.databaseUnavailable";

  private static final String BASIC = "Basic ";

  @Inject IdentityStoreHandler identityStores;
  @Inject AuthenticationService authentication;
  @Inject SalusIdentityStore.LastSignIn lastSignIn;
  @Inject CallerContext callerContext;

  private final Jsonb jsonb = JsonbBuilder.create();

  /** The signed-in caller as kept in the HTTP session: small and serialisable. */
  record SessionCaller(String name, Set<String> groups) implements Serializable {}

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      return validate(request, response, context);
    } catch (RuntimeException e) {
      if (!DatabaseOutage.causedBy(e)) {
        throw e;
      }
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
    callerContext.setClientAddress(request.getRemoteAddr());
    if (isApi(request)) {
      return validateApiRequest(request, response, context);
    }
    Credential credential =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest()
        && credential instanceof UsernamePasswordCredential login) {
      return signIn(request, context, login);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
      if (isResource(request) || authentication.mayContinue(caller.name())) {
        return context.notifyContainerAboutLogin(caller.name(), caller.groups());
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

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential login) {
    CredentialValidationResult result =
        identityStores.validate(
            new ChannelCredential(
                login.getCaller(), login.getPasswordAsString(), SignInChannel.FORM));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
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
        SESSION_CALLER, new SessionCaller(name, Set.copyOf(result.getCallerGroups())));
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus validateApiRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return context.isProtected() ? unauthorized(response, context, null) : context.doNothing();
    }
    String[] credentials = decodeBasic(header.substring(BASIC.length()).trim());
    if (credentials == null) {
      return unauthorized(response, context, null);
    }
    CredentialValidationResult result =
        identityStores.validate(
            new ChannelCredential(credentials[0], credentials[1], SignInChannel.API));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return unauthorized(response, context, lastSignIn.status());
    }
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

  private AuthenticationStatus unauthorized(
      HttpServletResponse response, HttpMessageContext context, SignInResult.Status why) {
    String detail =
        why == SignInResult.Status.LOCKED
            ? UserMessages.text("problem.locked.detail")
            : UserMessages.text("problem.unauthorized.detail");
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"Salus\", charset=\"UTF-8\"");
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    try {
      response
          .getWriter()
          .write(
              jsonb.toJson(
                  Problem.of(401, UserMessages.text("problem.unauthorized.title"), detail)));
    } catch (IOException clientGone) {
      // Nothing to tell a client that has gone away.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private AuthenticationStatus unavailable(
      HttpServletRequest request, HttpServletResponse response) {
    try {
      if (isApi(request)) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(jsonb.toJson(ServerErrorMapper.unavailableProblem()));
      } else {
        response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      }
    } catch (IOException clientGone) {
      // Nothing to tell a client that has gone away.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean isResource(HttpServletRequest request) {
    return request.getRequestURI().contains("/jakarta.faces.resource/");
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static String loginUrl(HttpServletRequest request) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return request.getContextPath()
        + "/login.xhtml?next="
        + URLEncoder.encode(target, StandardCharsets.UTF_8);
  }
}
