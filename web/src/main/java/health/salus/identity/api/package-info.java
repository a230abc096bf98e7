/**
 * Identity over REST: {@code POST /auth/register}, {@code /me} (account, profile, password) and
 * {@code /admin/accounts} for administrators.
 */
package health.salus.identity.api;
