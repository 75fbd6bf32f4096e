package org.sourceline.data.merge;

/**
 * One thing a merge did that the user should know: an article kept once or renamed, an actor
 * matched, an event renamed. Likely duplicates are listed apart ({@link LikelyDuplicate}).
 *
 * @param kind  what happened
 * @param input the name of the dataset it happened to (its file name)
 * @param text  the whole note in words, e.g. {@code actor "Irán" (tehran) matched iran by name}
 */
public record MergeNote(Kind kind, String input, String text) {
    /** What a note is about. */
    public enum Kind {
        /** An article with the same text as one already merged is kept once. */
        ARTICLE_SHARED("article kept once"),
        /** An article whose id was taken got another. */
        ARTICLE_RENAMED("article renamed"),
        /** An actor matched one already merged by its id. */
        ACTOR_BY_ID("actor matched by id"),
        /** An actor matched one already merged by its name (case and accents ignored). */
        ACTOR_BY_NAME("actor matched by name"),
        /** An actor a later dataset brought that nothing in the merge names any more. */
        ACTOR_LEFT_OUT("actor left out"),
        /** An event whose id was taken got another. */
        EVENT_RENAMED("event renamed"),
        /** Likely duplicates merged into one event (union of evidence). */
        EVENTS_MERGED("events merged");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** Words for headings, e.g. "actor matched by name". */
        public String label() {
            return label;
        }
    }

    /** {@code INPUT: TEXT}, as the command line prints it. */
    public String describe() {
        return input + ": " + text;
    }
}
