package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jlivepatch.it.patches.StackAPatch;
import io.jlivepatch.it.patches.StackBPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.PatchList;
import io.jlivepatch.it.support.TargetJvm;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two patches of one method, the kernel's {@code func_stack}: the newest enabled patch answers,
 * and taking a patch off, from the top or from below, leaves the right one answering.
 *
 * <p>{@code stack-a} answers {@code A}, {@code stack-b} answers {@code B}, the original
 * {@code original}. Each test starts with both loaded in that order and unloads both at the end,
 * so the tests share one fixture JVM.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StackingIT {

    private static final String ORIGINAL = "stacked=original";
    private static final String A = "stacked=A";
    private static final String B = "stacked=B";

    @TempDir
    static Path jars;

    private TargetJvm target;
    private Path jarA;
    private Path jarB;

    @BeforeAll
    void startTarget() {
        target = TargetJvm.startFixture();
        jarA = PatchJars.of(jars, "stack-a", StackAPatch.class);
        jarB = PatchJars.of(jars, "stack-b", StackBPatch.class);
    }

    @AfterAll
    void stopTarget() {
        if (target != null) {
            target.close();
        }
    }

    @BeforeEach
    void loadBothInOrder() {
        assertEquals(ORIGINAL, target.call("stacked"), "before any patch");
        Cli.load(target.pid(), jarA).assertSuccess();
        assertEquals(A, target.call("stacked"), "stack-a alone");
        Cli.load(target.pid(), jarB).assertSuccess();
        assertEquals(B, target.call("stacked"), "stack-b loaded over stack-a");
    }

    /** Leaves no patch behind, whatever the test did, so the next test starts from the original. */
    /** Leaves no patch behind, whatever the test did, so the next test starts from the original. */
    @AfterEach
    void unloadBoth() {
        PatchList list = Cli.list(target.pid()).patchList();
        for (String id : new String[] {"stack-b", "stack-a"}) {
            if (list.find(id).map(PatchList.Patch::enabled).orElse(false)) {
                Cli.disable(target.pid(), id).assertSuccess();
            }
        }
        for (String id : new String[] {"stack-b", "stack-a"}) {
            if (list.has(id)) {
                Cli.unload(target.pid(), id).assertSuccess();
            }
        }
        assertEquals(ORIGINAL, target.call("stacked"), "after unloading both");
    }

    @Test
    void peelsFromTheTop() {
        Cli.disable(target.pid(), "stack-b").assertSuccess();
        assertEquals(A, target.call("stacked"), "stack-b off, stack-a below it answers");
        Cli.disable(target.pid(), "stack-a").assertSuccess();
        assertEquals(ORIGINAL, target.call("stacked"), "both off");
    }

    @Test
    void peelsFromBelow() {
        Cli.disable(target.pid(), "stack-a").assertSuccess();
        assertEquals(B, target.call("stacked"), "stack-a off from below, stack-b still on top");
        PatchList list = Cli.list(target.pid()).patchList();
        assertFalse(list.get("stack-a").enabled(), "stack-a disabled: " + list);
        Cli.disable(target.pid(), "stack-b").assertSuccess();
        assertEquals(ORIGINAL, target.call("stacked"), "both off");
    }

    @Test
    void enablePushesOnTop() {
        Cli.disable(target.pid(), "stack-a").assertSuccess();
        assertEquals(B, target.call("stacked"), "stack-a off from below");
        Cli.enable(target.pid(), "stack-a").assertSuccess();
        assertEquals(A, target.call("stacked"), "stack-a enabled again goes on top of stack-b");
        Cli.disable(target.pid(), "stack-a").assertSuccess();
        assertEquals(B, target.call("stacked"), "stack-a off the top, stack-b answers");
        Cli.disable(target.pid(), "stack-b").assertSuccess();
        assertEquals(ORIGINAL, target.call("stacked"), "both off");
    }
}
