/**
 * Scheduling: online appointments and consultations. {@code BookingLookupService} finds
 * practitioners, free slots and (for staff) patients; {@code BookingService} books, moves and
 * cancels (one live booking per slot, guaranteed by the database; patients change online only up to
 * the cut-off); {@code DiaryService} lists appointments and runs the consultation (arrived,
 * no-show, completed with an encounter, or by an educator without one; an educator's or clinician's
 * own consultations with how to join each; video room or phone number from ten minutes before);
 * {@code AvailabilityService} keeps templates, one-off sessions and days away, and lists the
 * appointments needing follow-up; {@code SlotHorizonTimer} extends slots daily; {@code
 * WaitlistService} keeps one waitlist entry per patient and practitioner (join, list, leave): a
 * slot freed by a cancellation or move ({@code SlotFreed}) is offered once to the oldest fitting
 * waiting entry ({@code WaitlistOffer}) after the change committed ({@code WaitlistOffering}), not
 * reserved. {@code DiaryService.calendar} exports one appointment as RFC 5545 (.ics) to whoever may
 * see it; {@code CalendarFeedService} keeps a patient's private feed URL (secret token, only its
 * hash stored; replace or revoke) and serves it without sign-in. Every change fires an {@link
 * health.salus.scheduling.boundary.AppointmentEvent} and is audited; who may see or change an
 * appointment (its patient, the front desk, its practitioner for arrivals, no-shows and completion)
 * is decided by {@code consent.boundary.AccessPolicy} only; what the appointment's state allows it
 * decides itself, and a refused change is its {@code Refusal}.
 */
package health.salus.scheduling.boundary;
