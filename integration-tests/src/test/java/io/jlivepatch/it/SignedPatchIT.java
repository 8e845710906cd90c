package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.PairPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ItEnvironment;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.TargetJvm;
import io.jlivepatch.it.support.Transcript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

    private static void tool(String name, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ItEnvironment.tool(name).toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, command + " failed:\n" + output);
    }
}
