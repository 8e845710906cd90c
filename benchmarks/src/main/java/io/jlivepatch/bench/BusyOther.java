package io.jlivepatch.bench;

/**
 * The work of {@link EnableBenchmark}'s {@code platform-mixed} requests that no patch touches:
 * {@link BusyTarget#work}'s twin, so that a request's calls cost alike whichever they call.
 */
public final class BusyOther {

    private BusyOther() {
    }

    public static int work(int v) {
        int h = v * 0x9E3779B1;
        for (int i = 0; i < 64; i++) {
            h = (h ^ (h >>> 15)) * 0x85EBCA6B;
        }
        return h;
    }
}
