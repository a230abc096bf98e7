package health.salus.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ChainHashTest {

  private static final ChainedEntry ENTRY =
      new ChainedEntry(
          42,
          LocalDateTime.parse("2026-12-02T21:51:13.123456"),
          "dr.chen",
          "carol",
          7L,
          "RECORD_READ",
          "Patient",
          "7",
          "ALLOWED",
          "CARE",
          "10.0.0.1",
          "conditions",
          null,
          Instant.parse("2026-12-02T21:51:13.123456Z"));

  private static String hash(ChainedEntry entry) {
    return ChainHash.next(ChainHash.GENESIS, entry);
  }

  private static ChainedEntry with(UnaryOperator<Object[]> change) {
    Object[] f = {
      ENTRY.id(),
      ENTRY.occurredAt(),
      ENTRY.actor(),
      ENTRY.onBehalfOf(),
      ENTRY.patientId(),
      ENTRY.action(),
      ENTRY.objectType(),
      ENTRY.objectId(),
      ENTRY.outcome(),
      ENTRY.purpose(),
      ENTRY.clientAddress(),
      ENTRY.detail(),
      ENTRY.chainHash(),
      ENTRY.written()
    };
    Object[] g = change.apply(f.clone());
    return new ChainedEntry(
        (long) g[0],
        (LocalDateTime) g[1],
        (String) g[2],
        (String) g[3],
        (Long) g[4],
        (String) g[5],
        (String) g[6],
        (String) g[7],
        (String) g[8],
        (String) g[9],
        (String) g[10],
        (String) g[11],
        (String) g[12],
        (Instant) g[13]);
  }

  private static ChainedEntry withField(int index, Object value) {
    return with(
        f -> {
          f[index] = value;
          return f;
        });
  }

  private static Object[] actorAndFor(Object[] fields, String actor, String onBehalfOf) {
    fields[2] = actor;
    fields[3] = onBehalfOf;
    return fields;
  }

  @Test
  void aSealIsSha256InHexAndTheSameForTheSameEntry() {
    assertThat(hash(ENTRY)).matches("[0-9a-f]{64}").isEqualTo(hash(withField(12, null)));
    assertThat(ChainHash.GENESIS).matches("0{64}");
  }

  @Test
  void aChangeInAnyStoredFieldChangesTheSeal() {
    List<ChainedEntry> changed =
        List.of(
            withField(0, 43L),
            withField(1, ENTRY.occurredAt().plusNanos(1000)),
            withField(2, "dr.chan"),
            withField(3, "carl"),
            withField(4, 8L),
            withField(5, "RECORD_READS"),
            withField(6, "Patients"),
            withField(7, "8"),
            withField(8, "DENIED"),
            withField(9, "EMERGENCY"),
            withField(10, "10.0.0.2"),
            withField(11, "conditions "));

    assertThat(changed)
        .extracting(ChainHashTest::hash)
        .doesNotContain(hash(ENTRY))
        .doesNotHaveDuplicates();
  }

  @Test
  void theSealCoversTheStoredValuesNotTheirSealNorTheInstantReadForTheGrace() {
    assertThat(hash(withField(12, "f".repeat(64)))).isEqualTo(hash(ENTRY));
    assertThat(hash(withField(13, Instant.EPOCH))).isEqualTo(hash(ENTRY));
  }

  @Test
  void nullDiffersFromEmptyInEveryTextField() {
    for (int field : new int[] {2, 3, 5, 6, 7, 8, 9, 10, 11}) {
      assertThat(hash(withField(field, null)))
          .as("field %d", field)
          .isNotEqualTo(hash(withField(field, "")));
    }
    assertThat(hash(withField(4, null))).isNotEqualTo(hash(ENTRY));
  }

  @Test
  void noTextPassesForTheBorderBetweenTwoFields() {
    ChainedEntry split = with(f -> actorAndFor(f, "dr.", "chencarol"));
    ChainedEntry joined = with(f -> actorAndFor(f, "dr.chen", "carol"));

    assertThat(hash(split)).isNotEqualTo(hash(joined));
    assertThat(ChainHash.canonical(split)).isNotEqualTo(ChainHash.canonical(joined));
  }

  @Test
  void eachSealDependsOnTheOneBefore() {
    String first = hash(ENTRY);
    ChainedEntry next = withField(0, 43L);

    assertThat(ChainHash.next(first, next)).isNotEqualTo(ChainHash.next(ChainHash.GENESIS, next));
    assertThat(ChainHash.next(first, next))
        .isNotEqualTo(ChainHash.next(hash(withField(11, "changed")), next));
  }
}
