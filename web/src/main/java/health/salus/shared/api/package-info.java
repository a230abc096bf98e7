/**
 * The REST API's common parts: the application path, {@code GET /health}, and the mapping of every
 * error to an RFC 9457 problem (business refusals by kind, container and parsing errors, and a
 * last-resort 500 without internals).
 */
package health.salus.shared.api;
