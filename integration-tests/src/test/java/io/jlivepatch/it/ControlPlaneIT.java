package io.jlivepatch.it;

import static io.jlivepatch.it.support.Transcript.loaded;
import static io.jlivepatch.it.support.Transcript.patching;
import static io.jlivepatch.it.support.Transcript.unpatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.PairPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ItEnvironment;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.TargetJvm;
import io.jlivepatch.it.support.Transcript;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, "quiet and accountable": a refused request is answered to the caller alone (the
 * host's stderr holds lifecycle lines only); every operation is one audit line, with the peer's
 * user from {@code SO_PEERCRED} and its pid checked against {@code /proc}; JFR records the whole
 * lifecycle and the audit; the per-patch MBeans mirror the kernel's sysfs, and a write through
 * them runs the CLI's operation.
 */
class ControlPlaneIT {

    private static final String PAIR = "io.jlivepatch:type=Patch,name=pair";
    private static final String PAIR_TARGET = PAIR + ",object=io.jlivepatch.it.fixture.PairTarget";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void refusalsAreTheCallersAloneAndEveryOperationIsAudited() throws Exception {
        Path audit = dir.resolve("audit.log");
        Path jar = PatchJars.of(dir, "pair", PairPatch.class);
        Path junk = PatchJars.malformed(dir, "junk");
        try (TargetJvm target = TargetJvm.startFixtureWithAgent("audit=" + audit)) {
            long pid = target.pid();
            String junkRefusal = Cli.load(pid, junk).assertFailure();
            assertTrue(junkRefusal.startsWith("jlivepatch: patch jar " + junk + " is not a jar file"), junkRefusal);
            assertEquals("jlivepatch: no patch 'nope' is loaded", Cli.enable(pid, "nope").assertFailure());
            Cli.load(pid, jar).assertSuccess();
            assertEquals("jlivepatch: patch 'pair' is already enabled", Cli.enable(pid, "pair").assertFailure());
            Cli.disable(pid, "pair").assertSuccess();
            assertEquals("jlivepatch: patch 'pair' is already disabled", Cli.disable(pid, "pair").assertFailure());
            Cli.unload(pid, "pair").assertSuccess();

            String who = " via=socket user=" + System.getProperty("user.name") + " uid=" + uid()
                    + " pid=\\d+ pid-check=uid-matched result=";
            String time = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z";
            List<String> expected = List.of(
                    time + " op=load patch=- sha256=" + sha256(junk) + who + "refused reason=\""
                            + Pattern.quote(junkRefusal.substring("jlivepatch: ".length())) + "\" jar=\""
                            + Pattern.quote(junk.toString()) + "\"",
                    time + " op=enable patch=nope sha256=-" + who + "refused reason=\"no patch 'nope' is loaded\"",
                    time + " op=load patch=pair sha256=" + sha256(jar) + who + "ok jar=\"" + Pattern.quote(jar.toString())
                            + "\"",
                    time + " op=enable patch=pair sha256=-" + who + "refused reason=\"patch 'pair' is already enabled\"",
                    time + " op=disable patch=pair sha256=-" + who + "ok",
                    time + " op=disable patch=pair sha256=-" + who + "refused reason=\"patch 'pair' is already disabled\"",
                    time + " op=unload patch=pair sha256=-" + who + "ok");
            List<String> lines = Files.readAllLines(audit);
            assertEquals(expected.size(), lines.size(), String.join("\n", lines));
            for (int i = 0; i < lines.size(); i++) {
                assertTrue(lines.get(i).matches(expected.get(i)), lines.get(i) + "\n  does not match\n" + expected.get(i));
            }
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(audit)));

            // Lifecycle lines only: nothing of the four refusals.
            Transcript.assertAfterExit(target, Transcript.loadDisableUnload("pair", jar));
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void jfrRecordsTheWholeLifecycleAndTheAudit() throws Exception {
        Path jar = PatchJars.of(dir, "pair", PairPatch.class);
        Path recording = dir.resolve("lifecycle.jfr");
        try (TargetJvm target = TargetJvm.startFixtureWithAgent("stall-report=1,transition-timeout=0")) {
            long pid = target.pid();
            jcmd(pid, "JFR.start", "name=lifecycle");
            Cli.load(pid, jar).assertSuccess();
            Cli.disable(pid, "pair").assertSuccess();
            Cli.unload(pid, "pair").assertSuccess();
            Cli.load(pid, jar).assertSuccess();
            Cli.disable(pid, "pair").assertSuccess();
            assertEquals("park-outer=parked", target.call("park-outer"));
            Cli.run("enable", "--no-wait", Long.toString(pid), "pair").assertSuccess();
            target.awaitStderrLine("a stall report", l -> l.contains("'pair': patching transition stalled for"),
                    Duration.ofSeconds(30));
            Cli.disable(pid, "pair").assertSuccess();
            Cli.run("enable", "--no-wait", Long.toString(pid), "pair").assertSuccess();
            Cli.force(pid, "pair").assertSuccess();
            assertEquals("release-outer=o1:i2", target.call("release-outer"));
            Cli.disable(pid, "pair").assertSuccess();
            jcmd(pid, "JFR.dump", "name=lifecycle", "filename=" + recording);

            List<String> lifecycle = new ArrayList<>();
            List<String> audits = new ArrayList<>();
            int stalls = 0;
            List<RecordedEvent> events = new ArrayList<>(RecordingFile.readAllEvents(recording));
            // A stable sort: events of one thread keep the order they were written in.
            events.sort(Comparator.comparing(RecordedEvent::getStartTime));
            for (RecordedEvent e : events) {
                if (e.getEventType().getName().equals("io.jlivepatch.Lifecycle")) {
                    if (e.getString("kind").equals("transition-stall")) {
                        // One per stall report, every second while a transition stalls: counted apart.
                        assertEquals("pair patching", e.getString("patch") + " " + e.getString("direction"));
                        assertTrue(e.getString("detail").contains("'parked-outer'"), e.getString("detail"));
                        stalls++;
                        continue;
                    }
                    lifecycle.add((e.getString("kind") + " " + e.getString("direction")).strip());
                    assertEquals("pair", e.getString("patch"));
                    if (e.getString("kind").equals("loaded")) {
                        assertEquals(jar + " sha256 " + sha256(jar), e.getString("detail"));
                    }
                } else if (e.getEventType().getName().equals("io.jlivepatch.Audit")) {
                    audits.add(e.getString("operation") + " " + e.getString("patch") + " " + e.getString("result"));
                    assertEquals("socket", e.getString("via"));
                    assertEquals(System.getProperty("user.name"), e.getString("user"));
                    assertEquals(uid(), e.getLong("uid"));
                    assertEquals("uid-matched", e.getString("pidCheck"));
                }
            }
            assertTrue(stalls >= 1, "the stall report the test waited for is recorded");
            assertEquals(List.of(
                    "loaded", "enable", "transition-start patching", "transition-complete patching",
                    "disable", "transition-start unpatching", "transition-complete unpatching",
                    "unloaded",
                    "loaded", "enable", "transition-start patching", "transition-complete patching",
                    "disable", "transition-start unpatching", "transition-complete unpatching",
                    "enable", "transition-start patching",
                    "transition-reverse unpatching", "transition-complete unpatching",
                    "enable", "transition-start patching", "transition-force patching",
                    "transition-complete patching",
                    "disable", "transition-start unpatching", "transition-complete unpatching"),
                    lifecycle, "every step, in order (stall reports apart)");
            assertEquals(List.of("load pair ok", "disable pair ok", "unload pair ok", "load pair ok", "disable pair ok",
                    "enable pair ok", "disable pair ok", "enable pair ok", "force pair ok", "disable pair ok"), audits);
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void mbeansMirrorSysfsAndWritesRunTheOperation() throws Exception {
        Path audit = dir.resolve("audit.log");
        Path jar = PatchJars.of(dir, "pair", PairPatch.class);
        try (TargetJvm target = TargetJvm.startFixtureWithAgent("audit=" + audit)) {
            long pid = target.pid();
            assertEquals("jmx query io.jlivepatch:type=Patch,*=none", target.call("jmx query io.jlivepatch:type=Patch,*"));
            assertEquals("pair=o1:i1", target.call("pair"), "the target class is loaded before the patch");
            Cli.load(pid, jar).assertSuccess();
            // In the canonical names' order.
            assertEquals("jmx query io.jlivepatch:type=Patch,*=" + String.join("|",
                    PAIR_TARGET + ",function=inner()Ljava/lang/String;{Patched=true;State=patched}",
                    PAIR_TARGET + ",function=outer()Ljava/lang/String;{Patched=true;State=patched}",
                    PAIR_TARGET + "{Patched=true}",
                    PAIR + "{Description=both halves of the pair;Enabled=true;Forced=false;Replace=false;ReplacedBy=;"
                            + "StackOrder=1;Transition=false}"),
                    target.call("jmx query io.jlivepatch:type=Patch,*"));

            assertEquals("jmx set " + PAIR + " Enabled false=set", target.call("jmx set " + PAIR + " Enabled false"));
            assertEquals("pair=o1:i1", target.call("pair"), "disabled through JMX");
            assertEquals("jmx query " + PAIR_TARGET + ",*=" + PAIR_TARGET
                    + ",function=inner()Ljava/lang/String;{Patched=false;State=disabled}|" + PAIR_TARGET
                    + ",function=outer()Ljava/lang/String;{Patched=false;State=disabled}|" + PAIR_TARGET + "{Patched=false}",
                    target.call("jmx query " + PAIR_TARGET + ",*"));
            String refused = target.call("jmx set " + PAIR + " Enabled false");
            assertTrue(refused.contains("patch 'pair' is already disabled"), refused);
            String notInTransition = target.call("jmx invoke " + PAIR + " force");
            assertTrue(notInTransition.contains("patch 'pair' is not in transition"), notInTransition);
            assertEquals("jmx set " + PAIR + " Enabled true=set", target.call("jmx set " + PAIR + " Enabled true"));
            assertEquals("pair=o2:i2", target.call("pair"), "enabled through JMX");
            Cli.disable(pid, "pair").assertSuccess();
            Cli.unload(pid, "pair").assertSuccess();
            assertEquals("jmx query io.jlivepatch:type=Patch,*=none", target.call("jmx query io.jlivepatch:type=Patch,*"),
                    "unregistered on unload");

            String jmx = " sha256=- via=jmx user=- uid=- pid=- pid-check=none result=";
            List<String> lines = Files.readAllLines(audit).stream().map(l -> l.substring(l.indexOf(" op=") + 1)).toList();
            assertEquals(List.of("op=disable patch=pair" + jmx + "ok",
                    "op=disable patch=pair" + jmx + "refused reason=\"patch 'pair' is already disabled\"",
                    "op=force patch=pair" + jmx + "refused reason=\"patch 'pair' is not in transition\"",
                    "op=enable patch=pair" + jmx + "ok"), lines.subList(1, 5));

            List<String> transcript = new ArrayList<>();
            transcript.add(loaded("pair", jar));
            transcript.addAll(patching("pair"));
            transcript.addAll(unpatching("pair"));
            transcript.addAll(patching("pair"));
            transcript.addAll(unpatching("pair"));
            transcript.add("jlivepatch: 'pair': unloaded");
            Transcript.assertAfterExit(target, transcript);
        }
    }

    private static long uid() throws IOException {
        return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
    }

    static String sha256(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }

    private static void jcmd(long pid, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ItEnvironment.tool("jcmd").toString());
        command.add(Long.toString(pid));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, command + " failed: " + output);
    }
}
