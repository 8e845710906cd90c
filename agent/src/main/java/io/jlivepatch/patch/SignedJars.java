package io.jlivepatch.patch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Timestamp;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
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
 * {@code JarFile} with {@code verify=true}) by a signer the keystore, or its certificate under
 * {@code alias}, vouches for: the signer's own certificate is a trusted one, or the signer's chain
 * validates by PKIX up to a trusted certificate (a CA of the keystore; revocation not checked).
 * Either way the signer's certificates must be valid at the signature's time: the jar's timestamp
 * when it has one whose authority's chain validates to a trusted certificate too, otherwise now.
 * A trusted certificate merely named in the chain the jar carries vouches for nothing: the JDK
 * builds that chain by names alone, so anyone can append the (public) trusted certificate to a
 * chain of their own.
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
     * The classes of {@code jar}, by entry name without {@code .class}, read through {@code file},
     * the verifying {@code JarFile} of its bytes, when every entry is signed by a trusted
     * certificate.
     *
     * @throws PatchException one line naming the jar and why it is refused: not signed, signed
     *     by a key the keystore does not trust, an entry not signed, or an entry changed after
     *     signing
     */
    Map<String, byte[]> verifiedClasses(Path jar, JarFile file) throws PatchException {
        Set<X509Certificate> trusted = trusted();
        Map<String, byte[]> classes = new LinkedHashMap<>();
        String unsigned = null;
        String untrusted = null;
        int signed = 0;
        try {
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
                } else {
                    String why = distrust(signers, trusted);
                    if (why != null) {
                        untrusted = untrusted == null ? subject(signers[0]) + " (entry " + name + "): " + why : untrusted;
                    } else {
                        signed++;
                    }
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
            throw refuse(jar, "it is signed by " + untrusted);
        }
        if (unsigned != null) {
            throw refuse(jar, "entry " + unsigned + " is not signed (added after signing?)");
        }
        return classes;
    }

    private PatchException refuse(Path jar, String why) {
        return new PatchException("patch jar " + jar + " is refused: " + why + "; require-signed=" + describe());
    }

    /** Why none of {@code signers} is vouched for (the first one's reason), or {@code null} when one is. */
    private static String distrust(CodeSigner[] signers, Set<X509Certificate> trusted) {
        String first = null;
        for (CodeSigner s : signers) {
            Timestamp stamp = s.getTimestamp();
            Date at = stamp != null && why(stamp.getSignerCertPath().getCertificates(), trusted, stamp.getTimestamp()) == null
                    ? stamp.getTimestamp() : new Date();
            String why = why(s.getSignerCertPath().getCertificates(), trusted, at);
            if (why == null) {
                return null;
            }
            first = first == null ? why : first;
        }
        return first;
    }

    /** Why {@code chain} (signer first) is not vouched for at {@code at}, or {@code null} when it is. */
    private static String why(List<? extends Certificate> chain, Set<X509Certificate> trusted, Date at) {
        if (chain.isEmpty() || !(chain.get(0) instanceof X509Certificate signer)) {
            return "a key the keystore does not trust (untrusted chain: no X.509 certificate)";
        }
        if (trusted.contains(signer)) {
            // PKIX accepts no path that is the trust anchor alone: a self-signed key of the
            // keystore (keytool -genkeypair) is checked here, by identity and dates.
            return validity(signer, at);
        }
        // The path ends below the first trusted certificate: PKIX wants the anchor out of it, and
        // checks that each certificate is really signed by the next, the last by an anchor.
        List<Certificate> path = new ArrayList<>();
        for (Certificate c : chain) {
            if (trusted.contains(c)) {
                break;
            }
            path.add(c);
        }
        try {
            Set<TrustAnchor> anchors = new HashSet<>();
            for (X509Certificate t : trusted) {
                anchors.add(new TrustAnchor(t, null));
            }
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(at);
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
            return null;
        } catch (CertPathValidatorException e) {
            if (e.getReason() == CertPathValidatorException.BasicReason.EXPIRED
                    || e.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
                int i = Math.max(0, e.getIndex());
                if (i < path.size() && path.get(i) instanceof X509Certificate c && validity(c, at) != null) {
                    return validity(c, at);
                }
            }
            return "a key the keystore does not trust (untrusted chain: " + e.getMessage() + ")";
        } catch (GeneralSecurityException | RuntimeException e) {
            return "a key the keystore does not trust (untrusted chain: " + e + ")";
        }
    }

    private static String validity(X509Certificate c, Date at) {
        try {
            c.checkValidity(at);
            return null;
        } catch (CertificateExpiredException e) {
            return "certificate '" + c.getSubjectX500Principal().getName() + "' expired on " + c.getNotAfter().toInstant();
        } catch (CertificateNotYetValidException e) {
            return "certificate '" + c.getSubjectX500Principal().getName() + "' is not valid before "
                    + c.getNotBefore().toInstant();
        }
    }

    private static String subject(CodeSigner signer) {
        List<? extends Certificate> chain = signer.getSignerCertPath().getCertificates();
        return !chain.isEmpty() && chain.get(0) instanceof X509Certificate x
                ? "'" + x.getSubjectX500Principal().getName() + "'" : "an unknown certificate";
    }

    /** The certificates the keystore trusts: its trusted-certificate entries and its key entries' certificates. */
    private Set<X509Certificate> trusted() throws PatchException {
        KeyStore ks;
        try {
            char[] password = passwordFile == null ? null
                    : Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").toCharArray();
            ks = KeyStore.getInstance(keystore.toFile(), password);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new PatchException("require-signed=" + describe() + ": cannot read the keystore (" + e
                    + "), so every patch jar is refused");
        }
        Set<X509Certificate> certs = new HashSet<>();
        try {
            for (String a : Collections.list(ks.aliases())) {
                if (alias == null || alias.equals(a)) {
                    Certificate c = ks.getCertificate(a);
                    if (c instanceof X509Certificate x) {
                        certs.add(x);
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
