package io.jlivepatch.patch;

import java.io.IOException;
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
import java.security.cert.CertificateParsingException;
import java.security.cert.PKIXCertPathValidatorResult;
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
import java.util.jar.JarInputStream;
import java.util.regex.Pattern;

/**
 * The agent argument {@code require-signed=<keystore>[:alias]}: a patch jar is read only when
 * every entry but the signature files is signed (standard jar signing, checked by
 * {@code JarInputStream} with {@code verify=true}) by a signer the keystore, or its certificate
 * under {@code alias}, vouches for: the signer's own certificate is a trusted one, or the signer's
 * chain validates by PKIX up to a trusted certificate that is a CA (basicConstraints CA:true,
 * keyCertSign when it has a keyUsage, a path length that allows the chain; revocation not
 * checked). The signer's certificate must be for signing code (no extendedKeyUsage, or one with
 * codeSigning or anyExtendedKeyUsage; digitalSignature when it has a keyUsage). Every certificate
 * of the path, the trusted one it ends on included (PKIX never looks at an anchor's dates), must
 * be valid at the signature's time: now, unless {@code require-signed-tsa=<keystore>[:alias]}
 * names the time-stamping authorities trusted to say when a jar was signed, and the jar's
 * timestamp is by one of them (its certificate's extendedKeyUsage is timeStamping alone, critical,
 * as RFC 3161 wants; its chain valid now and at the time it stamped). The signers' keystore never
 * vouches for a timestamp: its key holders could then choose the time their expired key signed at.
 * A trusted certificate merely named in the chain the jar carries vouches for nothing: the JDK
 * builds that chain by names alone, so anyone can append the (public) trusted certificate to a
 * chain of their own.
 *
 * <p>The class bytes a verified load uses are the bytes that were verified: {@link #verifiedClasses}
 * reads them through the verifying stream, so no other read of the jar can slip in. The keystores
 * are read at each load (a change takes effect at the next one); their password is the first line
 * of the file {@code require-signed-password-file} names, or none, which reads a JKS keystore or a
 * PKCS12 one made without a password. A keystore that cannot be read, or holds no certificate,
 * refuses every load: a requirement that cannot be checked is not waived.
 */
public final class SignedJars {

    /** Signature-related entries, which jar signing does not sign (JarFile's own rule). */
    private static final Pattern SIGNATURE_FILE = Pattern.compile(
            "META-INF/(MANIFEST\\.MF|[^/]+\\.(SF|RSA|DSA|EC)|SIG-[^/]+)", Pattern.CASE_INSENSITIVE);

    /** The agent argument naming the time-stamping authorities' keystore. */
    public static final String TSA_SETTING = "require-signed-tsa";

    private final Trust signers;
    /** The time-stamping authorities, or {@code null}: timestamps are then ignored. */
    private final Trust authorities;
    private final Path passwordFile;

    private SignedJars(Trust signers, Trust authorities, Path passwordFile) {
        this.signers = signers;
        this.authorities = authorities;
        this.passwordFile = passwordFile;
    }

    /**
     * The requirement {@code keystore[:alias]}: an alias is what follows the last {@code :},
     * unless the whole value names a file.
     *
     * @param passwordFile the file whose first line is the keystores' password, or {@code null}
     * @param tsa the time-stamping authorities' {@code keystore[:alias]}, or {@code null} to
     *     ignore timestamps
     */
    public static SignedJars of(String value, String passwordFile, String tsa) {
        return new SignedJars(Trust.of("require-signed", value), tsa == null ? null : Trust.of(TSA_SETTING, tsa),
                passwordFile == null ? null : Path.of(passwordFile));
    }

    /** {@code keystore[:alias]}, as the refusals name it. */
    public String describe() {
        return signers.describe();
    }

    /** {@code keystore[:alias]} of the time-stamping authorities, or {@code null} when timestamps are ignored. */
    public String describeAuthorities() {
        return authorities == null ? null : authorities.describe();
    }

    /**
     * Checks that the keystores can be read and trust something; the agent says so at start-up,
     * rather than at the first load.
     *
     * @throws PatchException why every load would be refused
     */
    public void checkKeystore() throws PatchException {
        signers.certificates(passwordFile);
        if (authorities != null) {
            authorities.certificates(passwordFile);
        }
    }

    /**
     * What a verification failure says was changed. The manifest's sections are checked against
     * the signature file while that file is read, whose name would be blamed (found by review):
     * "...signature file digest for Manifest main attributes" or "... for {@code <entry>}" names
     * the manifest's section, not the entry being read.
     */
    static String changed(String message, String reading) {
        String m = String.valueOf(message);
        String digestFor = "signature file digest for ";
        int at = m.indexOf(digestFor);
        if (at < 0 || at + digestFor.length() == m.length()) {
            return "entry " + reading;
        }
        String section = m.substring(at + digestFor.length());
        return section.equals("Manifest main attributes") ? "the manifest's main section"
                : "the manifest's section for " + section;
    }

    /**
     * The classes of {@code jar}, by entry name without {@code .class}, read through {@code in},
     * the verifying stream of its bytes, when every entry is signed by a trusted certificate.
     *
     * @throws PatchException one line naming the jar and why it is refused: not signed, signed
     *     by a key the keystore does not trust, an entry not signed, or an entry changed after
     *     signing
     * @throws IOException when {@code in} cannot be read
     */
    Map<String, byte[]> verifiedClasses(Path jar, JarInputStream in) throws PatchException, IOException {
        Set<X509Certificate> trusted = signers.certificates(passwordFile);
        Set<X509Certificate> stampers = authorities == null ? null : authorities.certificates(passwordFile);
        Map<String, byte[]> classes = new LinkedHashMap<>();
        String unsigned = null;
        String untrusted = null;
        int signed = 0;
        long left = PatchJar.MAX_JAR_BYTES;
        try {
            for (JarEntry entry; (entry = in.getNextJarEntry()) != null; ) {
                String name = entry.getName();
                byte[] bytes;
                try {
                    // Reading the entry to its end is what checks its digest and gives its signers.
                    bytes = PatchJar.entryBytes(jar, in, left);
                } catch (SecurityException e) {
                    String what = changed(e.getMessage(), name);
                    throw refuse(jar, what + " was changed after the jar was signed (" + e.getMessage() + ")");
                }
                left -= bytes.length;
                if (entry.isDirectory() || SIGNATURE_FILE.matcher(name).matches()) {
                    continue;
                }
                CodeSigner[] codeSigners = entry.getCodeSigners();
                if (codeSigners == null || codeSigners.length == 0) {
                    unsigned = unsigned == null ? name : unsigned;
                } else {
                    String why = distrust(codeSigners, trusted, stampers);
                    if (why != null) {
                        untrusted = untrusted == null ? subject(codeSigners[0]) + " (entry " + name + "): " + why : untrusted;
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

    /**
     * Why none of {@code codeSigners} is vouched for (the first one's reason), or {@code null}
     * when one is: its chain checked at its timestamp when one of {@code stampers} vouches for
     * that, otherwise now.
     *
     * @param stampers the trusted time-stamping authorities, or {@code null} to ignore timestamps
     */
    static String distrust(CodeSigner[] codeSigners, Set<X509Certificate> trusted, Set<X509Certificate> stampers) {
        String first = null;
        Date now = new Date();
        for (CodeSigner s : codeSigners) {
            Timestamp stamp = s.getTimestamp();
            Date at = now;
            if (stamp != null && stampers != null) {
                List<? extends Certificate> tsa = stamp.getSignerCertPath().getCertificates();
                if (why(tsa, stampers, stamp.getTimestamp(), Usage.TIME_STAMPING) == null
                        && why(tsa, stampers, now, Usage.TIME_STAMPING) == null) {
                    at = stamp.getTimestamp();
                }
            }
            String why = why(s.getSignerCertPath().getCertificates(), trusted, at, Usage.CODE_SIGNING);
            if (why == null) {
                return null;
            }
            first = first == null ? why : first;
        }
        return first;
    }

    /** What a signer's certificate must be for. */
    private enum Usage {
        /** RFC 5280 4.2.1.12: no extendedKeyUsage means any use. */
        CODE_SIGNING("1.3.6.1.5.5.7.3.3") {
            @Override
            String misuse(X509Certificate c) throws CertificateParsingException {
                List<String> eku = c.getExtendedKeyUsage();
                if (eku != null && !eku.contains(oid) && !eku.contains(ANY)) {
                    return "its extendedKeyUsage " + eku + " has neither codeSigning (" + oid + ") nor anyExtendedKeyUsage";
                }
                boolean[] ku = c.getKeyUsage();
                return ku != null && !ku[DIGITAL_SIGNATURE] ? "its keyUsage lacks digitalSignature" : null;
            }
        },
        /** RFC 3161 2.3: timeStamping alone, critical; digitalSignature or nonRepudiation when there is a keyUsage. */
        TIME_STAMPING("1.3.6.1.5.5.7.3.8") {
            @Override
            String misuse(X509Certificate c) throws CertificateParsingException {
                if (!List.of(oid).equals(c.getExtendedKeyUsage())
                        || !c.getCriticalExtensionOIDs().contains(EXTENDED_KEY_USAGE)) {
                    return "it is not a time-stamping authority's (extendedKeyUsage timeStamping alone, critical)";
                }
                boolean[] ku = c.getKeyUsage();
                return ku != null && !ku[DIGITAL_SIGNATURE] && !ku[1] ? "its keyUsage lacks digitalSignature" : null;
            }
        };

        private static final String ANY = "2.5.29.37.0";
        private static final String EXTENDED_KEY_USAGE = "2.5.29.37";
        private static final int DIGITAL_SIGNATURE = 0;

        final String oid;

        Usage(String oid) {
            this.oid = oid;
        }

        /** Why {@code c} may not be used so, or {@code null} when it may. */
        abstract String misuse(X509Certificate c) throws CertificateParsingException;
    }

    /**
     * Why {@code chain} (signer first) is not vouched for by {@code trusted} at {@code at} for
     * {@code usage}, or {@code null} when it is.
     */
    private static String why(List<? extends Certificate> chain, Set<X509Certificate> trusted, Date at, Usage usage) {
        if (chain.isEmpty() || !(chain.get(0) instanceof X509Certificate signer)) {
            return "a key the keystore does not trust (untrusted chain: no X.509 certificate)";
        }
        try {
            String misuse = usage.misuse(signer);
            if (misuse != null) {
                return "certificate '" + name(signer) + "' may not sign this: " + misuse;
            }
        } catch (CertificateParsingException e) {
            return "certificate '" + name(signer) + "' has an extendedKeyUsage that cannot be read (" + e.getMessage() + ")";
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
        X509Certificate anchor;
        try {
            Set<TrustAnchor> anchors = new HashSet<>();
            for (X509Certificate t : trusted) {
                anchors.add(new TrustAnchor(t, null));
            }
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(at);
            PKIXCertPathValidatorResult result = (PKIXCertPathValidatorResult) CertPathValidator.getInstance("PKIX")
                    .validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
            anchor = result.getTrustAnchor().getTrustedCert();
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
        // PKIX takes an anchor as it is: neither its dates nor its right to issue are looked at.
        String notIssuer = notIssuer(anchor, path.size() - 1);
        return notIssuer != null ? notIssuer : validity(anchor, at);
    }

    /**
     * Why the trusted {@code anchor} may not issue a chain with {@code below} CA certificates
     * under it, or {@code null} when it may (RFC 5280 4.2.1.3, 4.2.1.9).
     */
    private static String notIssuer(X509Certificate anchor, int below) {
        int pathLength = anchor.getBasicConstraints();
        String why = pathLength < 0 ? "it is no CA (basicConstraints CA:false or none)"
                : anchor.getKeyUsage() != null && !anchor.getKeyUsage()[5] ? "its keyUsage lacks keyCertSign"
                : below > pathLength ? "its pathLenConstraint " + pathLength + " allows fewer CAs below it than " + below
                : null;
        return why == null ? null : "certificate '" + name(anchor) + "' is trusted, but may not vouch for other"
                + " certificates: " + why;
    }

    private static String validity(X509Certificate c, Date at) {
        try {
            c.checkValidity(at);
            return null;
        } catch (CertificateExpiredException e) {
            return "certificate '" + name(c) + "' expired on " + c.getNotAfter().toInstant();
        } catch (CertificateNotYetValidException e) {
            return "certificate '" + name(c) + "' is not valid before " + c.getNotBefore().toInstant();
        }
    }

    private static String name(X509Certificate c) {
        return c.getSubjectX500Principal().getName();
    }

    private static String subject(CodeSigner signer) {
        List<? extends Certificate> chain = signer.getSignerCertPath().getCertificates();
        return !chain.isEmpty() && chain.get(0) instanceof X509Certificate x ? "'" + name(x) + "'" : "an unknown certificate";
    }

    /** A keystore, or one certificate of it, that an agent argument names. */
    private record Trust(String setting, Path keystore, String alias) {

        /** {@code keystore[:alias]}: an alias is what follows the last {@code :}, unless the whole value names a file. */
        static Trust of(String setting, String value) {
            int colon = value.lastIndexOf(':');
            if (colon > 0 && colon < value.length() - 1 && !Files.exists(Path.of(value))) {
                return new Trust(setting, Path.of(value.substring(0, colon)), value.substring(colon + 1));
            }
            return new Trust(setting, Path.of(value), null);
        }

        String describe() {
            return keystore + (alias == null ? "" : ":" + alias);
        }

        /** The certificates it trusts: its trusted-certificate entries and its key entries' certificates. */
        Set<X509Certificate> certificates(Path passwordFile) throws PatchException {
            KeyStore ks;
            Set<X509Certificate> certs = new HashSet<>();
            try {
                char[] password = passwordFile == null ? null
                        : Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("")
                                .toCharArray();
                ks = KeyStore.getInstance(keystore.toFile(), password);
                for (String a : Collections.list(ks.aliases())) {
                    if (alias == null || alias.equals(a)) {
                        Certificate c = ks.getCertificate(a);
                        if (c instanceof X509Certificate x) {
                            certs.add(x);
                        }
                    }
                }
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                throw new PatchException(setting + "=" + describe() + ": cannot read the keystore (" + e
                        + "), so every patch jar is refused");
            }
            if (certs.isEmpty()) {
                throw new PatchException(setting + "=" + describe() + ": the keystore holds no certificate"
                        + (alias == null ? "" : " under alias '" + alias + "'")
                        + (passwordFile == null ? " it can show without a password (see require-signed-password-file)" : "")
                        + ", so every patch jar is refused");
            }
            return certs;
        }
    }
}
