/**
 * Identity on the web: the one identity store over the database and the authentication mechanism
 * (stateless HTTP Basic for the API, form login with a session for pages, each request checked
 * against the account's current state), and the client address behind trusted proxies.
 */
package health.salus.identity.security;
