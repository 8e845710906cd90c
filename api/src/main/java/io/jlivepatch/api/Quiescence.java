package io.jlivepatch.api;

/**
 * A quiescent region for code that cannot be annotated {@link Quiescent}: the running thread is
 * offline for reclamation from {@link #enter} until {@link #close}; nestable.
 *
 * <pre>
 * try (Quiescence q = Quiescence.enter("poller idle wait")) {
 *     selector.select();
 * }
 * </pre>
 * Without the jlivepatch agent, both calls do nothing. The agent gives them their effect.
 */
public final class Quiescence implements AutoCloseable {

    private static final Quiescence REGION = new Quiescence();

    private Quiescence() {
    }

    /**
     * Takes the current thread offline until {@link #close()}.
     *
     * @param region the region's name, as the agent's warnings show it
     */
    public static Quiescence enter(String region) {
        return REGION;
    }

    /** Brings the thread back online, unless an enclosing region keeps it offline. */
    @Override
    public void close() {
    }
}
