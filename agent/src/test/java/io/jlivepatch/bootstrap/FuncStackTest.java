package io.jlivepatch.bootstrap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import org.junit.jupiter.api.Test;

class FuncStackTest {

    private final MethodHandle a = MethodHandles.constant(String.class, "a");
    private final MethodHandle b = MethodHandles.constant(String.class, "b");

    @Test
    void newestOnTopAndTheOneBelowIsTheOlder() {
        FuncStack s = FuncStack.EMPTY.push("p1", a).push("p2", b);
        assertSame(b, s.top());
        assertSame(a, s.belowTop());
        assertSame("p2", s.topOwner());
    }

    @Test
    void removingTheTopFallsBackToTheOneBelow() {
        FuncStack s = FuncStack.EMPTY.push("p1", a).push("p2", b).remove("p2");
        assertSame(a, s.top());
        assertNull(s.belowTop(), "below the last entry is the original body");
    }

    @Test
    void removingFromBelowKeepsTheTop() {
        FuncStack s = FuncStack.EMPTY.push("p1", a).push("p2", b).remove("p1");
        assertSame(b, s.top());
        assertSame(1, s.size());
    }

    @Test
    void removingTheLastEntryLeavesTheEmptyStack() {
        assertSame(FuncStack.EMPTY, FuncStack.EMPTY.push("p1", a).remove("p1"));
        assertNull(FuncStack.EMPTY.top());
    }

    @Test
    void stacksAreImmutable() {
        FuncStack one = FuncStack.EMPTY.push("p1", a);
        FuncStack two = one.push("p2", b);
        FuncStack flagged = two.withTopInTransition(true);
        assertSame(a, one.top());
        assertFalse(two.topInTransition());
        assertTrue(flagged.topInTransition());
        assertFalse(flagged.push("p3", a).topInTransition(), "a new entry starts outside any transition");
    }

    @Test
    void aPatchStacksOnceOnAMethod() {
        FuncStack s = FuncStack.EMPTY.push("p1", a);
        assertThrows(IllegalStateException.class, () -> s.push("p1", b));
    }
}
