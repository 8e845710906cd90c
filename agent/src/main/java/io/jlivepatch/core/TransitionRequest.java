package io.jlivepatch.core;

import io.jlivepatch.patch.PatchException;
import io.jlivepatch.transition.Transition;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * An enable or disable in progress: what its caller waits on. Done when the transition it
 * started completes in the direction asked for (its output lines), or when it ended otherwise:
 * reversed on request or after a stall, refused (a {@link PatchException} naming why).
 */
public final class TransitionRequest {

    private final CompletableFuture<List<String>> done = new CompletableFuture<>();
    private final String patchId;
    private final int target;
    private volatile Transition transition;

    TransitionRequest(String patchId, int target) {
        this.patchId = patchId;
        this.target = target;
    }

    String patchId() {
        return patchId;
    }

    int target() {
        return target;
    }

    void attach(Transition t) {
        transition = t;
    }

    void succeed(List<String> lines) {
        done.complete(lines);
    }

    void fail(PatchException why) {
        done.completeExceptionally(why);
    }

    public boolean isDone() {
        return done.isDone();
    }

    /** Threads switched out of all threads, as {@code 12/14}, while the transition runs. */
    public String progress() {
        Transition t = transition;
        return t == null || done.isDone() ? null : t.switchedThreads() + "/" + t.totalThreads();
    }

    /** Waits for the request to be done. */
    public List<String> await() throws PatchException {
        return await(Duration.ofDays(365), p -> { });
    }

    /**
     * Waits for the request to be done, handing {@link #progress()} to {@code progress} every
     * {@code tick} meanwhile.
     *
     * @throws PatchException why the request did not happen; the JVM is then as before it
     */
    public List<String> await(Duration tick, Consumer<String> progress) throws PatchException {
        while (true) {
            try {
                return done.get(tick.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                String p = progress();
                if (p != null) {
                    progress.accept(p);
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof PatchException pe) {
                    throw pe;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PatchException("interrupted while waiting for the transition of patch '" + patchId
                        + "'; it goes on");
            }
        }
    }
}
