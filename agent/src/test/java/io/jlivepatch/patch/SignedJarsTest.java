package io.jlivepatch.patch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.patch.fixtures.GoodPatch;
import io.jlivepatch.patch.fixtures.Helper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code require-signed}, with keys {@code keytool} makes and jars {@code jarsigner} signs here,
 * both of the JDK that runs the test: a jar signed by the trusted key loads; unsigned, signed by
 * another key, changed after signing, or with a class added after signing, it is refused with one
 * line that says which.
 */
class SignedJarsTest {

    private static final String PASSWORD = "jlivepatch-test";

    @TempDir
    static Path dir;

    private static Path trustStore;
    private static Path passwordFile;

    @BeforeAll
    static void keys() throws Exception {
        for (String alias : List.of("release", "other")) {
            tool("keytool", "-genkeypair", "-keystore", dir.resolve(alias + ".p12").toString(), "-storetype", "PKCS12",
                    "-storepass", PASSWORD, "-keypass", PASSWORD, "-alias", alias, "-keyalg", "EC", "-groupname",
                    "secp256r1", "-dname", "CN=jlivepatch " + alias, "-validity", "2");
        }
        tool("keytool", "-exportcert", "-keystore", dir.resolve("release.p12").toString(), "-storepass", PASSWORD,
                "-alias", "release", "-file", dir.resolve("release.cer").toString());
        trustStore = dir.resolve("trusted.p12");
        tool("keytool", "-importcert", "-noprompt", "-keystore", trustStore.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-alias", "release", "-file", dir.resolve("release.cer").toString());
        passwordFile = Files.writeString(dir.resolve("password"), PASSWORD + "\n");
    }

    @Test
    void signedByTheTrustedKeyLoads() throws Exception {
        Path jar = signed("trusted", "release");
        List<PatchDefinition> patches = PatchJar.read(jar, trust(null));
        assertEquals("good-1", patches.get(0).id());
        String entry = GoodPatch.class.getName().replace('.', '/');
        assertArrayEquals(PatchJar.read(jar).get(0).jarClasses().get(entry), patches.get(0).jarClasses().get(entry),
                "the verified bytes are the jar's");
        assertEquals("good-1", PatchJar.read(jar, trust("release")).get(0).id(), "under its alias too");
    }

    @Test
    void unsignedIsRefused() throws Exception {
        Path jar = jar("unsigned");
        assertRefused(jar, "patch jar " + jar + " is refused: it is not signed; require-signed=" + trustStore);
    }

    @Test
    void signedByAnotherKeyIsRefused() throws Exception {
        Path jar = signed("stranger", "other");
        String message = refusal(jar, trust(null));
        assertTrue(message.startsWith("patch jar " + jar + " is refused: it is signed by 'CN=jlivepatch other'"),
                message);
        assertTrue(message.endsWith("a key the keystore does not trust; require-signed=" + trustStore), message);
    }

    @Test
    void anotherAliasIsNotTrusted() throws Exception {
        Path jar = signed("alias", "release");
        PatchException e = assertThrows(PatchException.class, () -> PatchJar.read(jar, trust("someone-else")));
        assertEquals("require-signed=" + trustStore + ":someone-else: the keystore holds no certificate under alias"
                + " 'someone-else', so every patch jar is refused", e.getMessage());
    }

    @Test
    void changedAfterSigningIsRefused() throws Exception {
        Path jar = signed("changed", "release");
        String entry = GoodPatch.class.getName().replace('.', '/') + ".class";
        rewrite(jar, entry, bytes -> Arrays.copyOf(bytes, bytes.length + 1), null);
        String message = refusal(jar, trust(null));
        assertTrue(message.startsWith("patch jar " + jar + " is refused: entry " + entry
                + " was changed after the jar was signed ("), message);
    }

    @Test
    void classAddedAfterSigningIsRefused() throws Exception {
        Path jar = signed("added", "release");
        String added = "io/jlivepatch/patch/fixtures/Added.class";
        rewrite(jar, null, b -> b, added);
        assertRefused(jar, "patch jar " + jar + " is refused: entry " + added
                + " is not signed (added after signing?); require-signed=" + trustStore);
    }

    @Test
    void unreadableKeystoreRefusesEverything() throws Exception {
        Path jar = signed("nokeystore", "release");
        SignedJars missing = SignedJars.of(dir.resolve("missing.p12").toString(), null);
        String message = refusal(jar, missing);
        assertTrue(message.startsWith("require-signed=" + dir.resolve("missing.p12") + ": cannot read the keystore ("),
                message);
        assertTrue(message.endsWith("so every patch jar is refused"), message);
    }

    @Test
    void aliasFollowsTheLastColonUnlessTheWholeValueIsAFile() {
        assertEquals(trustStore + ":release", SignedJars.of(trustStore + ":release", null).describe());
        assertEquals(trustStore.toString(), SignedJars.of(trustStore.toString(), null).describe());
    }

    private SignedJars trust(String alias) {
        return SignedJars.of(trustStore + (alias == null ? "" : ":" + alias), passwordFile.toString());
    }

    private void assertRefused(Path jar, String message) {
        assertEquals(message, refusal(jar, trust(null)));
    }

    private static String refusal(Path jar, SignedJars signatures) {
        return assertThrows(PatchException.class, () -> PatchJar.read(jar, signatures)).getMessage();
    }

    private Path signed(String name, String key) throws Exception {
        Path jar = jar(name);
        tool("jarsigner", "-keystore", dir.resolve(key + ".p12").toString(), "-storepass", PASSWORD, jar.toString(), key);
        return jar;
    }

    private static Path jar(String name) throws IOException {
        Path jar = dir.resolve(name + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream target = new JarOutputStream(out)) {
            for (Class<?> c : List.of(GoodPatch.class, Helper.class)) {
                String entry = c.getName().replace('.', '/') + ".class";
                target.putNextEntry(new JarEntry(entry));
                try (InputStream in = c.getClassLoader().getResourceAsStream(entry)) {
                    target.write(in.readAllBytes());
                }
            }
        }
        return jar;
    }

    /** Copies {@code jar} onto itself, {@code change} applied to entry {@code entry}, and entry {@code add} (a class) added. */
    private static void rewrite(Path jar, String entry, java.util.function.UnaryOperator<byte[]> change, String add)
            throws IOException {
        Path copy = dir.resolve(jar.getFileName() + ".tmp");
        try (JarFile in = new JarFile(jar.toFile(), false);
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(copy))) {
            Enumeration<JarEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                byte[] bytes;
                try (InputStream s = in.getInputStream(e)) {
                    bytes = s.readAllBytes();
                }
                out.putNextEntry(new JarEntry(e.getName()));
                out.write(e.getName().equals(entry) ? change.apply(bytes) : bytes);
                out.closeEntry();
            }
            if (add != null) {
                out.putNextEntry(new JarEntry(add));
                try (InputStream s = Helper.class.getClassLoader().getResourceAsStream(
                        Helper.class.getName().replace('.', '/') + ".class")) {
                    out.write(s.readAllBytes());
                }
                out.closeEntry();
            }
        }
        Files.move(copy, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Runs a tool of the JDK that runs this test; fails with its output when it fails. */
    static void tool(String name, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", name).toString());
        command.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new AssertionError(command + " failed:\n" + new String(output, StandardCharsets.UTF_8));
        }
    }
}
