package io.jlivepatch.transition;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.bootstrap.Dispatcher;
import io.jlivepatch.stackfixture.Frames;
import org.junit.jupiter.api.Test;

/**
 * The thread's own check at its outermost exit ({@link StackCheck#mayLeave}): the frame that is
 * leaving does not hold the thread, a frame of a changing method below it does, whatever its
 * class, and a frame of another method of a changing class does not. Each stack is
 * {@code Frames.leaving} (leaving) over the callers named, over this test.
 */
class StackCheckTest {

    private static final int REQUEST = 7;
    private static final long WORD = Dispatcher.word(REQUEST, Dispatcher.PATCHED, Dispatcher.UNPATCHED, false);
    private static final String CHECK = "(Ljava/util/function/BooleanSupplier;)Z";
    private static final String FRAMES = Frames.class.getName();
    private static final String OUTER = Frames.Outer.class.getName();

    private static StackCheck changing(String className, String method) {
        StackCheck c = new StackCheck(REQUEST);
        c.add(className, method, CHECK);
        return c;
    }

    @Test
    void theLeavingFrameDoesNotHoldTheThread() {
        StackCheck c = changing(FRAMES, "leaving");
        assertTrue(Frames.leaving(() -> c.mayLeave(WORD)));
    }

    @Test
    void aChangingCallerOfTheSameClassHoldsIt() {
        StackCheck c = changing(FRAMES, "caller");
        assertFalse(Frames.caller(() -> c.mayLeave(WORD)), "caller is below the leaving frame");
        assertFalse(Frames.Outer.outer(() -> c.mayLeave(WORD)));
    }

    @Test
    void aChangingCallerOfAnotherClassHoldsIt() {
        StackCheck c = changing(OUTER, "outer");
        assertFalse(Frames.Outer.outer(() -> c.mayLeave(WORD)), "Outer.outer is two frames below");
        assertTrue(Frames.caller(() -> c.mayLeave(WORD)), "no frame of Outer on this stack");
    }

    @Test
    void anotherMethodOfAChangingClassDoesNotHoldIt() {
        StackCheck c = changing(FRAMES, "elsewhere");
        assertTrue(Frames.caller(() -> c.mayLeave(WORD)), "caller is not changing, only its class has a method that is");
        assertTrue(Frames.Outer.outer(() -> c.mayLeave(WORD)));
    }

    @Test
    void anOverloadWithAnotherDescriptorDoesNotHoldIt() {
        StackCheck c = new StackCheck(REQUEST);
        c.add(FRAMES, "caller", "(I)Z");
        assertTrue(Frames.caller(() -> c.mayLeave(WORD)), "the thread's own check is exact");
    }

    @Test
    void anotherRequestsWordNeverLetsItLeave() {
        StackCheck c = changing(OUTER, "outer");
        long other = Dispatcher.word(REQUEST + 1, Dispatcher.PATCHED, Dispatcher.UNPATCHED, false);
        assertFalse(Frames.leaving(() -> c.mayLeave(other)));
    }
}
