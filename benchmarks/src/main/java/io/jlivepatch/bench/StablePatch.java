package io.jlivepatch.bench;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/**
 * Redirects {@link StableTarget}'s methods and stays enabled: the trampolines run in stable mode.
 * The replacements do the same amount of work as the originals with other constants, so their
 * answers tell which code ran. The benchmark also calls them directly, as the baseline of the
 * stable mode: this class is on the class path as well as (as a hidden copy) in the patch jar.
 */
@LivePatch(id = StablePatch.ID, description = "benchmark: stable trampolines")
public final class StablePatch {

    static final String ID = "bench-stable";

    private StablePatch() {
    }

    @Redirect(type = "io.jlivepatch.bench.StableTarget", method = "mix")
    public static int mix(StableTarget self, int v) {
        int h = (v ^ self.salt) * 0x85EBCA6B;
        return h ^ (h >>> 13);
    }

    @Redirect(type = "io.jlivepatch.bench.StableTarget", method = "mixStatic")
    public static int mixStatic(int v, int salt) {
        int h = (v ^ salt) * 0x85EBCA6B;
        return h ^ (h >>> 13);
    }
}
