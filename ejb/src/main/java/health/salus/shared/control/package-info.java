/**
 * Shared control pieces: the application clock, the per-request caller context, input validation
 * that turns Bean Validation violations into field messages, and {@code SafeMarkdown}, the one way
 * user-written Markdown (posts, comments, messages) becomes HTML a browser may be given; the
 * provider's days ({@code SiteCalendar}: its zone, today there, its business days) and its public
 * holidays of any year ({@code PublicHolidays}, from Jollyday).
 */
package health.salus.shared.control;
