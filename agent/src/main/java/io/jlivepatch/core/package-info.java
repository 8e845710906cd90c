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
 * Enabling and disabling run the kernel's sequence — initialize, start, try to complete (on the
 * worker thread {@code jlivepatch-transition}, retried with back-off), complete — and log it in
 * the kernel's words; the threads' side is the {@code transition} package. The patch lock is not
 * held between rounds, so a transition in flight can be reversed (an enable or disable of its
 * patch), forced, or backed out after its timeout; callers wait on a {@code TransitionRequest}.
 * Only one transition is in flight at a time (the kernel's {@code klp_transition_patch}); any
 * other operation meanwhile is refused, naming it.
 *
 * <h2>All or nothing</h2>
 * A load resolves every target, defines every replacement and instruments every class before it
 * registers a patch; whatever fails, the patches, stacks and call sites are as before.
 * Trampolines already put into classes stay, idle, and change no behaviour.
 */
package io.jlivepatch.core;
