package health.salus.shared.entity;

import java.util.Arrays;

/**
 * The one way Salus refuses a change: an entity guarding its state, or a boundary applying a rule,
 * throws a refusal. Its {@link #messageKey() message key} is the stable code of the refusal (a key
 * of the user-facing bundle, messages.properties), with the arguments of its text; its {@link Kind}
 * decides the HTTP status. The web layer maps it once to an RFC 9457 problem and once to a page
 * message. It rolls the transaction back (declared in the EJB module's ejb-jar.xml, since this
 * class lives outside it).
 */
public class Refusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of refusal this is; decides the HTTP status. */
  public enum Kind {
    /** Bad input: 400. */
    INVALID,
    /** Not allowed for this user: 403. */
    FORBIDDEN,
    /** No such thing, or not visible to this user: 404. */
    NOT_FOUND,
    /** Lost a race or a uniqueness rule (a taken slot, a decided request, a stale version): 409. */
    CONFLICT,
    /** A business rule refuses it (a state that does not allow it, none remaining): 422. */
    RULE,
    /** The content is larger than allowed (an upload over the limit): 413. */
    TOO_LARGE,
    /** The content is of a type not accepted (told from the bytes): 415. */
    UNSUPPORTED_TYPE
  }

  private final Kind kind;
  private final String messageKey;
  private final String field;
  private final transient Object[] arguments;

  protected Refusal(Kind kind, String field, String messageKey, Object... arguments) {
    super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
    this.kind = kind;
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  /** A business rule refuses the change (422): the state does not allow it. */
  public static Refusal rule(String messageKey, Object... arguments) {
    return new Refusal(Kind.RULE, null, messageKey, arguments);
  }

  /** Someone else changed it first (409): decided already, changed meanwhile. */
  public static Refusal conflict(String messageKey, Object... arguments) {
    return new Refusal(Kind.CONFLICT, null, messageKey, arguments);
  }

  /** The content is larger than allowed (413). */
  public static Refusal tooLarge(String field, String messageKey, Object... arguments) {
    return new Refusal(Kind.TOO_LARGE, field, messageKey, arguments);
  }

  /** The content is of a type not accepted (415). */
  public static Refusal unsupportedType(String field, String messageKey, Object... arguments) {
    return new Refusal(Kind.UNSUPPORTED_TYPE, field, messageKey, arguments);
  }

  /** The input for this field is not acceptable (400). */
  public static Refusal invalid(String field, String messageKey, Object... arguments) {
    return new Refusal(Kind.INVALID, field, messageKey, arguments);
  }

  public Kind kind() {
    return kind;
  }

  /** The stable code of the refusal: a key of the user-facing bundle. */
  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }

  /** The input field the refusal is about, if any (for field-level messages). */
  public String field() {
    return field;
  }
}
