package io.jlivepatch.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jlivepatch.bootstrap.Dispatcher;
import io.jlivepatch.stackfixture.Frames;
import java.lang.StackWalker.StackFrame;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
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

    /**
     * The walk by classes (JDK 22+) answers for the exact one only where both show the same
     * frames, in the same order, by the same class names: reached directly, through reflection,
     * through a method handle, from a lambda and from a stream's pipeline. A JDK that drops or
     * adds a frame in one of them would make the check unsound (review).
     */
    @Test
    void theWalkByClassesShowsTheFramesOfTheExactWalk() throws Throwable {
        assumeTrue(StackCheck.CLASSES_ONLY != null, "no walk by classes before JDK 22");
        MethodHandle handle = MethodHandles.lookup().findStatic(StackCheckTest.class, "bothWalks",
                MethodType.methodType(List.class));
        Supplier<List<List<String>>> lambda = StackCheckTest::bothWalks;
        @SuppressWarnings("unchecked")
        List<List<List<String>>> ways = List.of(bothWalks(),
                (List<List<String>>) StackCheckTest.class.getDeclaredMethod("bothWalks").invoke(null),
                (List<List<String>>) handle.invokeExact(),
                lambda.get(),
                Stream.of(1).map(i -> bothWalks()).findFirst().orElseThrow());
        for (List<List<String>> walks : ways) {
            assertTrue(walks.get(1).size() > 3, walks.toString());
            assertEquals(walks.get(1), walks.get(0));
        }
    }

    /** The class names of this thread's frames, by classes and exactly, from one call. */
    private static List<List<String>> bothWalks() {
        return List.of(classNames(StackCheck.CLASSES_ONLY), classNames(StackCheck.EXACT));
    }

    private static List<String> classNames(StackWalker walker) {
        return walker.walk(frames -> frames.map(StackFrame::getClassName).toList());
    }
}
