/**
 * The consistency model (DESIGN §6, the kernel's {@code transition.c}): a patch set reaches each
 * thread only when no method it changes has a frame on the thread's stack in the version being
 * left, so that no thread ever runs two versions of one patch set.
 *
 * <h2>Concept</h2>
 * A transition request (one enable or disable, with its reversals) gives every thread a patch
 * state, kept in its {@code ThreadRecord} relative to the request; a thread without one is in
 * the request's baseline state. {@link io.jlivepatch.transition.Transition} checks stacks and
 * switches threads; {@link io.jlivepatch.transition.StackCheck} decides whether a stack holds a
 * changing method; {@code VirtualThreads} finds the virtual threads the JDK tracks.
 *
 * <h2>Lock</h2>
 * Every method runs under the core's patch lock, but for the thread's own check at its outermost
 * exit ({@code StackCheck.mayLeave}, through {@code Dispatcher.switchSelf}), which reads only the
 * immutable sets of changing methods.
 *
 * <h2>Memory ordering</h2>
 * States are switched by compare-and-set, by the transition after a stack check or by the thread
 * itself; a thread reads its state once per read section (its latch), after the acquire fence of
 * {@code Dispatcher.route}. See {@code Dispatcher} for the transition word and its partners, and
 * {@code ThreadRecord.requestCheckRelease} for the self-check request.
 */
package io.jlivepatch.transition;
