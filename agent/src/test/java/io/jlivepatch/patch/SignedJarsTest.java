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
        assertTrue(message.contains("a key the keystore does not trust (untrusted chain: "), message);
        assertTrue(message.endsWith("; require-signed=" + trustStore), message);
    }

    /**
     * Review 13: an attacker who has only the trusted certificate (public, it is in every jar it
     * signed) makes a "CA" of the same name, signs a leaf of its own with it, and has jarsigner
     * embed the chain [leaf, real trusted certificate]. The JDK builds a signer's cert path by
     * issuer/subject names alone, so the trusted certificate is "in the signer's chain" though it
     * signed nothing. Must be refused as signed by 'CN=mallory'.
     */
    @Test
    void forgedChainNamingTheTrustedCertificateIsRefused() throws Exception {
        Path evil = dir.resolve("evil.p12");
        for (String[] key : List.of(new String[] {"fakeca", "CN=jlivepatch release"}, new String[] {"mallory", "CN=mallory"})) {
            tool("keytool", "-genkeypair", "-keystore", evil.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                    "-keypass", PASSWORD, "-alias", key[0], "-keyalg", "EC", "-groupname", "secp256r1", "-dname", key[1],
                    "-validity", "2");
        }
        tool("keytool", "-certreq", "-keystore", evil.toString(), "-storepass", PASSWORD, "-alias", "mallory", "-file",
                dir.resolve("mallory.csr").toString());
        tool("keytool", "-gencert", "-keystore", evil.toString(), "-storepass", PASSWORD, "-alias", "fakeca", "-infile",
                dir.resolve("mallory.csr").toString(), "-outfile", dir.resolve("mallory.cer").toString(), "-rfc");
        tool("keytool", "-exportcert", "-keystore", dir.resolve("release.p12").toString(), "-storepass", PASSWORD,
                "-alias", "release", "-rfc", "-file", dir.resolve("release.pem").toString());
        Path chain = dir.resolve("forged-chain.pem");
        Files.writeString(chain, Files.readString(dir.resolve("mallory.cer")) + Files.readString(dir.resolve("release.pem")));
        Path jar = jar("forged");
        tool("jarsigner", "-keystore", evil.toString(), "-storepass", PASSWORD, "-certchain", chain.toString(),
                jar.toString(), "mallory");
        String message = refusal(jar, trust(null));
        assertTrue(message.startsWith("patch jar " + jar + " is refused: it is signed by 'CN=mallory'"), message);
        assertTrue(message.contains("a key the keystore does not trust (untrusted chain: "), message);
    }

    /** A leaf the keystore's CA really signed loads: the chain is validated, not just named. */
    @Test
    void signedByALeafOfATrustedCaLoads() throws Exception {
        Path ca = dir.resolve("ca.p12");
        for (String[] key : List.of(new String[] {"ca", "CN=jlivepatch ca"}, new String[] {"leaf", "CN=jlivepatch leaf"})) {
            tool("keytool", "-genkeypair", "-keystore", ca.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                    "-keypass", PASSWORD, "-alias", key[0], "-keyalg", "EC", "-groupname", "secp256r1", "-dname", key[1],
                    "-validity", "2", "-ext", key[0].equals("ca") ? "bc:c" : "bc=ca:false");
        }
        tool("keytool", "-certreq", "-keystore", ca.toString(), "-storepass", PASSWORD, "-alias", "leaf", "-file",
                dir.resolve("leaf.csr").toString());
        tool("keytool", "-gencert", "-keystore", ca.toString(), "-storepass", PASSWORD, "-alias", "ca", "-infile",
                dir.resolve("leaf.csr").toString(), "-outfile", dir.resolve("leaf.cer").toString(), "-rfc");
        tool("keytool", "-exportcert", "-keystore", ca.toString(), "-storepass", PASSWORD, "-alias", "ca", "-rfc",
                "-file", dir.resolve("ca.pem").toString());
        Path chain = dir.resolve("leaf-chain.pem");
        Files.writeString(chain, Files.readString(dir.resolve("leaf.cer")) + Files.readString(dir.resolve("ca.pem")));
        Path caTrust = dir.resolve("ca-trust.p12");
        tool("keytool", "-importcert", "-noprompt", "-keystore", caTrust.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-alias", "ca", "-file", dir.resolve("ca.pem").toString());
        Path jar = jar("leaf");
        tool("jarsigner", "-keystore", ca.toString(), "-storepass", PASSWORD, "-certchain", chain.toString(),
                jar.toString(), "leaf");
        assertEquals("good-1", PatchJar.read(jar, SignedJars.of(caTrust.toString(), passwordFile.toString())).get(0).id());
    }

    /** Review 13 (review/expired-signer.sh): a trusted key whose certificate expired, no timestamp, is refused. */
    @Test
    void expiredSignerIsRefused() throws Exception {
        Path old = dir.resolve("old.p12");
        tool("keytool", "-genkeypair", "-keystore", old.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                "-keypass", PASSWORD, "-alias", "old", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=jlivepatch old", "-startdate", "-30d", "-validity", "10");
        tool("keytool", "-exportcert", "-keystore", old.toString(), "-storepass", PASSWORD, "-alias", "old", "-file",
                dir.resolve("old.cer").toString());
        Path oldTrust = dir.resolve("old-trust.p12");
        tool("keytool", "-importcert", "-noprompt", "-keystore", oldTrust.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-alias", "old", "-file", dir.resolve("old.cer").toString());
        Path jar = jar("expired");
        tool("jarsigner", "-keystore", old.toString(), "-storepass", PASSWORD, jar.toString(), "old");
        String message = refusal(jar, SignedJars.of(oldTrust.toString(), passwordFile.toString()));
        assertTrue(message.startsWith("patch jar " + jar + " is refused: it is signed by 'CN=jlivepatch old' (entry "),
                message);
        assertTrue(message.contains("): certificate 'CN=jlivepatch old' expired on "), message);
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
