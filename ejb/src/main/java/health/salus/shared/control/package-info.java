/**
 * Shared control pieces: the application clock, the per-request caller context, input validation
 * that turns Bean Validation violations into field messages, and {@code SafeMarkdown}, the one way
 * user-written Markdown (posts, comments, messages) becomes HTML a browser may be given.
 */
package health.salus.shared.control;
