package org.sourceline.edit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Ids for new events and actors, made from their titles or names the way the bundled dataset's
 * are ({@code "russia-clinches-drone-deal"}): lower-case ASCII words joined by hyphens, at most
 * about forty characters, made unique with a number ({@code "-2"}). A person never types one.
 */
public final class EventIds {
    private static final int MAX_LENGTH = 40;

    private EventIds() {
    }

    /** A slug of {@code text}, or {@code fallback} when it has no letters or digits. */
    public static String slug(String text, String fallback) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && sb.length() > 0) {
                    sb.append('-');
                }
                sb.append(c);
                hyphen = false;
            } else if (c == '\'' || c == '’') {
                // "Iran's" → "irans"
                continue;
            } else {
                hyphen = true;
            }
        }
        String slug = sb.toString();
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > 10 ? cut : MAX_LENGTH);
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** The slug of {@code text}, with "-2", "-3"… added until {@code taken} says it is free. */
    public static String unique(String text, String fallback, Predicate<String> taken) {
        String base = slug(text, fallback);
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
