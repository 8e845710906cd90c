package io.jlivepatch.bench;

/** The method {@link EnableBenchmark}'s busy threads call, and its patch redirects. */
public final class BusyTarget {

    private BusyTarget() {
    }

    public static int work(int v) {
        int h = v * 0x9E3779B1;
        for (int i = 0; i < 64; i++) {
            h = (h ^ (h >>> 15)) * 0x85EBCA6B;
        }
        return h;
    }
}
