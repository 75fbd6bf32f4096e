package org.sourceline.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * What the status bar shows of one kind of background work (opening a file, exporting an
 * image): whether it is busy, its progress (0..1, or -1 when unknown) and its message. It
 * follows a running task and is released when the task is over.
 */
public final class TaskStatus {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** Shows a task's progress and message until {@link #release} is called. */
    public void follow(Task<?> task) {
        busy.set(true);
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
    }

    /** Stops following and shows {@code finalMessage} (empty for none). */
    public void release(String finalMessage) {
        progress.unbind();
        message.unbind();
        progress.set(-1);
        message.set(finalMessage);
        busy.set(false);
    }

    /** Replaces the message while the task still runs (e.g. "Cancelling…"). */
    public void say(String text) {
        message.unbind();
        message.set(text);
    }
}
