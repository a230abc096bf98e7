/**
 * Home: what a patient sees first, gathered in one call and one transaction ({@code
 * PatientHomeService.tiles}) from the boundaries of the features that own each part (scheduling's
 * next appointment, billing's balance, prescriptions' recent refill decisions, feedback's tile,
 * messaging's unread count), each deciding and auditing its own part as it does when asked alone.
 * Home keeps no data and no rules of its own.
 */
package health.salus.home.boundary;
