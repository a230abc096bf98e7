package health.salus.messaging.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.Access.Basis;
import health.salus.consent.boundary.AccessPolicy;
import health.salus.consent.boundary.ConsentService;
import health.salus.consent.boundary.RepresentedPerson;
import health.salus.directory.entity.Practitioner;
import health.salus.education.boundary.LessonLink;
import health.salus.education.boundary.LessonLinks;
import health.salus.identity.boundary.AnySignedIn;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.messaging.control.Attachments;
import health.salus.messaging.control.MessagingRepository;
import health.salus.messaging.control.OfficeHours;
import health.salus.messaging.control.ReplyTimes;
import health.salus.messaging.entity.Message;
import health.salus.messaging.entity.MessageAttachment;
import health.salus.messaging.entity.MessageLesson;
import health.salus.messaging.entity.MessageSide;
import health.salus.messaging.entity.MessageThread;
import health.salus.messaging.entity.ThreadCategory;
import health.salus.messaging.entity.ThreadPriority;
import health.salus.messaging.entity.ThreadStatus;
import health.salus.messaging.entity.ThreadTeam;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.Page;
import health.salus.shared.entity.Refusal;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Secure messaging between a patient (or a carer acting for them) and a practitioner, an educator
 * or the patient's care team. The participants of a thread are the patient, a carer holding the
 * patient's active {@code actFor} grant, and the practitioner addressed or, for a thread to the
 * care team, the practitioners in the patient's care team: the access policy decides each time (and
 * audits refusals); anyone else is told the thread does not exist (404). Every read and write is
 * audited about the patient (actions starting MESSAGE).
 */
@Stateless
public class MessagingService {

  @Inject MessagingRepository repository;
  @Inject Attachments attachments;
  @Inject ReplyTimes replyTimes;
  @Inject Callers callers;
  @Inject AccessPolicy accessPolicy;
  @Inject ConsentService consents;
  @Inject AuditTrail audit;
  @Inject Event<MessageSent> sent;
  @Inject Clock clock;
  @Inject LessonLinks lessonLinks;

  private static final int MAX_LESSONS = 10;

  /**
   * A patient (about themself) or a carer (about a patient they may act for, {@code patientId})
   * starts a thread with its first message. Bad input is refused (400) and nothing stored; a
   * patient the caller may not act for is refused (403); a thread to a care team the patient does
   * not have is refused (422).
   */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER})
  public CreatedId start(NewThread input) {
    return start(input, List.of());
  }

  /**
   * Starts a thread as {@link #start(NewThread)} does, its first message carrying these files: at
   * most three (else 422), each a PDF, PNG, JPEG or plain text as told from its bytes (else 415)
   * and within the size limit (else 413); when one is refused nothing is stored.
   */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER})
  public CreatedId start(NewThread input, List<NewAttachment> files) {
    if (input == null) {
      throw new InvalidInputException("subject", "messaging.subjectRequired");
    }
    CurrentCaller caller = callers.current();
    Long patientId = input.patientId() != null ? input.patientId() : caller.patientId();
    if (patientId == null) {
      throw new InvalidInputException("patientId", "messaging.patientRequired");
    }
    Optional<Patient> patient = repository.patient(patientId);
    Access access =
        Access.to("MESSAGE_THREAD_START", "Patient", patientId)
            .allowing(Basis.SELF, Basis.ACTING_FOR);
    if (!accessPolicy.permits(patient.isPresent() ? patientId : null, access)) {
      throw new AccessDeniedException("messaging.notForThisPatient");
    }
    AuditEvent event =
        AuditEvent.of("MESSAGE_THREAD_START", AuditOutcome.SUCCESS)
            .aboutPatient(patientId)
            .object("Patient", patientId);
    UserAccount author = callers.account();
    Instant now = clock.instant();
    List<Attachments.Sent> sent = sent(files);
    MessageThread thread;
    Message first;
    List<MessageAttachment> attached;
    try {
      thread = newThread(patient.get(), input, author, now);
      first = thread.post(author, MessageSide.PATIENT, input.body(), now);
      attached = attachments.check(first, sent);
      thread.awaitReplyBy(replyTimes.replyDue(now, thread.getToTeam()));
    } catch (Refusal refused) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, refused.messageKey()));
      throw refused;
    }
    repository.add(thread);
    repository.add(first);
    repository.flush();
    attachments.store(attached, sent);
    audit.record(event.object("MessageThread", thread.getId()).detail(filesDetail(attached)));
    tellOtherSide(thread, first, MessageSide.PATIENT);
    return toPatientSide(thread.getId(), thread, now);
  }

  private MessageThread newThread(
      Patient patient, NewThread input, UserAccount author, Instant now) {
    boolean named = input.toUsername() != null && !input.toUsername().isBlank();
    boolean team = input.toTeam() != null && !input.toTeam().isBlank();
    if (named == team) {
      throw new InvalidInputException(
          "toUsername", named ? "messaging.oneRecipient" : "messaging.recipientRequired");
    }
    if (team) {
      if (!ThreadTeam.CARE_TEAM.name().equals(input.toTeam().trim().toUpperCase(Locale.ROOT))) {
        throw new InvalidInputException("toTeam", "messaging.teamUnknown");
      }
      if (repository.careTeamAccounts(patient.getId()).isEmpty()) {
        throw Refusal.rule("messaging.noCareTeam");
      }
      return MessageThread.toCareTeam(patient, input.subject(), author, now);
    }
    Practitioner to =
        repository
            .practitioner(input.toUsername().trim())
            .orElseThrow(
                () -> new InvalidInputException("toUsername", "messaging.recipientUnknown"));
    return MessageThread.toPractitioner(patient, input.subject(), to, author, now);
  }

  /**
   * The threads the caller takes part in, the latest message first, each with how many of its
   * messages the caller has not opened. Audited as a read of each patient shown.
   */
  @PermitAll
  @AnySignedIn
  public Page<ThreadSummary> threads(int page, int size) {
    CurrentCaller caller = callers.current();
    List<Long> patients = patientsOf(caller);
    Instant now = clock.instant();
    // Staff see the threads whose answer is late first; the patient's side, the newest first.
    boolean overdueFirst = caller.practitionerId() != null;
    List<MessageThread> threads =
        repository.visible(patients, caller.practitionerId(), overdueFirst, now, page, size);
    long total =
        threads.isEmpty() && page == 0
            ? 0
            : repository.countVisible(patients, caller.practitionerId());
    Map<Long, Long> unread =
        repository.unreadByThread(
            threads.stream().map(MessageThread::getId).toList(), caller.accountId());
    audit.recordAll(
        AuditEvent.readsPerPatient(
            "MESSAGE_THREAD_LIST",
            threads,
            t -> t.getPatient().getId(),
            MessageThread::getId,
            "threads"));
    List<ThreadSummary> items =
        threads.stream()
            .map(t -> ThreadSummary.of(t, unread.getOrDefault(t.getId(), 0L), now))
            .toList();
    return new Page<>(items, total, page, size);
  }

  /** How many messages of the caller's threads the caller has not opened (for the home page). */
  @PermitAll
  @AnySignedIn
  public long unreadCount() {
    CurrentCaller caller = callers.current();
    return repository.unreadTotal(patientsOf(caller), caller.practitionerId(), caller.accountId());
  }

  /**
   * A participant opens a thread: its messages, oldest first, with their read receipts; the
   * messages the caller had not opened are marked read by them now. Anyone else: 404.
   */
  @PermitAll
  @AnySignedIn
  public ThreadView open(long threadId) {
    Participation participation = participation(threadId, "MESSAGE_THREAD_READ");
    MessageThread thread = participation.thread();
    MessageSide side = participation.side();
    CurrentCaller caller = callers.current();
    List<Message> unread = repository.unread(threadId, caller.accountId());
    if (!unread.isEmpty()) {
      // Tabs opening the thread at once take turns; each marks only what no other tab marked.
      repository.lockedThread(threadId);
      Set<Long> opened = repository.openedOf(unread, caller.accountId());
      repository.markRead(
          unread.stream().filter(m -> !opened.contains(m.getId())).toList(),
          callers.account(),
          side,
          clock.instant());
      repository.flush();
    }
    Map<Long, Instant> receipts = repository.receipts(threadId);
    Map<Long, List<MessageAttachment>> files = attachments.ofThread(threadId);
    Map<Long, List<Long>> lessonIds = repository.lessonsOfThread(threadId);
    Map<Long, LessonLink> lessons =
        lessonIds.isEmpty()
            ? Map.of()
            : lessonLinks.byId(lessonIds.values().stream().flatMap(List::stream).toList());
    List<MessageView> messages = new ArrayList<>();
    for (Message m : repository.messages(threadId)) {
      messages.add(
          MessageView.of(
              m,
              receipts.get(m.getId()),
              caller.accountId(),
              files.getOrDefault(m.getId(), List.of()).stream().map(AttachmentView::of).toList(),
              lessonIds.getOrDefault(m.getId(), List.of()).stream()
                  .map(lessons::get)
                  .filter(Objects::nonNull)
                  .toList()));
    }
    audit.record(
        AuditEvent.of("MESSAGE_THREAD_READ", AuditOutcome.SUCCESS)
            .aboutPatient(thread.getPatient().getId())
            .object("MessageThread", threadId)
            .detail(messages.size() + " messages"));
    return ThreadView.of(thread, messages, side == MessageSide.CARE ? team(thread) : List.of());
  }

  /**
   * A participant replies in a thread. An empty or too long body is refused (400) and nothing
   * stored; anyone else: 404. Replies to one thread are taken one at a time (the thread's row
   * lock), so none is lost when they race.
   */
  @PermitAll
  @AnySignedIn
  public CreatedId reply(long threadId, NewMessage input) {
    return reply(threadId, input, List.of());
  }

  /**
   * Replies as {@link #reply(long, NewMessage)} does, the message carrying these files, refused as
   * for {@link #start(NewThread, List)}. The care side (an educator or clinician answering) may
   * point the patient to lessons ({@code lessonIds}, up to ten, each once): the patient's side 403,
   * more than ten 400, a lesson that does not exist 422, and nothing is stored.
   */
  @PermitAll
  @AnySignedIn
  public CreatedId reply(long threadId, NewMessage input, List<NewAttachment> files) {
    List<Attachments.Sent> sent = sent(files);
    MessageSide side = participation(threadId, "MESSAGE_SEND").side();
    List<LessonLink> lessons = lessons(input, side);
    MessageThread thread = repository.lockedThread(threadId).orElseThrow();
    AuditEvent event =
        AuditEvent.of("MESSAGE_SEND", AuditOutcome.SUCCESS)
            .aboutPatient(thread.getPatient().getId())
            .object("MessageThread", threadId);
    Message message;
    List<MessageAttachment> attached;
    Instant now = clock.instant();
    try {
      message = thread.post(callers.account(), side, input == null ? null : input.body(), now);
      attached = attachments.check(message, sent);
      if (side == MessageSide.PATIENT) {
        thread.awaitReplyBy(replyTimes.replyDue(now, thread.getToTeam()));
      }
    } catch (Refusal refused) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, refused.messageKey()));
      throw refused;
    }
    repository.add(message);
    repository.flush();
    attachments.store(attached, sent);
    for (int i = 0; i < lessons.size(); i++) {
      repository.add(new MessageLesson(message, lessons.get(i).id(), i));
    }
    audit.record(
        event
            .object("Message", message.getId())
            .detail(details(filesDetail(attached), lessonsDetail(lessons))));
    tellOtherSide(thread, message, side);
    return side == MessageSide.PATIENT
        ? toPatientSide(message.getId(), thread, now)
        : new CreatedId(message.getId());
  }

  /**
   * A file attached to a message of the thread, for the thread's participants (audited as a read
   * about the patient); anyone else, and an attachment of another thread: 404.
   */
  @PermitAll
  @AnySignedIn
  public AttachmentFile attachment(long threadId, long attachmentId) {
    MessageThread thread = participation(threadId, "MESSAGE_ATTACHMENT_DOWNLOAD").thread();
    MessageAttachment attachment =
        attachments
            .attachment(attachmentId)
            .filter(a -> a.getMessage().getThread().getId() == threadId)
            .orElseThrow(() -> new NotFoundException("messaging.attachmentNotFound"));
    byte[] content = attachments.content(attachment);
    audit.record(
        AuditEvent.of("MESSAGE_ATTACHMENT_DOWNLOAD", AuditOutcome.SUCCESS)
            .aboutPatient(thread.getPatient().getId())
            .object("MessageAttachment", attachmentId));
    return new AttachmentFile(attachment.getFileName(), attachment.getContentType(), content);
  }

  /** The largest file a message may carry, in bytes: a client stops reading an upload beyond it. */
  @PermitAll
  @AnySignedIn
  public long attachmentMaxBytes() {
    return attachments.maxBytes();
  }

  /** The lessons a reply points to: the care side's only, up to ten, each existing. */
  private List<LessonLink> lessons(NewMessage input, MessageSide side) {
    List<Long> ids =
        input == null || input.lessonIds() == null
            ? List.of()
            : input.lessonIds().stream().distinct().toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    if (side != MessageSide.CARE) {
      throw new AccessDeniedException("messaging.lessonsCareOnly");
    }
    if (ids.size() > MAX_LESSONS) {
      throw new InvalidInputException("lessonIds", "messaging.tooManyLessons", MAX_LESSONS);
    }
    return lessonLinks.existing(ids);
  }

  private static String lessonsDetail(List<LessonLink> lessons) {
    return lessons.isEmpty()
        ? null
        : "lessons " + String.join(", ", lessons.stream().map(l -> "" + l.id()).toList());
  }

  private static String details(String files, String lessons) {
    return files == null ? lessons : lessons == null ? files : files + "; " + lessons;
  }

  private static List<Attachments.Sent> sent(List<NewAttachment> files) {
    return files == null
        ? List.of()
        : files.stream().map(f -> new Attachments.Sent(f.fileName(), f.content())).toList();
  }

  private static String filesDetail(List<MessageAttachment> attached) {
    return attached.isEmpty()
        ? null
        : attached.size()
            + " files: "
            + String.join(
                ", ",
                attached.stream().map(a -> a.getContentType() + " " + a.getSizeBytes()).toList());
  }

  /**
   * The answer to the patient's side: when the team usually answers and, when it is not working
   * now, from when it reads messages again.
   */
  private CreatedId toPatientSide(long id, MessageThread thread, Instant now) {
    OfficeHours hours = replyTimes.officeHours();
    boolean closed = !hours.isOpen(now);
    return new CreatedId(
        id,
        replyTimes.businessDays(thread.getToTeam()),
        thread.getReplyDueAt(),
        closed,
        closed ? hours.nextOpening(now) : null);
  }

  /**
   * When the team reads messages again if it is out of hours now (before the caller writes, to tell
   * them); empty while it is working.
   */
  @PermitAll
  @AnySignedIn
  public Optional<Instant> outOfHoursUntil() {
    OfficeHours hours = replyTimes.officeHours();
    Instant now = clock.instant();
    return hours.isOpen(now) ? Optional.empty() : Optional.of(hours.nextOpening(now));
  }

  /**
   * What the message forms say before sending, for a client of the API as for the pages: out of
   * hours now or not, from when the teams read again, and how soon each kind of team answers.
   */
  @PermitAll
  @AnySignedIn
  public MessagingHours hours() {
    Optional<Instant> readFrom = outOfHoursUntil();
    return new MessagingHours(
        readFrom.isPresent(),
        readFrom.orElse(null),
        replyTimes.businessDays(ThreadTeam.CARE_TEAM),
        replyTimes.businessDays(null));
  }

  /**
   * In how many business days the team ({@code CARE_TEAM}; anything else: one practitioner) usually
   * answers a message, to tell the patient when they write.
   */
  @PermitAll
  @AnySignedIn
  public int replyBusinessDays(String team) {
    return replyTimes.businessDays(
        ThreadTeam.CARE_TEAM.name().equals(team) ? ThreadTeam.CARE_TEAM : null);
  }

  /**
   * Staff triage a thread: the care side of it (the practitioner addressed or the patient's care
   * team) or the front desk (STAFF, for the practice, on the access policy's front-desk basis),
   * assign it to a colleague of the team (or to no one), set its priority, status and category
   * (none given: as it is). The patient's side is refused (403), anyone else told it does not exist
   * (404); an assignee outside the team: 422. Triage as seen at an older version is refused (409):
   * the thread's row lock takes racing triages one at a time, and each after the first finds the
   * version moved on, so none is silently lost. Audited, the front desk's with purpose
   * ADMINISTRATION.
   */
  @RolesAllowed({Role.Names.CLINICIAN, Role.Names.EDUCATOR, Role.Names.STAFF})
  public ThreadSummary triage(long threadId, Triage input) {
    Participation participation = participation(threadId, "MESSAGE_THREAD_TRIAGE", true);
    if (participation.side() != MessageSide.CARE) {
      throw new AccessDeniedException("messaging.triageStaffOnly");
    }
    Triage in = input == null ? new Triage(null, null, null, null, null) : input;
    if (in.version() == null) {
      throw new InvalidInputException("version", "messaging.versionRequired");
    }
    MessageThread thread = locked(threadId);
    AuditEvent event =
        AuditEvent.of("MESSAGE_THREAD_TRIAGE", AuditOutcome.SUCCESS)
            .aboutPatient(thread.getPatient().getId())
            .object("MessageThread", threadId)
            .purpose(participation.basis().purpose());
    try {
      thread.triage(
          in.version(),
          assignee(thread, in.assignedTo()),
          choice("priority", in.priority(), ThreadPriority.class),
          choice("status", in.status(), ThreadStatus.class),
          in.category() == null || in.category().isBlank()
              ? null
              : choice("category", in.category(), ThreadCategory.class));
      repository.flush();
    } catch (OptimisticLockException changedMeanwhile) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, "messaging.triageStale"));
      throw Refusal.conflict("messaging.triageStale");
    } catch (Refusal refused) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, refused.messageKey()));
      throw refused;
    }
    audit.record(
        event.detail(
            thread.getPriority()
                + " "
                + thread.getStatus()
                + " "
                + thread.getCategory()
                + (thread.getAssignedTo() == null
                    ? ""
                    : " to " + thread.getAssignedTo().getAccount().getUsername())));
    return ThreadSummary.of(thread, 0, clock.instant());
  }

  /**
   * The front desk's view of the practice's team inboxes (STAFF): the threads of every team, of a
   * status ({@code null}: all but the closed ones), late answers first, then the latest message
   * first. What the front desk needs to route a thread and no more: who it is from and to, its
   * subject, when the answer is due and whether it is late, its priority, category, status and
   * assignee; never the messages or files (those are the care team's, see {@link #open}). Audited
   * as a read of each patient shown, with purpose ADMINISTRATION.
   */
  @RolesAllowed(Role.Names.STAFF)
  public Page<ThreadSummary> deskInbox(String status, int page, int size) {
    ThreadStatus wanted =
        status == null || status.isBlank() ? null : choice("status", status, ThreadStatus.class);
    Instant now = clock.instant();
    List<MessageThread> threads = repository.deskInbox(wanted, now, page, size);
    long total = threads.isEmpty() && page == 0 ? 0 : repository.countDeskInbox(wanted);
    audit.recordAll(
        AuditEvent.readsPerPatient(
                "MESSAGE_DESK_LIST",
                threads,
                t -> t.getPatient().getId(),
                MessageThread::getId,
                "threads")
            .stream()
            .map(e -> e.purpose(Basis.FRONT_DESK.purpose()))
            .toList());
    return new Page<>(
        threads.stream().map(t -> ThreadSummary.of(t, 0, now)).toList(), total, page, size);
  }

  /**
   * One thread as the front desk triages it (STAFF): its summary and the colleagues it may be given
   * to (the practitioner addressed and the patient's care team). No such thread: 404. Audited as
   * the access policy decides it (front-desk basis).
   */
  @RolesAllowed(Role.Names.STAFF)
  public DeskThread deskThread(long threadId) {
    Participation participation = participation(threadId, "MESSAGE_DESK_READ", true);
    if (participation.basis() != Basis.FRONT_DESK) {
      throw new NotFoundException("messaging.threadNotFound");
    }
    MessageThread thread = participation.thread();
    return new DeskThread(ThreadSummary.of(thread, 0, clock.instant()), team(thread));
  }

  /** The thread row-locked; changed by someone else since this transaction read it: 409. */
  private MessageThread locked(long threadId) {
    try {
      return repository.lockedThread(threadId).orElseThrow();
    } catch (OptimisticLockException changedMeanwhile) {
      throw Refusal.conflict("messaging.triageStale");
    }
  }

  /** Who a thread may be given to: the practitioner addressed and the patient's care team. */
  private List<Colleague> team(MessageThread thread) {
    List<UserAccount> accounts = new ArrayList<>();
    if (thread.getToPractitioner() != null) {
      accounts.add(thread.getToPractitioner().getAccount());
    }
    repository.careTeamAccounts(thread.getPatient().getId()).stream()
        .filter(a -> !accounts.contains(a))
        .forEach(accounts::add);
    return accounts.stream().map(a -> new Colleague(a.getUsername(), a.getFullName())).toList();
  }

  /** The colleague by username, who must be on the thread's team; blank: no one. */
  private Practitioner assignee(MessageThread thread, String username) {
    if (username == null || username.isBlank()) {
      return null;
    }
    Practitioner colleague =
        repository
            .practitioner(username.trim())
            .orElseThrow(() -> Refusal.rule("messaging.assigneeNotInTeam"));
    boolean addressed =
        thread.getToPractitioner() != null
            && thread.getToPractitioner().getId().equals(colleague.getId());
    if (!addressed
        && !repository
            .careTeamAccounts(thread.getPatient().getId())
            .contains(colleague.getAccount())) {
      throw Refusal.rule("messaging.assigneeNotInTeam");
    }
    return colleague;
  }

  private static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "messaging." + field + "Required");
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInputException(field, "messaging." + field + "Required");
    }
  }

  /** A thread, the side the caller takes part on and on which basis. */
  private record Participation(MessageThread thread, MessageSide side, Basis basis) {}

  /**
   * The thread and the caller's side in it (the patient's: self or acting for; else the care's),
   * when the caller takes part, as the access policy decides and audits; else 404.
   */
  private Participation participation(long threadId, String action) {
    return participation(threadId, action, false);
  }

  /**
   * As {@link #participation(long, String)}; with {@code frontDesk}, the front desk (STAFF) comes
   * in on the care side too, to route the thread (never to read it).
   */
  private Participation participation(long threadId, String action, boolean frontDesk) {
    Optional<MessageThread> thread = repository.thread(threadId);
    if (thread.isEmpty()) {
      accessPolicy.permits(null, Access.to(action, "MessageThread", threadId));
      throw new NotFoundException("messaging.threadNotFound");
    }
    Basis basis =
        accessPolicy
            .basis(thread.get().getPatient().getId(), access(thread.get(), action, frontDesk))
            .orElseThrow(() -> new NotFoundException("messaging.threadNotFound"));
    return new Participation(
        thread.get(),
        basis == Basis.SELF || basis == Basis.ACTING_FOR ? MessageSide.PATIENT : MessageSide.CARE,
        basis);
  }

  private static Access access(MessageThread thread, String action, boolean frontDesk) {
    Access access = Access.to(action, "MessageThread", thread.getId());
    Basis more = frontDesk ? Basis.FRONT_DESK : Basis.SELF;
    if (thread.getToTeam() == ThreadTeam.CARE_TEAM) {
      return access.allowing(Basis.SELF, Basis.ACTING_FOR, Basis.CARE_TEAM, more);
    }
    return access
        .allowing(Basis.SELF, Basis.ACTING_FOR, Basis.TREATING_PRACTITIONER, more)
        .treatedBy(thread.getToPractitioner().getId());
  }

  /** The patients whose threads the caller sees as the patient's side: own, and acted for. */
  private List<Long> patientsOf(CurrentCaller caller) {
    List<Long> patients = new ArrayList<>();
    if (caller.patientId() != null) {
      patients.add(caller.patientId());
    }
    consents.represented().stream()
        .filter(RepresentedPerson::actFor)
        .map(RepresentedPerson::patientId)
        .filter(id -> !patients.contains(id))
        .forEach(patients::add);
    return patients;
  }

  private void tellOtherSide(MessageThread thread, Message message, MessageSide side) {
    List<Long> recipients = new ArrayList<>();
    if (side == MessageSide.CARE) {
      UserAccount patient = thread.getPatient().getAccount();
      if (patient != null) {
        recipients.add(patient.getId());
      }
    } else if (thread.getToPractitioner() != null) {
      recipients.add(thread.getToPractitioner().getAccount().getId());
    } else {
      repository.careTeamAccounts(thread.getPatient().getId()).stream()
          .map(UserAccount::getId)
          .forEach(recipients::add);
    }
    recipients.remove(message.getAuthor().getId());
    sent.fire(
        new MessageSent(
            thread.getId(),
            message.getId(),
            thread.getPatient().getId(),
            message.getAuthor().getFullName(),
            List.copyOf(recipients)));
  }
}
