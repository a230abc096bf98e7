package health.salus.messaging.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A thread as the front desk triages it: its summary (never its messages) and the colleagues it may
 * be given to ({@code team}).
 */
public record DeskThread(ThreadSummary thread, List<Colleague> team) implements Serializable {}
