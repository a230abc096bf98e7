/**
 * Web-wide pieces: user-facing text from the bundle, business refusals as page messages, times in
 * the user's zone and the security headers.
 */
package health.salus.shared.view;
