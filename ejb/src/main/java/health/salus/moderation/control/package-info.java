/**
 * Moderation storage (flags, queue, log, watched words) and the watched-word matcher: plain text,
 * whole words, case-insensitive, Chinese by substring; never a pattern built from user input.
 */
package health.salus.moderation.control;
