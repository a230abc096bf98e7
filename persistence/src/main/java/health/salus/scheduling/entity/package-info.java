/**
 * Scheduling entities: practitioners' availability (weekly templates, one-off sessions,
 * exceptions), the slots derived from it, appointments with their states, and the slot booking row
 * that lets the database hold at most one live booking per slot.
 */
package health.salus.scheduling.entity;
