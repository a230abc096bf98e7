/** Web-wide pieces: user-facing text from the bundle and the security headers. */
package health.salus.shared.view;
