package org.okrsite.review;

import java.util.List;

/**
 * Why a rating, finding or insight says what it says: a short note and the records it rests on.
 *
 * <pre>{@code
 * Evidence.of("confidence fell from 0.7 to 0.35",
 *     Ref.keyResult("platform-enterprise-trust", "KR1"), Ref.checkIn("team-platform-2026-10-30"));
 * }</pre>
 *
 * @param note one sentence, in plain words
 * @param refs the objectives, key results, check-ins and dependencies behind it, in a stable order
 */
public record Evidence(String note, List<Ref> refs) {
  public Evidence {
    // notes are made from a few templates ("KR2: measures a result (100)"), over and over: one
    // string per distinct note keeps the review of a large organisation small
    note = note == null ? null : note.intern();
    refs = List.copyOf(refs);
  }

  /** Evidence with the given references (duplicates dropped, order kept). */
  public static Evidence of(String note, Ref... refs) {
    return of(note, List.of(refs));
  }

  /** Evidence with the given references (duplicates dropped, order kept). */
  public static Evidence of(String note, List<Ref> refs) {
    return new Evidence(note, List.copyOf(new java.util.LinkedHashSet<>(refs)));
  }

  /** What a reference points at; the renderer turns each into a link. */
  public enum RefKind {
    OBJECTIVE("objective"),
    KEY_RESULT("key-result"),
    CHECK_IN("check-in"),
    DEPENDENCY("dependency"),
    RETROSPECTIVE("retrospective"),
    PERSON("person"),
    UNIT("unit");

    private final String key;

    RefKind(String key) {
      this.key = key;
    }

    /** The word used in JSON, e.g. {@code key-result}. */
    public String key() {
      return key;
    }
  }

  /**
   * One link target.
   *
   * @param id the record's id; a key result is {@code objective-id/KR1}
   */
  public record Ref(RefKind kind, String id) {
    public static Ref objective(String id) {
      return new Ref(RefKind.OBJECTIVE, id);
    }

    public static Ref keyResult(String objectiveId, String krId) {
      // the same KR is cited by many findings: one string for all of them
      return new Ref(RefKind.KEY_RESULT, (objectiveId + "/" + krId).intern());
    }

    public static Ref checkIn(String id) {
      return new Ref(RefKind.CHECK_IN, id);
    }

    public static Ref dependency(String id) {
      return new Ref(RefKind.DEPENDENCY, id);
    }

    public static Ref retrospective(String id) {
      return new Ref(RefKind.RETROSPECTIVE, id);
    }

    public static Ref person(String id) {
      return new Ref(RefKind.PERSON, id);
    }

    public static Ref unit(String id) {
      return new Ref(RefKind.UNIT, id);
    }
  }
}
