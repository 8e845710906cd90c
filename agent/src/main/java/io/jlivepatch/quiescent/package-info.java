/**
 * Quiescent regions (DESIGN §5): the methods annotated {@code @Quiescent}, and the api's
 * {@code Quiescence} blocks, during which a thread is offline for reclamation, like a CPU in an
 * RCU extended quiescent state. The agent puts {@code Epoch.goOffline} at their entry and
 * {@code Epoch.goOnline} before each return and in a handler that rethrows, at class load and,
 * when attached to a running JVM, by retransforming the classes that have such methods.
 *
 * <h2>Memory ordering</h2>
 * Going offline is a release store, coming back a volatile (fenced) one; {@code Epoch.goOffline}
 * and {@code Epoch.goOnline} say why, and what pairs with the second: the grace period's read of
 * the flag after its fence. Offline threads are skipped by grace periods and by the handshake
 * barrier; a transition still checks their stacks, so a changed method below the region holds it.
 *
 * <h2>Concurrency</h2>
 * The transformer runs on whichever thread loads a class and takes no lock of the agent's.
 */
package io.jlivepatch.quiescent;
