package io.jlivepatch.patch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

/**
 * The agent argument {@code require-signed=<keystore>[:alias]}: a patch jar is read only when
 * every entry but the signature files is signed (standard jar signing, checked by
 * {@code JarFile} with {@code verify=true}) by a certificate in the keystore, or the one under
 * {@code alias}; a certificate counts when it is the signer's or one in the signer's chain (a CA
 * of the keystore).
 *
 * <p>The class bytes a verified load uses are the bytes that were verified: {@link #verifiedClasses}
 * reads them through the verifying {@code JarFile}, so a jar rewritten between the check and the
 * read cannot slip in. The keystore is read at each load (a change takes effect at the next
 * one); its password is the first line of the file {@code require-signed-password-file} names,
 * or none, which reads a JKS keystore or a PKCS12 one made without a password. A keystore that
 * cannot be read, or holds no certificate, refuses every load: a requirement that cannot be
 * checked is not waived.
 */
public final class SignedJars {

    /** Signature-related entries, which jar signing does not sign (JarFile's own rule). */
    private static final Pattern SIGNATURE_FILE = Pattern.compile(
            "META-INF/(MANIFEST\\.MF|[^/]+\\.(SF|RSA|DSA|EC)|SIG-[^/]+)", Pattern.CASE_INSENSITIVE);

    private final Path keystore;
    private final String alias;
    private final Path passwordFile;

    private SignedJars(Path keystore, String alias, Path passwordFile) {
        this.keystore = keystore;
        this.alias = alias;
        this.passwordFile = passwordFile;
    }

    /**
     * The requirement {@code keystore[:alias]}: an alias is what follows the last {@code :},
     * unless the whole value names a file.
     *
     * @param passwordFile the file whose first line is the keystore's password, or {@code null}
     */
    public static SignedJars of(String value, String passwordFile) {
        Path whole = Path.of(value);
        int colon = value.lastIndexOf(':');
        Path pw = passwordFile == null ? null : Path.of(passwordFile);
        if (colon > 0 && colon < value.length() - 1 && !Files.exists(whole)) {
            return new SignedJars(Path.of(value.substring(0, colon)), value.substring(colon + 1), pw);
        }
        return new SignedJars(whole, null, pw);
    }

    /** {@code keystore[:alias]}, as the refusals name it. */
    public String describe() {
        return keystore + (alias == null ? "" : ":" + alias);
    }

    /**
     * Checks that the keystore can be read and trusts something; the agent says so at start-up,
     * rather than at the first load.
     *
     * @throws PatchException why every load would be refused
     */
    public void checkKeystore() throws PatchException {
        trusted();
    }

    /**
     * The classes of {@code jar}, by entry name without {@code .class}, read through a verifying
     * {@code JarFile}, when every entry is signed by a trusted certificate.
     *
     * @throws PatchException one line naming the jar and why it is refused: not signed, signed
     *     by a key the keystore does not trust, an entry not signed, or an entry changed after
     *     signing
     */
    Map<String, byte[]> verifiedClasses(Path jar) throws PatchException {
        Set<Certificate> trusted = trusted();
        Map<String, byte[]> classes = new LinkedHashMap<>();
        String unsigned = null;
        String untrusted = null;
        int signed = 0;
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                byte[] bytes;
                try (InputStream in = file.getInputStream(entry)) {
                    // Reading the entry to its end is what checks its digest against the signature.
                    bytes = in.readAllBytes();
                } catch (SecurityException e) {
                    throw refuse(jar, "entry " + name + " was changed after the jar was signed (" + e.getMessage() + ")");
                }
                if (entry.isDirectory() || SIGNATURE_FILE.matcher(name).matches()) {
                    continue;
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    unsigned = unsigned == null ? name : unsigned;
                } else if (!trustedSigner(signers, trusted)) {
                    untrusted = untrusted == null ? subject(signers[0]) + " (entry " + name + ")" : untrusted;
                } else {
                    signed++;
                }
                if (PatchJar.isClassEntry(name)) {
                    classes.put(name.substring(0, name.length() - ".class".length()), bytes);
                }
            }
        } catch (SecurityException e) {
            throw refuse(jar, "its signature does not verify (" + e.getMessage() + ")");
        } catch (ZipException e) {
            throw new PatchException("patch jar " + jar + " is not a jar file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new PatchException("cannot read patch jar " + jar + ": " + e);
        }
        if (signed == 0 && untrusted == null) {
            throw refuse(jar, "it is not signed");
        }
        if (untrusted != null) {
            throw refuse(jar, "it is signed by " + untrusted + ", a key the keystore does not trust");
        }
        if (unsigned != null) {
            throw refuse(jar, "entry " + unsigned + " is not signed (added after signing?)");
        }
        return classes;
    }

    private PatchException refuse(Path jar, String why) {
        return new PatchException("patch jar " + jar + " is refused: " + why + "; require-signed=" + describe());
    }

    private static boolean trustedSigner(CodeSigner[] signers, Set<Certificate> trusted) {
        for (CodeSigner s : signers) {
            for (Certificate c : s.getSignerCertPath().getCertificates()) {
                if (trusted.contains(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String subject(CodeSigner signer) {
        List<? extends Certificate> chain = signer.getSignerCertPath().getCertificates();
        return !chain.isEmpty() && chain.get(0) instanceof X509Certificate x
                ? "'" + x.getSubjectX500Principal().getName() + "'" : "an unknown certificate";
    }

    /** The certificates the keystore trusts: its trusted-certificate entries and its key entries' certificates. */
    private Set<Certificate> trusted() throws PatchException {
        KeyStore ks;
        try {
            char[] password = passwordFile == null ? null
                    : Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").toCharArray();
            ks = KeyStore.getInstance(keystore.toFile(), password);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new PatchException("require-signed=" + describe() + ": cannot read the keystore (" + e
                    + "), so every patch jar is refused");
        }
        Set<Certificate> certs = new HashSet<>();
        try {
            for (String a : Collections.list(ks.aliases())) {
                if (alias == null || alias.equals(a)) {
                    Certificate c = ks.getCertificate(a);
                    if (c != null) {
                        certs.add(c);
                    }
                }
            }
        } catch (GeneralSecurityException e) {
            throw new PatchException("require-signed=" + describe() + ": cannot read the keystore (" + e
                    + "), so every patch jar is refused");
        }
        if (certs.isEmpty()) {
            throw new PatchException("require-signed=" + describe() + ": the keystore holds no certificate"
                    + (alias == null ? "" : " under alias '" + alias + "'")
                    + (passwordFile == null ? " it can show without a password (see require-signed-password-file)" : "")
                    + ", so every patch jar is refused");
        }
        return certs;
    }
}
