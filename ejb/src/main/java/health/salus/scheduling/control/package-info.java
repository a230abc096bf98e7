/**
 * Scheduling rules and queries: deriving slots from availability ({@code SlotPlanner}, pure) and
 * keeping the stored slots in line over the horizon ({@code SlotGenerator}), free-slot search and
 * the slot hold ({@code SlotRepository}), appointment queries, the cancellation cut-off, video
 * rooms, calendar files of appointments ({@code AppointmentCalendar}, ical4j), feed tokens and
 * their hashes ({@code CalendarFeeds}), the demo availability, and the waitlist ({@code
 * WaitlistRepository}; {@code WaitlistOffers} offers a freed slot to the first fitting entry).
 */
package health.salus.scheduling.control;
