package io.jlivepatch.bench;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/**
 * Puts trampolines into {@link IdleTarget}; the benchmark disables it at once, which leaves them
 * idle. Its answers differ from the originals', so a trampoline that is not idle shows.
 */
@LivePatch(id = IdlePatch.ID, description = "benchmark: idle trampolines")
public final class IdlePatch {

    static final String ID = "bench-idle";

    private IdlePatch() {
    }

    @Redirect(type = "io.jlivepatch.bench.IdleTarget", method = "mix")
    public static int mix(IdleTarget self, int v) {
        int h = (v ^ self.salt) * 0x85EBCA6B;
        return h ^ (h >>> 13);
    }

    @Redirect(type = "io.jlivepatch.bench.IdleTarget", method = "scramble")
    public static int scramble(IdleTarget self, int v) {
        int h = (v ^ self.salt) * 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0x9E3779B1;
        return h ^ (h >>> 15);
    }

    @Redirect(type = "io.jlivepatch.bench.IdleTarget", method = "mixStatic")
    public static int mixStatic(int v, int salt) {
        int h = (v ^ salt) * 0x85EBCA6B;
        return h ^ (h >>> 13);
    }
}
