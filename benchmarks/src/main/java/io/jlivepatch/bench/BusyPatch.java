package io.jlivepatch.bench;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** Redirects {@link BusyTarget#work}, enabled and disabled by {@link EnableBenchmark}. */
@LivePatch(id = BusyPatch.ID, description = "benchmark: enable under busy threads")
public final class BusyPatch {

    static final String ID = "bench-busy";

    private BusyPatch() {
    }

    @Redirect(type = "io.jlivepatch.bench.BusyTarget", method = "work")
    public static int work(int v) {
        int h = v * 0x85EBCA6B;
        for (int i = 0; i < 64; i++) {
            h = (h ^ (h >>> 13)) * 0x9E3779B1;
        }
        return h;
    }
}
