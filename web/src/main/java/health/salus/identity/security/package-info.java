/**
 * Identity on the web: the one identity store over the database and the authentication mechanism
 * (stateless HTTP Basic for the API, form login with a session for pages, each request checked
 * against the account's current state; the second step of a sign-in with two-step sign-in; the
 * administrator's policy sending staff without it to set it up), and the client address behind
 * trusted proxies.
 */
package health.salus.identity.security;
