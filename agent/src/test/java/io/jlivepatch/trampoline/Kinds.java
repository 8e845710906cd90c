package io.jlivepatch.trampoline;

import java.io.IOException;
import java.util.Arrays;

/** Methods of every shape the trampoline must handle; instrumented by {@link TrampolineEmitterTest}. */
public class Kinds implements Greeter {

    public static int sideEffects;

    private final int base;

    public Kinds(int base) {
        this.base = base;
    }

    public static int staticInt(int x) {
        return x + 1;
    }

    public long instanceLong(long a, double b) {
        return a + (long) b + base;
    }

    public static void staticVoid(int x) {
        sideEffects += x;
    }

    public boolean isPositive(int x) {
        return x > 0;
    }

    public static byte toByte(int x) {
        return (byte) x;
    }

    public static char firstChar(String s) {
        return s.charAt(0);
    }

    public static short toShort(int x) {
        return (short) x;
    }

    public static float half(float x) {
        return x / 2;
    }

    public static double twice(double x) {
        return x * 2;
    }

    private String secret(String s) {
        return "secret " + s + base;
    }

    public String callSecret(String s) {
        return secret(s);
    }

    public final synchronized int locked(int x) {
        return x * base;
    }

    public static String joined(String... parts) {
        return String.join("+", Arrays.asList(parts));
    }

    public static int throwing(int x) throws IOException {
        if (x < 0) {
            throw new IOException("negative " + x);
        }
        return x;
    }

    /** The first instruction is the target of a backward branch: it carries a stack map frame. */
    public static int countDown(int n) {
        do {
            n--;
        } while (n > 0);
        return n;
    }
}
