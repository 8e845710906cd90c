package io.jlivepatch.epoch;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Optional;

/**
 * Linux {@code membarrier(MEMBARRIER_CMD_PRIVATE_EXPEDITED)} through the FFM API: one system call
 * that makes every running thread of this process execute a full memory barrier, which is what a
 * grace period needs from readers that announce with a plain store.
 *
 * <p>Reached by reflection, since the agent is compiled for Java 17 and the FFM API is final
 * from Java 22. Used only where linking it prints no warning: the agent's module must have
 * native access enabled ({@code --enable-native-access=ALL-UNNAMED}); otherwise the JDK would
 * warn about a restricted method in the host's standard error.
 */
final class Membarrier {

    private static final int CMD_QUERY = 0;
    private static final int CMD_PRIVATE_EXPEDITED = 1 << 3;
    private static final int CMD_REGISTER_PRIVATE_EXPEDITED = 1 << 4;

    private final MethodHandle syscall;
    private final long number;

    private Membarrier(MethodHandle syscall, long number) {
        this.syscall = syscall;
        this.number = number;
    }

    /** The barrier, if this JVM and kernel offer it without a warning. */
    static Optional<Membarrier> create() {
        long number = syscallNumber();
        if (Runtime.version().feature() < 22 || number < 0 || !nativeAccessEnabled()) {
            return Optional.empty();
        }
        try {
            Membarrier m = new Membarrier(link(), number);
            long supported = m.call(CMD_QUERY);
            int needed = CMD_PRIVATE_EXPEDITED | CMD_REGISTER_PRIVATE_EXPEDITED;
            if (supported < 0 || (supported & needed) != needed || m.call(CMD_REGISTER_PRIVATE_EXPEDITED) != 0) {
                return Optional.empty();
            }
            return Optional.of(m);
        } catch (Throwable t) {
            return Optional.empty();
        }
    }

    /** Every running thread of the process executes a full memory barrier before this returns. */
    void run() {
        try {
            if (call(CMD_PRIVATE_EXPEDITED) != 0) {
                throw new IllegalStateException("membarrier failed");
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private long call(int command) throws Throwable {
        return (long) syscall.invokeExact(number, command, 0, 0);
    }

    private static long syscallNumber() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            return -1;
        }
        return switch (System.getProperty("os.arch", "")) {
            case "amd64", "x86_64" -> 324;
            case "aarch64" -> 283;
            default -> -1;
        };
    }

    private static boolean nativeAccessEnabled() {
        try {
            Method m = Module.class.getMethod("isNativeAccessEnabled");
            return (boolean) m.invoke(Membarrier.class.getModule());
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /** {@code long syscall(long number, ...)} with three {@code int} variadic arguments. */
    private static MethodHandle link() throws ReflectiveOperationException {
        Class<?> linkerClass = Class.forName("java.lang.foreign.Linker");
        Class<?> optionClass = Class.forName("java.lang.foreign.Linker$Option");
        Class<?> lookupClass = Class.forName("java.lang.foreign.SymbolLookup");
        Class<?> segmentClass = Class.forName("java.lang.foreign.MemorySegment");
        Class<?> layoutClass = Class.forName("java.lang.foreign.MemoryLayout");
        Class<?> valueLayoutClass = Class.forName("java.lang.foreign.ValueLayout");
        Class<?> descriptorClass = Class.forName("java.lang.foreign.FunctionDescriptor");

        Object linker = linkerClass.getMethod("nativeLinker").invoke(null);
        Object lookup = linkerClass.getMethod("defaultLookup").invoke(linker);
        Optional<?> symbol = (Optional<?>) lookupClass.getMethod("find", String.class).invoke(lookup, "syscall");
        if (symbol.isEmpty()) {
            throw new ReflectiveOperationException("no syscall symbol");
        }
        Object javaLong = valueLayoutClass.getField("JAVA_LONG").get(null);
        Object javaInt = valueLayoutClass.getField("JAVA_INT").get(null);
        Object args = Array.newInstance(layoutClass, 4);
        Array.set(args, 0, javaLong);
        Array.set(args, 1, javaInt);
        Array.set(args, 2, javaInt);
        Array.set(args, 3, javaInt);
        Object descriptor = descriptorClass.getMethod("of", layoutClass, args.getClass()).invoke(null, javaLong, args);
        Object options = Array.newInstance(optionClass, 1);
        Array.set(options, 0, optionClass.getMethod("firstVariadicArg", int.class).invoke(null, 1));
        return (MethodHandle) linkerClass.getMethod("downcallHandle", segmentClass, descriptorClass, options.getClass())
                .invoke(linker, symbol.get(), descriptor, options);
    }
}
