/**
 * The part of the agent that instrumented code calls: appended to the bootstrap class path so
 * that every class loader resolves it, and kept free of dependencies, logging and allocation on
 * its hot paths.
 *
 * <h2>Concept</h2>
 * Every target method gets one {@link io.jlivepatch.bootstrap.MethodSlot}: its
 * {@link java.lang.invoke.MutableCallSite} (the trampoline's mode, a JIT constant) and its
 * {@link io.jlivepatch.bootstrap.FuncStack} (the kernel's {@code klp_ops->func_stack}). The
 * trampoline prologue is one {@code invokedynamic} returning a {@code MethodHandle}; a
 * {@code null} handle means "run the original body", anything else is invoked with the method's
 * arguments in place of the body.
 *
 * <h2>Modes</h2>
 * <ul>
 *   <li>idle: the call site returns the constant {@code null}; the JIT folds the prologue away;
 *   <li>stable: the call site returns the top replacement as a constant; the JIT inlines it;
 *   <li>transition: the call site answers {@link io.jlivepatch.bootstrap.Dispatcher#TRANSITION},
 *       and the trampoline enters a read section ({@link io.jlivepatch.bootstrap.Epoch}), asks
 *       {@link io.jlivepatch.bootstrap.Dispatcher#route} (the {@code klp_ftrace_handler} of this
 *       system) whether this thread runs the top entry, the one below or the original body, and
 *       takes the entry from one of the slot's two transition call sites, constants too.
 * </ul>
 *
 * <h2>Lock</h2>
 * Slots, stacks and call-site targets are written only under the agent's patch lock
 * ({@code io.jlivepatch.core.PatchManager}). Readers take no lock: the dispatcher and the linker
 * of a call site that a class links for the first time. The epoch's records are registered under
 * {@code Epoch}'s own registry lock, once per thread.
 *
 * <h2>Memory ordering</h2>
 * A stack is immutable and published by a volatile write of {@code MethodSlot.stack}; the
 * dispatcher reads it with a volatile read, so it sees a fully built snapshot. Call-site targets
 * are published by {@code MutableCallSite#setTarget}, whose update the JVM makes visible to
 * compiled code by deoptimizing dependents. A thread that has already read a handle runs that
 * version to the end of the call; keeping such calls safe is the job of the consistency model.
 */
package io.jlivepatch.bootstrap;
