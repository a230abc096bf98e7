/**
 * Shared control pieces: the application clock, the per-request caller context and input validation
 * that turns Bean Validation violations into field messages.
 */
package health.salus.shared.control;
