package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.PairPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ItEnvironment;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.TargetJvm;
import io.jlivepatch.it.support.Transcript;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, signed patches, end to end: a JVM started with {@code require-signed} refuses an
 * unsigned jar and one signed by another key, each with one line on the CLI and nothing on its
 * own stderr, and loads the jar signed by the trusted key. Keys from {@code keytool}, signatures
 * from {@code jarsigner}, both of the JDK the targets run on. The refusal of each way a jar can
 * fail the check is {@code SignedJarsTest}'s.
 */
class SignedPatchIT {

    private static final String PASSWORD = "jlivepatch-it";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void onlyAJarSignedByTheTrustedKeyLoads() throws Exception {
        for (String alias : List.of("release", "other")) {
            tool("keytool", "-genkeypair", "-keystore", dir.resolve(alias + ".p12").toString(), "-storetype", "PKCS12",
                    "-storepass", PASSWORD, "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=jlivepatch " + alias, "-validity", "2");
        }
        tool("keytool", "-exportcert", "-keystore", dir.resolve("release.p12").toString(), "-storepass", PASSWORD,
                "-alias", "release", "-file", dir.resolve("release.cer").toString());
        Path trust = dir.resolve("trust.p12");
        tool("keytool", "-importcert", "-noprompt", "-keystore", trust.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-alias", "release", "-file", dir.resolve("release.cer").toString());
        Path password = Files.writeString(dir.resolve("trust.pw"), PASSWORD + "\n", StandardCharsets.UTF_8);

        Path unsigned = PatchJars.of(dir, "unsigned", PairPatch.class);
        Path stranger = PatchJars.of(dir, "stranger", PairPatch.class);
        tool("jarsigner", "-keystore", dir.resolve("other.p12").toString(), "-storepass", PASSWORD, stranger.toString(),
                "other");
        Path signed = PatchJars.of(dir, "signed", PairPatch.class);
        tool("jarsigner", "-keystore", dir.resolve("release.p12").toString(), "-storepass", PASSWORD, signed.toString(),
                "release");

        String requirement = trust + ":release";
        try (TargetJvm target = TargetJvm.startFixtureWithAgent("require-signed=" + requirement
                + ",require-signed-password-file=" + password)) {
            long pid = target.pid();
            assertEquals("jlivepatch: patch jar " + unsigned + " is refused: it is not signed; require-signed="
                    + requirement, Cli.load(pid, unsigned).assertFailure());
            String untrusted = Cli.load(pid, stranger).assertFailure();
            assertTrue(untrusted.startsWith("jlivepatch: patch jar " + stranger + " is refused: it is signed by"
                    + " 'CN=jlivepatch other'"), untrusted);
            assertEquals("pair=o1:i1", target.call("pair"), "nothing was loaded");
            Cli.load(pid, signed).assertSuccess();
            assertEquals("pair=o2:i2", target.call("pair"));

            List<String> expected = new ArrayList<>();
            expected.add("jlivepatch: patch jars must be signed by a key of " + requirement);
            expected.add(Transcript.loaded("pair", signed));
            expected.addAll(Transcript.patching("pair"));
            Transcript.assertAfterExit(target, expected);
        }
    }

    /**
     * Review 13 (review/signed-start-window.sh): the control socket took loads before
     * {@code require-signed} was on. The password file is a FIFO here, so the start stops where the
     * agent first reads it, checking the keystore right after turning the requirement on; by then
     * no control socket may exist yet.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void noControlSocketBeforeRequireSignedIsOn() throws Exception {
        tool("keytool", "-genkeypair", "-keystore", dir.resolve("release.p12").toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-alias", "release", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=jlivepatch release", "-validity", "2");
        Path fifo = dir.resolve("password.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        CompletableFuture<TargetJvm> started = CompletableFuture.supplyAsync(() -> TargetJvm.builder()
                .javaAgent("require-signed=" + dir.resolve("release.p12") + ",require-signed-password-file=" + fifo)
                .jvmOption("-Djava.io.tmpdir=" + tmp).start());
        try (OutputStream password = Files.newOutputStream(fifo)) {
            // Opened: the agent is reading the password file, so require-signed is on.
            try (Stream<Path> files = Files.walk(tmp)) {
                assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".sock")).toList(),
                        "a control socket exists before require-signed is on");
            }
            password.write((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        }
        try (TargetJvm target = started.get(1, TimeUnit.MINUTES)) {
            assertEquals("pair=o1:i1", target.call("pair"));
        }
    }

    /**
     * Review 13b F7: a load read its jar under the patch lock, so a read that blocked (a FIFO
     * swapped in, a hung file system) blocked every other operation too. The password file turns
     * into a FIFO after the start here, so the next load stops in its verification, where it
     * reads it; meanwhile another operation is answered.
     */
    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aLoadStuckInItsReadHoldsUpNoOtherOperation() throws Exception {
        tool("keytool", "-genkeypair", "-keystore", dir.resolve("release.p12").toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-alias", "release", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=jlivepatch release", "-validity", "2");
        Path signed = PatchJars.of(dir, "signed", PairPatch.class);
        tool("jarsigner", "-keystore", dir.resolve("release.p12").toString(), "-storepass", PASSWORD, signed.toString(),
                "release");
        Path password = Files.writeString(dir.resolve("password"), PASSWORD + "\n", StandardCharsets.UTF_8);
        try (TargetJvm target = TargetJvm.startFixtureWithAgent("require-signed=" + dir.resolve("release.p12")
                + ",require-signed-password-file=" + password)) {
            long pid = target.pid();
            Files.delete(password);
            Process mkfifo = new ProcessBuilder("mkfifo", password.toString()).inheritIO().start();
            assertEquals(0, mkfifo.waitFor());
            CompletableFuture<Cli.Result> load = CompletableFuture.supplyAsync(() -> Cli.load(pid, signed));
            try (OutputStream writer = Files.newOutputStream(password)) {
                // Opened: the load is reading the password file, and waits for its line.
                String refused = Cli.run(Duration.ofSeconds(30), "disable", Long.toString(pid), "nope").assertFailure();
                assertTrue(refused.contains("no patch 'nope' is loaded"), refused);
                writer.write((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
            }
            load.get(1, TimeUnit.MINUTES).assertSuccess();
            assertEquals("pair=o2:i2", target.call("pair"));
        }
    }

    private static void tool(String name, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ItEnvironment.tool(name).toString());
        // A short-lived tool's JVM: C1 alone and the serial GC take half the CPU.
        command.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC", "-J-XX:-UsePerfData"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, command + " failed:\n" + output);
    }
}
