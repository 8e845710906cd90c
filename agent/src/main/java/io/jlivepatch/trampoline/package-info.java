/**
 * Inserting trampolines: the prologue that lets a method be redirected, put in once per target
 * method by retransformation (or when its class loads), the way ftrace puts a call where the
 * compiler left an {@code mcount} nop.
 *
 * <h2>The prologue</h2>
 * <pre>
 *   h = invokedynamic jlivepatch()MethodHandle   [Trampolines.bootstrap, slot id]
 *   if h == null: record = null, goto BODY                   idle
 *   if h != Dispatcher.TRANSITION: return h.invokeExact(this, args...)     stable
 *   record = Epoch.enter()                                   transition: a read section
 *   c = Dispatcher.route(slot id, record)
 * CHOOSE:
 *   h = c == TOP ? indy jlivepatchTop : indy jlivepatchBelow
 *   if !Dispatcher.confirm(slot id, record): c = Dispatcher.reroute(slot id, record), goto CHOOSE
 *   if h != null: try { return h.invokeExact(this, args...) } finally { Epoch.exit(record) }
 * BODY:
 *   (the original body; before each return Epoch.exitIfEntered(record), and a handler
 *    around it that does the same and rethrows)
 * </pre>
 * The call site is the method's {@code MutableCallSite}: a constant {@code null} when idle (the
 * JIT folds the branch, and with it the {@code null} record's exits), a constant handle when
 * stable (the JIT inlines it), the constant {@code Dispatcher.TRANSITION} during a transition,
 * when the slot's two other call sites hold the top entry and the one below it, constants too.
 * One call answers both "redirect?" and "to what?", so no thread can take the decision from one
 * patch state and the code from another. In a transition the read section spans the whole call,
 * original body included.
 *
 * <h2>Concurrency</h2>
 * The transformer runs on whichever thread loads or retransforms a class and never takes the
 * patch lock: it reads the registry of target methods, a concurrent map that only grows.
 */
package io.jlivepatch.trampoline;
