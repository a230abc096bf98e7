package health.salus.scheduling.boundary;

/** An RFC 5545 calendar ({@code text/calendar}) and the file name to save it under. */
public record CalendarFile(String fileName, String content) {}
