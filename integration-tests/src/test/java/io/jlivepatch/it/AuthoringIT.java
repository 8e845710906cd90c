package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.authoring.Marks;
import io.jlivepatch.it.patches.authoring.OrdersFix;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ControlClient;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.TargetJvm;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A patch written as people write one (issue 11, part 1): helper and nested classes of the jar,
 * a lambda and method references, an anonymous class, an enum switch, a record, string
 * concatenation and a switch on strings all run, on every JDK the tests run on. Before, the
 * jar was refused naming a class javac wrote ({@code Marks$1}, the enum switch map), and a
 * lambda was accepted and then failed on every call on JDK 17. An exception thrown by patch code
 * shows its frames: the patch id, the patch's source file and line.
 */
class AuthoringIT {

    @TempDir
    Path jars;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void whatJavacWritesForAFixRuns() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals("orders-summary=ada:express:pear,apple", target.call("orders-summary"));
            Cli.load(target.pid(), jar()).assertSuccess();
            assertEquals("orders-summary=ADA:express!:pear,apple", target.call("orders-summary"));
            ControlClient control = ControlClient.of(target.pid());
            assertEquals(List.of("disabled patch 'orders-fix'"), control.run("disable", "orders-fix"));
            assertEquals("orders-summary=ada:express:pear,apple", target.call("orders-summary"));
            assertEquals(List.of("enabled patch 'orders-fix'"), control.run("enable", "orders-fix"));
            assertEquals("orders-summary=ADA:express!:pear,apple", target.call("orders-summary"));
            assertTrue(target.stderrLines().stream().noneMatch(l -> l.contains("warning")),
                    String.join("\n", target.stderrLines()));
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aStackTraceThroughPatchCodeNamesThePatchItsFileAndLine() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            String before = target.call("orders-quantity");
            assertTrue(before.startsWith("orders-quantity=java.lang.NumberFormatException"), before);
            Cli.load(target.pid(), jar()).assertSuccess();
            String trace = target.call("orders-quantity");
            assertTrue(trace.startsWith("orders-quantity=java.lang.IllegalArgumentException: blank quantity ' '"), trace);
            assertTrue(trace.contains("|at jlivepatch:orders-fix//io.jlivepatch.it.patches.authoring.Marks.refuse(Marks.java:"),
                    trace);
            assertTrue(trace.contains("|at jlivepatch:orders-fix//io.jlivepatch.it.patches.authoring.OrdersFix.quantity("
                    + "OrdersFix.java:"), trace);
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aShadowVariableLivesWhileThePatchIsLoadedAndGoesWithIt() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals("orders-visit=visit", target.call("orders-visit"));
            Cli.load(target.pid(), jar()).assertSuccess();
            assertEquals("orders-visit=visit#1", target.call("orders-visit"));
            assertEquals("orders-visit=visit#2", target.call("orders-visit"));
            ControlClient control = ControlClient.of(target.pid());
            assertEquals(List.of("disabled patch 'orders-fix'"), control.run("disable", "orders-fix"));
            assertEquals("orders-visit=visit", target.call("orders-visit"));
            assertEquals(List.of("enabled patch 'orders-fix'"), control.run("enable", "orders-fix"));
            assertEquals("orders-visit=visit#3", target.call("orders-visit"), "kept across a disable");
            control.run("disable", "orders-fix");
            control.run("unload", "orders-fix");
            Cli.load(target.pid(), jar()).assertSuccess();
            assertEquals("orders-visit=visit#1", target.call("orders-visit"), "freed by the unload (shadowIds)");
        }
    }

    private Path jar() {
        return PatchJars.withNested(jars, "orders-fix", OrdersFix.class, Marks.class);
    }
}
