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
import java.security.CodeSigner;
import java.security.KeyStore;
import java.security.Timestamp;
import java.security.cert.CertPath;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * {@code require-signed}, with keys {@code keytool} makes and jars {@code jarsigner} signs here,
 * both of the JDK that runs the test: a jar signed by the trusted key loads; unsigned, signed by
 * another key, changed after signing, or with a class added after signing, it is refused with one
 * line that says which; so is a chain that goes through a trusted certificate that may not issue
 * (expired, no CA) or ends on a leaf not for code signing, and a timestamp by anyone but a
 * trusted time-stamping authority.
 */
@Execution(ExecutionMode.CONCURRENT)
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
        assertEquals("good-1", PatchJar.read(jar, SignedJars.of(caTrust.toString(), passwordFile.toString(), null)).get(0).id());
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
        assertSignedBy(jar, SignedJars.of(oldTrust.toString(), passwordFile.toString(), null), "CN=jlivepatch old",
                "certificate 'CN=jlivepatch old' expired on ");
    }

    /**
     * Review 13b F1: the keystore trusts a CA's key whose certificate expired. Its holder
     * issues a fresh leaf with that key and signs with the leaf; the chain [leaf, expired trusted
     * certificate] validated, since PKIX never checks an anchor's dates.
     */
    @Test
    void expiredTrustedKeyIssuingAFreshLeafIsRefused() throws Exception {
        Path ks = dir.resolve("expired-issuer.p12");
        genkey(ks, "gone", "CN=jlivepatch gone", "-startdate", "-30d", "-validity", "10", "-ext", "bc:c");
        genkey(ks, "fresh", "CN=fresh leaf", "-validity", "30");
        Path jar = signedWithChain("expired-issuer", ks, "fresh", issue(ks, "gone", "fresh"));
        assertSignedBy(jar, trustOnly(ks, "gone"), "CN=fresh leaf", "certificate 'CN=jlivepatch gone' expired on ");
    }

    /**
     * Review 13b F2: the keystore trusts an end-entity certificate (basicConstraints CA:false,
     * e.g. require-signed=ks:alice); its key certified mallory's, whose signature was accepted.
     */
    @Test
    void trustedEndEntityActingAsCaIsRefused() throws Exception {
        Path ks = dir.resolve("alice.p12");
        genkey(ks, "alice", "CN=alice", "-validity", "30", "-ext", "bc=ca:false", "-ext", "ku=digitalSignature");
        genkey(ks, "mallory", "CN=mallory", "-validity", "30");
        Path jar = signedWithChain("end-entity-as-ca", ks, "mallory", issue(ks, "alice", "mallory"));
        assertSignedBy(jar, trustOnly(ks, "alice"), "CN=mallory", "certificate 'CN=alice' is trusted, but may not vouch"
                + " for other certificates: it is no CA (basicConstraints CA:false or none)");
        Path itself = jar("end-entity-itself");
        tool("jarsigner", "-keystore", ks.toString(), "-storepass", PASSWORD, itself.toString(), "alice");
        assertEquals("good-1", PatchJar.read(itself, trustOnly(ks, "alice")).get(0).id(), "it still signs itself");
    }

    /** Review 13b F2: a CA whose keyUsage lacks keyCertSign certifies nobody either. */
    @Test
    void trustedCaWithoutKeyCertSignIsRefused() throws Exception {
        Path ks = dir.resolve("nocertsign.p12");
        genkey(ks, "ca", "CN=no certsign ca", "-validity", "30", "-ext", "bc:c", "-ext", "ku=digitalSignature");
        genkey(ks, "leaf", "CN=nocertsign leaf", "-validity", "30");
        Path jar = signedWithChain("no-certsign", ks, "leaf", issue(ks, "ca", "leaf"));
        assertSignedBy(jar, trustOnly(ks, "ca"), "CN=nocertsign leaf", "certificate 'CN=no certsign ca' is trusted, but"
                + " may not vouch for other certificates: its keyUsage lacks keyCertSign");
    }

    /**
     * Review 13b F3: the keystore trusts a company CA; a TLS server certificate it issued
     * (extendedKeyUsage serverAuth alone) signed patches, as did any other of its leaves.
     */
    @Test
    void leafWithoutCodeSigningUsageIsRefused() throws Exception {
        Path ks = dir.resolve("corp.p12");
        genkey(ks, "ca", "CN=corp ca", "-validity", "30", "-ext", "bc:c");
        genkey(ks, "web", "CN=www.example.com", "-validity", "30");
        genkey(ks, "coder", "CN=corp coder", "-validity", "30");
        genkey(ks, "cipher", "CN=corp cipher", "-validity", "30");
        Path web = signedWithChain("tls-leaf", ks, "web",
                issue(ks, "ca", "web", "-ext", "eku=serverAuth", "-ext", "ku=digitalSignature,keyEncipherment"));
        assertSignedBy(web, trustOnly(ks, "ca"), "CN=www.example.com", "certificate 'CN=www.example.com' may not sign"
                + " this: its extendedKeyUsage [1.3.6.1.5.5.7.3.1] has neither codeSigning (1.3.6.1.5.5.7.3.3) nor"
                + " anyExtendedKeyUsage");
        // The JDK's jar verification itself gives no signer for this one: checked on the signer.
        CertPath cipher;
        try (InputStream in = Files.newInputStream(issue(ks, "ca", "cipher", "-ext", "ku=keyEncipherment"))) {
            cipher = CertificateFactory.getInstance("X.509").generateCertPath(
                    List.copyOf(CertificateFactory.getInstance("X.509").generateCertificates(in)));
        }
        assertEquals("certificate 'CN=corp cipher' may not sign this: its keyUsage lacks digitalSignature",
                SignedJars.distrust(new CodeSigner[] {new CodeSigner(cipher, null)}, Set.of(certificate(ks, "ca")), null));
        Path coder = signedWithChain("code-leaf", ks, "coder",
                issue(ks, "ca", "coder", "-ext", "eku=codeSigning", "-ext", "ku=digitalSignature"));
        assertEquals("good-1", PatchJar.read(coder, trustOnly(ks, "ca")).get(0).id(), "a code-signing leaf loads");
    }

    /**
     * Review 13b F4: a timestamp counts only when an authority of {@code require-signed-tsa}
     * made it, never one the signers' keystore trusts, and only an authority whose certificate
     * is for time-stamping (RFC 3161: extendedKeyUsage timeStamping alone, critical).
     *
     * <p>Checked on the signers as the verifying stream gives them ({@code CodeSigner}, its
     * {@code Timestamp}), built here from keytool's certificates: the JDK has no RFC 3161
     * authority to make a real token with, so this does not cover the JDK's reading of the token
     * (which checks its signature and that it stamps this signature), only what this class
     * decides from it.
     */
    @Test
    void aTimestampCountsOnlyFromATrustedTimeStampingAuthority() throws Exception {
        Path ks = dir.resolve("stamps.p12");
        genkey(ks, "lapsed", "CN=jlivepatch lapsed", "-startdate", "-30d", "-validity", "10");
        genkey(ks, "colleague", "CN=colleague", "-startdate", "-30d", "-validity", "60");
        genkey(ks, "tsa", "CN=time authority", "-startdate", "-30d", "-validity", "60", "-ext",
                "eku:c=timeStamping");
        genkey(ks, "soft-tsa", "CN=soft time authority", "-startdate", "-30d", "-validity", "60", "-ext",
                "eku=timeStamping");
        X509Certificate lapsed = certificate(ks, "lapsed");
        Date whileValid = new Date(lapsed.getNotBefore().getTime() + TimeUnit.DAYS.toMillis(1));
        Set<X509Certificate> signers = Set.of(lapsed, certificate(ks, "colleague"));

        String byColleague = SignedJars.distrust(stamped(lapsed, whileValid, certificate(ks, "colleague")), signers, null);
        assertTrue(byColleague != null && byColleague.startsWith("certificate 'CN=jlivepatch lapsed' expired on "),
                "a key holder of the signers' keystore chooses no time: " + byColleague);
        byColleague = SignedJars.distrust(stamped(lapsed, whileValid, certificate(ks, "colleague")), signers,
                Set.of(certificate(ks, "colleague")));
        assertTrue(byColleague != null && byColleague.startsWith("certificate 'CN=jlivepatch lapsed' expired on "),
                "nor does a trusted authority's certificate that is not for time-stamping: " + byColleague);
        String soft = SignedJars.distrust(stamped(lapsed, whileValid, certificate(ks, "soft-tsa")), signers,
                Set.of(certificate(ks, "soft-tsa")));
        assertTrue(soft != null && soft.startsWith("certificate 'CN=jlivepatch lapsed' expired on "),
                "timeStamping must be critical: " + soft);
        CodeSigner[] byAuthority = stamped(lapsed, whileValid, certificate(ks, "tsa"));
        assertTrue(SignedJars.distrust(byAuthority, signers, null).startsWith("certificate 'CN=jlivepatch lapsed' expired"),
                "without require-signed-tsa timestamps are ignored");
        assertEquals(null, SignedJars.distrust(byAuthority, signers, Set.of(certificate(ks, "tsa"))),
                "a trusted time-stamping authority's timestamp from while the key was valid counts");
        CodeSigner[] tooEarly = stamped(lapsed, new Date(certificate(ks, "tsa").getNotBefore().getTime() - 1000),
                certificate(ks, "tsa"));
        assertTrue(SignedJars.distrust(tooEarly, signers, Set.of(certificate(ks, "tsa"))).contains("expired"),
                "nor one from before the authority's certificate");
    }

    private static CodeSigner[] stamped(X509Certificate signer, Date at, X509Certificate authority) throws Exception {
        CertificateFactory x509 = CertificateFactory.getInstance("X.509");
        return new CodeSigner[] {new CodeSigner(x509.generateCertPath(List.of(signer)),
                new Timestamp(at, x509.generateCertPath(List.of(authority))))};
    }

    private static X509Certificate certificate(Path ks, String alias) throws Exception {
        return (X509Certificate) KeyStore.getInstance(ks.toFile(), PASSWORD.toCharArray()).getCertificate(alias);
    }

    private static void genkey(Path ks, String alias, String dname, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("-genkeypair", "-keystore", ks.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-keypass", PASSWORD, "-alias", alias, "-keyalg", "EC", "-groupname",
                "secp256r1", "-dname", dname));
        args.addAll(List.of(more));
        tool("keytool", args.toArray(String[]::new));
    }

    /** {@code issuer} of {@code ks} certifies {@code subject}'s key; the chain [subject, issuer] as a PEM file. */
    private static Path issue(Path ks, String issuer, String subject, String... ext) throws Exception {
        String prefix = ks.getFileName() + "-";
        Path csr = dir.resolve(prefix + subject + ".csr");
        Path cer = dir.resolve(prefix + subject + ".pem");
        tool("keytool", "-certreq", "-keystore", ks.toString(), "-storepass", PASSWORD, "-alias", subject, "-file",
                csr.toString());
        List<String> args = new ArrayList<>(List.of("-gencert", "-keystore", ks.toString(), "-storepass", PASSWORD,
                "-alias", issuer, "-infile", csr.toString(), "-outfile", cer.toString(), "-rfc", "-validity", "20"));
        args.addAll(List.of(ext));
        tool("keytool", args.toArray(String[]::new));
        Path chain = dir.resolve(prefix + subject + "-chain.pem");
        Files.writeString(chain, Files.readString(cer) + Files.readString(pem(ks, issuer)));
        return chain;
    }

    private static Path pem(Path ks, String alias) throws Exception {
        Path pem = dir.resolve(ks.getFileName() + "-" + alias + ".pem");
        tool("keytool", "-exportcert", "-keystore", ks.toString(), "-storepass", PASSWORD, "-alias", alias, "-rfc",
                "-file", pem.toString());
        return pem;
    }

    /** The requirement of a keystore that trusts {@code alias}'s certificate of {@code ks} alone. */
    private static SignedJars trustOnly(Path ks, String alias) throws Exception {
        Path trust = dir.resolve(ks.getFileName() + "-" + alias + "-trust.p12");
        if (!Files.exists(trust)) {
            tool("keytool", "-importcert", "-noprompt", "-keystore", trust.toString(), "-storetype", "PKCS12",
                    "-storepass", PASSWORD, "-alias", alias, "-file", pem(ks, alias).toString());
        }
        return SignedJars.of(trust.toString(), passwordFile.toString(), null);
    }

    private static Path signedWithChain(String name, Path ks, String alias, Path chain) throws Exception {
        Path jar = jar(name);
        tool("jarsigner", "-keystore", ks.toString(), "-storepass", PASSWORD, "-certchain", chain.toString(),
                jar.toString(), alias);
        return jar;
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
        rewrite(jar, entry, bytes -> Arrays.copyOf(bytes, bytes.length + 1), null, false);
        String message = refusal(jar, trust(null));
        assertTrue(message.startsWith("patch jar " + jar + " is refused: entry " + entry
                + " was changed after the jar was signed ("), message);
    }

    /** Found by review: the refusal named the signature file being read, not the manifest. */
    @Test
    void aManifestMainSectionChangedAfterSigningIsNamed() throws Exception {
        Path jar = signed("main-changed", "release");
        rewrite(jar, JarFile.MANIFEST_NAME, bytes -> new String(bytes, StandardCharsets.UTF_8)
                .replaceFirst("\r?\n", "\r\nX-Added-After: signing\r\n").getBytes(StandardCharsets.UTF_8), null, false);
        String message = refusal(jar, trust(null));
        assertTrue(message.startsWith("patch jar " + jar + " is refused: the manifest's main section was changed after"
                + " the jar was signed ("), message);
    }

    /** Second review: a per-entry section of the manifest changed blamed the signature file too. */
    @Test
    void aManifestEntrySectionChangedAfterSigningIsNamed() throws Exception {
        Path jar = signed("section-changed", "release");
        String entry = GoodPatch.class.getName().replace('.', '/') + ".class";
        rewrite(jar, JarFile.MANIFEST_NAME, bytes -> new String(bytes, StandardCharsets.UTF_8)
                .replace("Name: " + entry + "\r\n", "Name: " + entry + "\r\nX-Added-After: signing\r\n")
                .getBytes(StandardCharsets.UTF_8), null, false);
        String message = refusal(jar, trust(null));
        assertTrue(message.startsWith("patch jar " + jar + " is refused: the manifest's section for " + entry
                + " was changed after the jar was signed ("), message);
    }

    @Test
    void classAddedAfterSigningIsRefused() throws Exception {
        Path jar = signed("added", "release");
        String added = "io/jlivepatch/patch/fixtures/Added.class";
        rewrite(jar, null, b -> b, added, false);
        assertRefused(jar, "patch jar " + jar + " is refused: entry " + added
                + " is not signed (added after signing?); require-signed=" + trustStore);
    }

    /**
     * The verifying stream knows a manifest only as the jar's first entries (where jar and
     * jarsigner write it): one moved to the end signs nothing, so the jar is refused, not read
     * unverified.
     */
    @Test
    void aManifestAfterTheEntriesSignsNothing() throws Exception {
        Path jar = signed("manifest-last", "release");
        rewrite(jar, null, b -> b, null, true);
        assertRefused(jar, "patch jar " + jar + " is refused: it is not signed; require-signed=" + trustStore);
    }

    @Test
    void unreadableKeystoreRefusesEverything() throws Exception {
        Path jar = signed("nokeystore", "release");
        SignedJars missing = SignedJars.of(dir.resolve("missing.p12").toString(), null, null);
        String message = refusal(jar, missing);
        assertTrue(message.startsWith("require-signed=" + dir.resolve("missing.p12") + ": cannot read the keystore ("),
                message);
        assertTrue(message.endsWith("so every patch jar is refused"), message);
    }

    @Test
    void aliasFollowsTheLastColonUnlessTheWholeValueIsAFile() {
        assertEquals(trustStore + ":release", SignedJars.of(trustStore + ":release", null, null).describe());
        assertEquals(trustStore.toString(), SignedJars.of(trustStore.toString(), null, null).describe());
    }

    private SignedJars trust(String alias) {
        return SignedJars.of(trustStore + (alias == null ? "" : ":" + alias), passwordFile.toString(), null);
    }

    private void assertRefused(Path jar, String message) {
        assertEquals(message, refusal(jar, trust(null)));
    }

    /** Asserts that {@code jar} is refused as signed by {@code signer}, for a reason that begins {@code why}. */
    private static void assertSignedBy(Path jar, SignedJars signatures, String signer, String why) {
        String message = refusal(jar, signatures);
        assertTrue(message.startsWith("patch jar " + jar + " is refused: it is signed by '" + signer + "' (entry "),
                message);
        assertTrue(message.contains("): " + why), message);
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

    /**
     * Copies {@code jar} onto itself, {@code change} applied to entry {@code entry}, entry
     * {@code add} (a class) added, and the manifest moved to the end when {@code manifestLast}.
     */
    private static void rewrite(Path jar, String entry, java.util.function.UnaryOperator<byte[]> change, String add,
            boolean manifestLast) throws IOException {
        Path copy = dir.resolve(jar.getFileName() + ".tmp");
        try (JarFile in = new JarFile(jar.toFile(), false);
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(copy))) {
            List<JarEntry> entries = new ArrayList<>(java.util.Collections.list(in.entries()));
            if (manifestLast) {
                entries.sort(java.util.Comparator.comparing(e -> e.getName().equals(JarFile.MANIFEST_NAME)));
            }
            for (JarEntry e : entries) {
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
        // A short-lived tool's JVM: C1 alone and the serial GC take half the CPU (0.35 s, not
        // 0.7, for a key), which the class's fifty runs share with the rest of the build.
        command.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC", "-J-XX:-UsePerfData"));
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
