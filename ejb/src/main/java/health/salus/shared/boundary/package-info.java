/**
 * Shared: the schema migration at start-up, the business exception hierarchy (one kind per HTTP
 * status, messages as bundle keys) and the demo-data start-up.
 */
package health.salus.shared.boundary;
