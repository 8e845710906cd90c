/**
 * Inserting trampolines: the prologue that lets a method be redirected, put in once per target
 * method by retransformation (or when its class loads), the way ftrace puts a call where the
 * compiler left an {@code mcount} nop.
 *
 * <h2>The prologue</h2>
 * <pre>
 *   invokedynamic jlivepatch()MethodHandle  [Trampolines.bootstrap, slot id]
 *   dup
 *   ifnull ORIGINAL
 *   (load this and the arguments)
 *   invokevirtual MethodHandle.invokeExact(Receiver, args...)Result
 *   (return it)
 * ORIGINAL:
 *   pop
 *   (the original body, untouched)
 * </pre>
 * The call site is the method's {@code MutableCallSite}: a constant {@code null} when idle (the
 * JIT folds the branch away), a constant handle when stable (the JIT inlines it), the dispatcher
 * during a transition. One call answers both "redirect?" and "to what?", so no thread can take
 * the decision from one patch state and the code from another.
 *
 * <h2>Concurrency</h2>
 * The transformer runs on whichever thread loads or retransforms a class and never takes the
 * patch lock: it reads the registry of target methods, a concurrent map that only grows.
 */
package io.jlivepatch.trampoline;
