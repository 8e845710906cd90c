package io.jlivepatch.trampoline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.bootstrap.Dispatcher;
import io.jlivepatch.bootstrap.Epoch;
import io.jlivepatch.bootstrap.FuncStack;
import io.jlivepatch.bootstrap.MethodSlot;
import io.jlivepatch.bootstrap.MethodSlot.Shape;
import io.jlivepatch.bootstrap.ThreadRecord;
import io.jlivepatch.bootstrap.Trampolines;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import org.junit.jupiter.api.Test;

/**
 * The trampoline reads the entry {@link Dispatcher#route} chose after route returns, and the next
 * request's publication can come in between (found by the model check, issue 15): a section
 * that latched the new request while the slot still carried the completed one got that one's
 * settled route, BELOW, and then read the new request's below entry, the original body, under a
 * caller running the patch: o2:i1. {@link Dispatcher#confirm} sees the slot's request changed,
 * and {@link Dispatcher#reroute} chooses by the new one.
 */
class RouteConfirmTest {

    private static final MethodHandle P = MethodHandles.constant(String.class, "p");
    private static final MethodHandle Q = MethodHandles.constant(String.class, "q");

    @Test
    void anEntryPublishedAfterRouteIsChosenAgain() {
        long before = Dispatcher.word();
        MethodSlot slot = Trampolines.newSlot("t.Inner.m()Ljava/lang/String;");
        int done = Dispatcher.request(before) + 1;
        int next = done + 1;
        // Request `done` (disabling q over p) completed on this slot: its settled route is BELOW (p).
        FuncStack pq = FuncStack.EMPTY.push("p", P).push("q", Q);
        slot.publish(new Shape(pq.withTopInTransition(true), done, Dispatcher.ROUTE_BELOW, slot.notWatchingPolicy()),
                null);
        slot.publish(new Shape(FuncStack.EMPTY.push("p", P).withTopInTransition(false), done, Dispatcher.ROUTE_BELOW,
                slot.notWatchingPolicy()), null);
        ThreadRecord r = Epoch.enter();
        try {
            // The next request (disabling p) publishes its word; this slot not yet.
            Dispatcher.publish(Dispatcher.word(next, Dispatcher.UNPATCHED, Dispatcher.PATCHED, false));
            assertEquals(Dispatcher.ROUTE_BELOW, Dispatcher.route(slot.id(), r), "the settled route of the request before");
            assertTrue(Dispatcher.confirm(slot.id(), r), "nothing published since");
            // Now the slot: p on top, in transition; below it the original body.
            Slots.transition(slot, FuncStack.EMPTY.push("p", P));
            assertFalse(Dispatcher.confirm(slot.id(), r), "the below entry read now is the new request's");
            assertEquals(Dispatcher.ROUTE_TOP, Dispatcher.reroute(slot.id(), r),
                    "this thread has not switched: it runs p, as its caller does");
            assertTrue(Dispatcher.confirm(slot.id(), r));
        } finally {
            Epoch.exit(r);
            Dispatcher.publish(before);
        }
    }
}
