/**
 * The registry of patches and target methods, and their lifecycle: load, enable, disable,
 * unload. The kernel's {@code core.c} and {@code patch.c}.
 *
 * <h2>Lock</h2>
 * One lock, {@code PatchManager.klpMutex} (the kernel's {@code klp_mutex}), guards every patch,
 * every target method's bookkeeping and every write of a slot's stack and call site. Methods
 * that need it end in {@code Locked}. Paths allowed to run without it: the trampoline and the
 * dispatcher (readers of slots), and the class-file transformer (a reader of the concurrent
 * target map, which only grows).
 *
 * <h2>Transitions</h2>
 * Enabling and disabling run the kernel's sequence — initialize, start, complete — and log it
 * in the kernel's words. Until the per-thread consistency model arrives every thread switches
 * the moment a transition starts, so a transition completes at once; the transition mode of the
 * trampoline is still taken, so the seam is exercised.
 *
 * <h2>All or nothing</h2>
 * A load resolves every target, defines every replacement and instruments every class before it
 * registers a patch; whatever fails, the patches, stacks and call sites are as before.
 * Trampolines already put into classes stay, idle, and change no behaviour.
 */
package io.jlivepatch.core;
