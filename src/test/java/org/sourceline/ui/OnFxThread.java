package org.sourceline.ui;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.sourceline.render.FxToolkit;

/**
 * Runs a test class's constructor and test methods on the JavaFX thread, where the view-model
 * lives: {@link AppModel} hands calls from other threads over to it, so a test that drives the
 * model directly must be there to see each change at once.
 */
final class OnFxThread implements InvocationInterceptor {
    @Override
    public <T> T interceptTestClassConstructor(Invocation<T> invocation,
                                               ReflectiveInvocationContext<Constructor<T>> context,
                                               ExtensionContext extensionContext) throws Throwable {
        return onFxThread(invocation);
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
                                    ExtensionContext extensionContext) throws Throwable {
        onFxThread(invocation);
    }

    private static <T> T onFxThread(Invocation<T> invocation) throws Throwable {
        FxToolkit.start();
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(invocation.proceed());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(2, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }
}
