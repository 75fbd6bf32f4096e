package org.sourceline.edit;

import java.util.ArrayList;
import java.util.List;
import org.sourceline.model.Dataset;
import org.sourceline.model.DatasetDiff;

/**
 * The versions of one dataset made during a session, for undo and redo: a list of immutable
 * datasets, each with the name of the edit that made it, and a pointer to the current one.
 * Undo moves the pointer back, redo forward; a new edit drops the versions ahead. Versions share
 * every unchanged event, actor and article, so each costs about one list of event references.
 *
 * <p>It also knows which version was last saved, so "unsaved changes" is a comparison, and undoing
 * back to the saved version makes the dataset clean again. The history lasts the session; for
 * very large datasets, the oldest steps beyond {@link #DEFAULT_REFERENCE_BUDGET} held event
 * references are dropped.
 */
public final class History {
    /** Up to this many event references over all versions (about 200 MB): plenty for a session. */
    public static final long DEFAULT_REFERENCE_BUDGET = 50_000_000L;

    /** What undo or redo leads to. */
    public record Step(Dataset dataset, DatasetDiff diff, String focusEventId, String name) {
    }

    private record Version(Dataset dataset, String name, DatasetDiff diff, String focusEventId, String focusBefore) {
    }

    private final List<Version> versions = new ArrayList<>();
    private final long referenceBudget;
    private int current;
    /** Index of the saved version, or -1 when it is not in the history (never saved, or dropped). */
    private int saved;

    /** A history starting at a dataset as it was opened (and saved). */
    public History(Dataset opened) {
        this(opened, true, DEFAULT_REFERENCE_BUDGET);
    }

    /**
     * @param isSaved whether the first version is what the file holds (false for a new, unsaved dataset)
     */
    public History(Dataset first, boolean isSaved, long referenceBudget) {
        versions.add(new Version(first, null, null, null, null));
        this.saved = isSaved ? 0 : -1;
        this.referenceBudget = referenceBudget;
    }

    public Dataset current() {
        return versions.get(current).dataset();
    }

    /**
     * Records an applied edit as the new current version; versions that could have been redone
     * are dropped.
     *
     * @param focusBefore the event selected before the edit (selected again on undo), or null
     */
    public void push(String name, Edit.Applied applied, String focusBefore) {
        while (versions.size() > current + 1) {
            versions.remove(versions.size() - 1);
        }
        if (saved > current) {
            saved = -1;
        }
        versions.add(new Version(applied.dataset(), name, applied.diff(), applied.focusEventId(), focusBefore));
        current++;
        trim();
    }

    private void trim() {
        long held = 0;
        for (Version v : versions) {
            held += v.dataset().events().size() + 1;
        }
        while (held > referenceBudget && current > 0) {
            held -= versions.get(0).dataset().events().size() + 1;
            versions.remove(0);
            // The new first version has nothing before it to undo to.
            Version first = versions.get(0);
            versions.set(0, new Version(first.dataset(), null, null, null, null));
            current--;
            saved = saved > 0 ? saved - 1 : -1;
        }
    }

    public boolean canUndo() {
        return current > 0;
    }

    public boolean canRedo() {
        return current < versions.size() - 1;
    }

    /** The name of the edit undo would take back, or null. */
    public String undoName() {
        return canUndo() ? versions.get(current).name() : null;
    }

    /** The name of the edit redo would make again, or null. */
    public String redoName() {
        return canRedo() ? versions.get(current + 1).name() : null;
    }

    /** Goes back one version; the diff leads from the current version to the earlier one. */
    public Step undo() {
        if (!canUndo()) {
            throw new IllegalStateException("nothing to undo");
        }
        Version undone = versions.get(current);
        current--;
        String focus = undone.focusBefore() != null ? undone.focusBefore() : undone.focusEventId();
        return new Step(versions.get(current).dataset(), undone.diff().inverse(), focus, undone.name());
    }

    /** Goes forward one version. */
    public Step redo() {
        if (!canRedo()) {
            throw new IllegalStateException("nothing to redo");
        }
        current++;
        Version redone = versions.get(current);
        return new Step(redone.dataset(), redone.diff(), redone.focusEventId(), redone.name());
    }

    /** True when the current version is not the one last saved. */
    public boolean isDirty() {
        return saved != current;
    }

    /** Records that this version (current or earlier, by identity) is what the file now holds. */
    public void markSaved(Dataset version) {
        saved = -1;
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).dataset() == version) {
                saved = i;
            }
        }
    }

    /** How many versions are kept (the first included). */
    public int size() {
        return versions.size();
    }
}
