/**
 * The writer side of the epoch domain, the RCU of jlivepatch (DESIGN §4): grace periods and
 * deferred reclamation. The read side, per-thread records and read sections, lives on the
 * bootstrap side ({@link io.jlivepatch.bootstrap.Epoch}), where the trampoline reaches it.
 *
 * <h2>Grace period</h2>
 * {@link io.jlivepatch.epoch.EpochDomain#synchronize} advances the epoch, makes every
 * announcement visible with the configured {@link io.jlivepatch.epoch.Barrier}, then waits until
 * every record is idle or announces the new epoch. A record that stays in an older epoch past the
 * stall interval is reported with its thread's stack, like an RCU stall warning; past the timeout
 * the grace period fails, and the caller decides (it never hangs forever).
 *
 * <h2>Lock</h2>
 * Grace periods are run by one writer at a time, on {@code EpochDomain}'s own monitor: the patch
 * lock's holder, or the transition worker without the patch lock (the retried grace period of a
 * completing transition, so that {@code force} and the control plane answer meanwhile). Readers
 * take no lock.
 *
 * <h2>Memory ordering</h2>
 * See {@link io.jlivepatch.bootstrap.Epoch}: every ordered access there names its partner here.
 */
package io.jlivepatch.epoch;
