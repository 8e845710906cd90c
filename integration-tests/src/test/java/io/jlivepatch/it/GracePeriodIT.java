package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.GracePatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ControlClient;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.PatchList;
import io.jlivepatch.it.support.TargetJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A grace period that gives up reclaims nothing (issue 10, scenario 7): the post-unpatch
 * callbacks, and the unload, wait for a grace period that succeeds; {@code list} says what waits.
 */
class GracePeriodIT {

    @TempDir
    Path jars;

    /**
     * A thread switched to the unpatched state enters {@code work} in a read section and stays
     * there past the completing grace period (2 s here). Before, the agent then ran the
     * {@code @PostUnpatch} callback at once and let the patch be unloaded, under a reader of it.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void postUnpatchAndUnloadWaitForAGracePeriodThatSucceeds() throws Exception {
        Path jar = PatchJars.of(jars, "grace", GracePatch.class);
        try (TargetJvm target = TargetJvm.startFixtureWithAgent("grace-period-timeout=2")) {
            Cli.load(target.pid(), jar).assertSuccess();
            ControlClient control = ControlClient.of(target.pid());
            assertEquals("grace-work=w2", target.call("grace-work"));
            assertEquals("park-grace-hold=parked", target.call("park-grace-hold"), "holds the disable");
            assertTrue(control.request("disable", "--no-wait", "grace").ok());
            assertEquals("start-grace-work=at-a", target.call("start-grace-work"));
            control.awaitThreadState("grace-work", "unpatched");
            assertEquals("open-a-grace-work=at-b", target.call("open-a-grace-work"),
                    "switched, then inside work, in a read section");
            assertEquals(List.of("pre-unpatch"), target.callbackEvents());

            assertEquals("release-grace-hold=h2", target.call("release-grace-hold"));
            target.awaitStderrLine("the grace period giving up", l -> l.contains("'grace': a read section outlived"
                    + " the grace period after the unpatching transition"), Duration.ofSeconds(20));
            target.awaitStderrLine("the end of the disable", l -> l.endsWith("'grace': unpatching complete"),
                    Duration.ofSeconds(20));
            PatchList.Patch grace = PatchList.parse("list", control.run("list")).get("grace");
            assertFalse(grace.enabled());
            assertTrue(grace.line().contains("(post-unpatch callbacks wait for a grace period)"), grace.line());
            assertEquals(List.of(), target.callbackEvents(), "no post-unpatch under a reader");
            ControlClient.Answer unload = control.request("unload", "grace");
            assertFalse(unload.ok(), "unloaded under a reader");
            assertTrue(unload.lines().get(0).contains("wait for a grace period"), unload.lines().toString());
            ControlClient.Answer enable = control.request("enable", "grace");
            assertFalse(enable.ok(), "enabled before its post-unpatch ran");

            assertEquals("open-b-grace-work=w1", target.call("open-b-grace-work"), "the reader ran the original");
            target.awaitStderrLine("the deferred reclamation", l -> l.endsWith(
                    "'grace': a grace period passed; its post-unpatch callbacks ran"), Duration.ofSeconds(30));
            assertEquals(List.of("post-unpatch"), target.callbackEvents());
            grace = PatchList.parse("list", control.run("list")).get("grace");
            assertFalse(grace.line().contains("wait"), grace.line());
            assertEquals(List.of("unloaded patch 'grace'"), control.run("unload", "grace"));
        }
    }
}
