package health.salus.shared.boundary;

import java.util.Arrays;

/**
 * A business rule refused what the user asked. The message is a key of the user-facing resource
 * bundle (messages.properties), with its arguments; the web layer turns it into a page message or
 * an RFC 9457 problem. Rolls the transaction back.
 */
public abstract class BusinessException extends RuntimeException {

  /** What kind of refusal this is; decides the HTTP status. */
  public enum Kind {
    /** Bad input: 400. */
    INVALID,
    /** Not allowed for this user: 403. */
    FORBIDDEN,
    /** No such thing, or not visible to this user: 404. */
    NOT_FOUND,
    /** Lost a race or a uniqueness rule (a taken slot, a stale version): 409. */
    CONFLICT,
    /** A business rule refuses it (a cut-off, none remaining): 422. */
    RULE
  }

  private final Kind kind;
  private final String messageKey;
  private final transient Object[] arguments;

  protected BusinessException(Kind kind, String messageKey, Object... arguments) {
    super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
    this.kind = kind;
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public Kind kind() {
    return kind;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }

  /** The input field the problem is about, if any (for field-level messages). */
  public String field() {
    return null;
  }
}
