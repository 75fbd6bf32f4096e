package org.sourceline.edit;

import java.util.ArrayList;
import java.util.List;
import org.sourceline.data.DatasetRules;
import org.sourceline.model.Dataset;
import org.sourceline.model.DatasetDiff;
import org.sourceline.model.Era;

/**
 * Adding and removing eras, the named spans of time drawn behind the events ("The war in
 * Ukraine"): "Add Era “…”", "Remove Era “…”". An era's time is checked as an event's is
 * ({@link DatasetRules#checkTime} makes valid spans), so the command checks only its title.
 */
public final class EraEdits {
    private EraEdits() {
    }

    /** Adds an era after the dataset's others. */
    public static Edit add(Era era) {
        return new Edit() {
            @Override
            public String name() {
                return "Add Era " + Versions.quoted(era.title());
            }

            @Override
            public Applied apply(Dataset dataset, EventLookup events) throws EditException {
                if (DatasetRules.blankToNull(era.title()) == null) {
                    throw new EditException(DatasetRules.emptyText("era title"));
                }
                if (dataset.eras().contains(era)) {
                    throw new EditException("the dataset already has this era");
                }
                List<Era> eras = new ArrayList<>(dataset.eras());
                eras.add(era);
                return withEras(dataset, eras);
            }
        };
    }

    /** Removes the era at {@code index} of the dataset's eras. */
    public static Edit remove(Dataset dataset, int index) {
        Era era = index >= 0 && index < dataset.eras().size() ? dataset.eras().get(index) : null;
        return new Edit() {
            @Override
            public String name() {
                return "Remove Era " + Versions.quoted(era == null ? "" : era.title());
            }

            @Override
            public Applied apply(Dataset current, EventLookup events) throws EditException {
                int at = era == null ? -1 : current.eras().indexOf(era);
                if (at < 0) {
                    throw new EditException("no era number " + (index + 1) + " (the dataset has "
                            + current.eras().size() + ")");
                }
                List<Era> eras = new ArrayList<>(current.eras());
                eras.remove(at);
                return withEras(current, eras);
            }
        };
    }

    private static Edit.Applied withEras(Dataset dataset, List<Era> eras) {
        Dataset next = new Dataset(dataset.title(), dataset.description(), dataset.articles(), dataset.actors(),
                dataset.events(), eras);
        return new Edit.Applied(next, new DatasetDiff(new int[0], new int[0], new int[0], new int[0], false, true), null);
    }
}
