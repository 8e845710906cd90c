package io.jlivepatch.trampoline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.bootstrap.Dispatcher;
import io.jlivepatch.bootstrap.Epoch;
import io.jlivepatch.bootstrap.FuncStack;
import io.jlivepatch.bootstrap.MethodSlot;
import io.jlivepatch.bootstrap.ThreadRecord;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Instruments {@link Kinds} and {@link Greeter} with trampolines, loads the result in a class
 * loader of its own and runs every method in every mode: idle, stable, and both sides of a
 * transition.
 */
class TrampolineEmitterTest {

    private static Instrumented instrumented;
    private static final Map<String, MethodSlot> SLOTS = new HashMap<>();
    private static Class<?> kinds;
    private static Class<?> greeter;

    @BeforeAll
    static void instrument() throws Exception {
        instrumented = new Instrumented(Kinds.class, Greeter.class);
        SLOTS.putAll(instrumented.slots());
        kinds = instrumented.loaded("Kinds");
        greeter = instrumented.loaded("Greeter");
    }

    @Test
    void everyTargetGotATrampoline() {
        for (MethodSlot slot : SLOTS.values()) {
            assertTrue(instrumented.emitted(slot), slot.name());
        }
    }

    @Test
    void staticIntInEveryMode() throws Throwable {
        MethodSlot slot = SLOTS.get("Kinds.staticInt");
        MethodHandle replacement = replacement(int.class, 42, int.class);
        assertModes(slot, replacement, () -> call("staticInt", null, 1), 2, 42);
    }

    @Test
    void instanceMethodWithWideArguments() throws Throwable {
        Object k = kinds.getConstructor(int.class).newInstance(100);
        MethodHandle replacement = MethodHandles.lookup().findStatic(TrampolineEmitterTest.class, "minus",
                MethodType.methodType(long.class, Object.class, long.class, double.class))
                .asType(MethodType.methodType(long.class, kinds, long.class, double.class));
        assertModes(SLOTS.get("Kinds.instanceLong"), replacement, () -> call("instanceLong", k, 5L, 2.5), 107L, 2L);
    }

    @Test
    void voidMethodRunsReplacementInstead() throws Throwable {
        MethodSlot slot = SLOTS.get("Kinds.staticVoid");
        Field counter = new Field(kinds, "sideEffects");
        MethodHandle replacement = MethodHandles.dropArguments(MethodHandles.empty(MethodType.methodType(void.class)),
                0, int.class);
        counter.set(0);
        call("staticVoid", null, 3);
        assertEquals(3, counter.get());
        Slots.stable(slot, FuncStack.EMPTY.push("p", replacement));
        call("staticVoid", null, 3);
        assertEquals(3, counter.get(), "the replacement ran instead of the body");
        Slots.idle(slot);
        call("staticVoid", null, 3);
        assertEquals(6, counter.get());
    }

    @Test
    void everyPrimitiveReturnType() throws Throwable {
        Object k = kinds.getConstructor(int.class).newInstance(1);
        assertModes(SLOTS.get("Kinds.isPositive"), replacementWithReceiver(boolean.class, false, int.class),
                () -> call("isPositive", k, 5), true, false);
        assertModes(SLOTS.get("Kinds.toByte"), replacement(byte.class, (byte) 7, int.class),
                () -> call("toByte", null, 300), (byte) 44, (byte) 7);
        assertModes(SLOTS.get("Kinds.firstChar"), replacement(char.class, 'z', String.class),
                () -> call("firstChar", null, "abc"), 'a', 'z');
        assertModes(SLOTS.get("Kinds.toShort"), replacement(short.class, (short) 9, int.class),
                () -> call("toShort", null, 70000), (short) 4464, (short) 9);
        assertModes(SLOTS.get("Kinds.half"), replacement(float.class, 0.25f, float.class),
                () -> call("half", null, 3f), 1.5f, 0.25f);
        assertModes(SLOTS.get("Kinds.twice"), replacement(double.class, 0.5, double.class),
                () -> call("twice", null, 3.0), 6.0, 0.5);
    }

    @Test
    void privateFinalSynchronizedAndVarargs() throws Throwable {
        Object k = kinds.getConstructor(int.class).newInstance(3);
        assertModes(SLOTS.get("Kinds.secret"), replacementWithReceiver(String.class, "patched", String.class),
                () -> call("callSecret", k, "x"), "secret x3", "patched");
        assertModes(SLOTS.get("Kinds.locked"), replacementWithReceiver(int.class, -1, int.class),
                () -> call("locked", k, 5), 15, -1);
        assertModes(SLOTS.get("Kinds.joined"), replacement(String.class, "v", String[].class),
                () -> call("joined", null, (Object) new String[] {"a", "b"}), "a+b", "v");
    }

    @Test
    void replacementExceptionsReachTheCallerUnchanged() throws Throwable {
        MethodSlot slot = SLOTS.get("Kinds.throwing");
        IOException thrown = new IOException("from the replacement");
        MethodHandle replacement = MethodHandles.dropArguments(
                MethodHandles.throwException(int.class, IOException.class).bindTo(thrown), 0, int.class);
        Slots.stable(slot, FuncStack.EMPTY.push("p", replacement));
        try {
            InvocationTargetException e = assertThrows(InvocationTargetException.class,
                    () -> method("throwing").invoke(null, 1));
            assertSame(thrown, e.getCause());
        } finally {
            Slots.idle(slot);
        }
        InvocationTargetException e = assertThrows(InvocationTargetException.class,
                () -> method("throwing").invoke(null, -2));
        assertEquals("negative -2", e.getCause().getMessage());
    }

    @Test
    void bodyStartingWithABranchTarget() throws Throwable {
        assertModes(SLOTS.get("Kinds.countDown"), replacement(int.class, 99, int.class),
                () -> call("countDown", null, 3), 0, 99);
    }

    @Test
    void interfaceDefaultAndStaticMethods() throws Throwable {
        Object k = kinds.getConstructor(int.class).newInstance(0);
        Method greet = greeter.getMethod("greet", String.class);
        MethodHandle greetReplacement = MethodHandles.dropArguments(
                MethodHandles.constant(String.class, "hi"), 0, greeter, String.class);
        assertModes(SLOTS.get("Greeter.greet"), greetReplacement, () -> greet.invoke(k, "bob"), "hello bob", "hi");
        Method shout = greeter.getMethod("shout", String.class);
        assertModes(SLOTS.get("Greeter.shout"), replacement(String.class, "quiet", String.class),
                () -> shout.invoke(null, "a"), "A", "quiet");
    }

    @Test
    void theTransitionPathRunsTheWholeCallInsideAReadSection() throws Throwable {
        MethodSlot slot = SLOTS.get("Kinds.staticInt");
        MethodHandle observer = MethodHandles.lookup().findStatic(TrampolineEmitterTest.class, "announcement",
                MethodType.methodType(int.class, int.class));
        FuncStack stack = FuncStack.EMPTY.push("patch", observer).withTopInTransition(true);
        try {
            newRequest();
            Slots.transition(slot, stack);
            allThreadsIn(Dispatcher.PATCHED);
            assertEquals(1, call("staticInt", null, 0), "the replacement ran inside a read section");
            assertOutsideReadSections();
        } finally {
            Slots.idle(slot);
        }
        assertEquals(1, call("staticInt", null, 0), "idle: the original body");
    }

    @Test
    void aThrowingCallLeavesItsReadSection() throws Throwable {
        MethodSlot slot = SLOTS.get("Kinds.throwing");
        IOException thrown = new IOException("from the replacement");
        MethodHandle replacement = MethodHandles.dropArguments(
                MethodHandles.throwException(int.class, IOException.class).bindTo(thrown), 0, int.class);
        FuncStack stack = FuncStack.EMPTY.push("patch", replacement).withTopInTransition(true);
        try {
            newRequest();
            Slots.transition(slot, stack);
            allThreadsIn(Dispatcher.PATCHED);
            assertThrows(InvocationTargetException.class, () -> method("throwing").invoke(null, 1));
            assertOutsideReadSections();
            allThreadsIn(Dispatcher.UNPATCHED);
            InvocationTargetException e = assertThrows(InvocationTargetException.class,
                    () -> method("throwing").invoke(null, -1));
            assertEquals("negative -1", e.getCause().getMessage(), "the original body threw");
            assertOutsideReadSections();
        } finally {
            allThreadsIn(Dispatcher.PATCHED);
            Slots.idle(slot);
        }
    }

    private static int request = 1_000_000;

    /**
     * Starts a transition request, as {@code Transition.initTransition} does before the core
     * switches any call site: a slot in transition belongs to the request it was switched in.
     */
    private static void newRequest() {
        request++;
        allThreadsIn(Dispatcher.PATCHED);
    }

    /** Puts every thread of the current request in {@code state}. */
    private static void allThreadsIn(int state) {
        Dispatcher.publish(Dispatcher.word(request, state, state, false));
    }

    /** A replacement that answers 1 when its thread is inside a read section. */
    static int announcement(int ignored) {
        return currentRecordAnnouncement() == Epoch.IDLE ? 0 : 1;
    }

    private static long currentRecordAnnouncement() {
        for (ThreadRecord r : Epoch.records()) {
            if (r.owner() == Thread.currentThread()) {
                return r.announcedAcquire();
            }
        }
        return Epoch.IDLE;
    }

    private static void assertOutsideReadSections() {
        assertEquals(Epoch.IDLE, currentRecordAnnouncement(), "the read section was left");
    }

    static long minus(Object self, long a, double b) {
        return a - (long) b - 1;
    }

    private interface Call {
        Object run() throws Throwable;
    }

    /**
     * Runs {@code call} idle (original), stable (replacement), in a transition towards the
     * patched state (replacement) and towards the unpatched state (original), then idle again.
     */
    private static void assertModes(MethodSlot slot, MethodHandle replacement, Call call, Object original,
            Object patched) throws Throwable {
        assertEquals(original, call.run(), "idle");
        FuncStack stack = FuncStack.EMPTY.push("patch", replacement);
        try {
            Slots.stable(slot, stack);
            assertEquals(patched, call.run(), "stable");
            newRequest();
            Slots.transition(slot, stack.withTopInTransition(true));
            allThreadsIn(Dispatcher.PATCHED);
            assertEquals(patched, call.run(), "transition, thread patched");
            assertOutsideReadSections();
            allThreadsIn(Dispatcher.UNPATCHED);
            assertEquals(original, call.run(), "transition, thread unpatched");
            assertOutsideReadSections();
        } finally {
            allThreadsIn(Dispatcher.PATCHED);
            Slots.idle(slot);
        }
        assertEquals(original, call.run(), "idle again");
    }

    private static MethodHandle replacement(Class<?> type, Object value, Class<?>... parameters) {
        return MethodHandles.dropArguments(MethodHandles.constant(type, value), 0, parameters);
    }

    private static MethodHandle replacementWithReceiver(Class<?> type, Object value, Class<?>... parameters) {
        return MethodHandles.dropArguments(replacement(type, value, parameters), 0, kinds);
    }

    private static Object call(String name, Object receiver, Object... args) throws Throwable {
        try {
            return method(name).invoke(receiver, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Method method(String name) {
        for (Method m : kinds.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                m.setAccessible(true);
                return m;
            }
        }
        throw new AssertionError("no method " + name);
    }

    /** A static int field of the instrumented class. */
    private record Field(Class<?> owner, String name) {
        int get() throws ReflectiveOperationException {
            return owner.getField(name).getInt(null);
        }

        void set(int value) throws ReflectiveOperationException {
            owner.getField(name).setInt(null, value);
        }
    }
}
