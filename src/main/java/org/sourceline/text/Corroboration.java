package org.sourceline.text;

import java.util.LinkedHashSet;
import java.util.Set;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;

/**
 * How an event stands with its sources, in words the views share: "3 sources · disputed" for a
 * table cell or tooltip, and "2 articles support it; 1 disputes it" to explain it. An event told
 * by one article and disputed by none says nothing: a dataset of one article is not cluttered
 * with "1 source" everywhere.
 */
public final class Corroboration {
    private Corroboration() {
    }

    /** "3 sources", "3 sources · disputed", "disputed", or "" for one source or none, undisputed. */
    public static String label(Event event) {
        int n = event.sourceCount();
        String count = n > 1 ? n + " sources" : "";
        if (!event.isDisputed()) {
            return count;
        }
        return count.isEmpty() ? "disputed" : count + " · disputed";
    }

    /** "2 articles support it; 1 disputes it", "no article supports it; 1 disputes it", "1 article supports it". */
    public static String explain(Event event) {
        Set<String> disputing = new LinkedHashSet<>();
        for (Evidence passage : event.evidence()) {
            if (passage.disputes()) {
                disputing.add(passage.articleId());
            }
        }
        int supporting = event.sourceCount();
        StringBuilder sb = new StringBuilder();
        sb.append(supporting == 0 ? "no article supports it" : supporting == 1 ? "1 article supports it"
                : supporting + " articles support it");
        if (!disputing.isEmpty()) {
            sb.append("; ").append(disputing.size()).append(disputing.size() == 1 ? " disputes it" : " dispute it");
        }
        return sb.toString();
    }
}
