package health.salus.identity.boundary;

/** Where a sign-in comes from: the web login form or HTTP Basic on the REST API. */
public enum SignInChannel {
  FORM,
  API
}
