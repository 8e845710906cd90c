package io.jlivepatch.patch;

import io.jlivepatch.bootstrap.NotWatchingPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Reads a patch jar into {@link PatchDefinition}s from class bytes, loading no class. */
public final class PatchJar {

    static final String LIVE_PATCH = "Lio/jlivepatch/api/LivePatch;";
    static final String REDIRECT = "Lio/jlivepatch/api/Redirect;";
    /** The callback annotations, in the order of {@link Callbacks}' components. */
    private static final List<String> CALLBACKS = List.of("Lio/jlivepatch/api/PrePatch;",
            "Lio/jlivepatch/api/PostPatch;", "Lio/jlivepatch/api/PreUnpatch;", "Lio/jlivepatch/api/PostUnpatch;");

    private static final Pattern FINGERPRINT = Pattern.compile(Pattern.quote(Fingerprint.PREFIX) + "[0-9a-f]{64}");

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    /**
     * The manifest attribute of a jar packed at test time from classes of the class path of the
     * JVM that loads it (jlivepatch-junit writes it, value {@code true}): the copies of its classes
     * on that class path are the patch's own, not the application's, where they are the same class
     * files ({@link PatchCode#refuseApplicationClasses}). Nothing else writes it, so a fat jar
     * that bundles the application by mistake is still refused.
     */
    public static final String CLASS_PATH_COPIES = "Jlivepatch-Class-Path-Copies";

    private PatchJar() {
    }

    /**
     * Whether {@code description} is one line: no control character (a line break among them)
     * and no Unicode line or paragraph separator. {@code list} prints it after the patch's
     * state, one patch a line, so a line break in it would print a line that reads as another
     * patch (found by review: {@code "fixes quick\nother-fix enabled"}).
     */
    public static boolean isOneLine(String description) {
        return description.codePoints().noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029);
    }

    /** Whether {@code id} may name a patch: letters, digits, {@code . _ -}, at most 128, a letter or digit first. */
    public static boolean isValidId(String id) {
        return ID.matcher(id).matches();
    }

    /**
     * Reads every {@code @LivePatch} class of {@code jar}.
     *
     * @throws PatchException naming the jar and what is wrong with it
     */
    public static List<PatchDefinition> read(Path jar) throws PatchException {
        return read(jar, null);
    }

    /**
     * Reads every {@code @LivePatch} class of {@code jar}, whose entries must all be signed by a
     * key {@code signatures} trusts, when it is not {@code null}.
     *
     * @throws PatchException naming the jar and what is wrong with it
     */
    public static List<PatchDefinition> read(Path jar, SignedJars signatures) throws PatchException {
        return readJar(jar, signatures).patches();
    }

    /**
     * What one read of a patch jar found: its patches, and whether its manifest says
     * {@link #CLASS_PATH_COPIES}{@code : true}.
     */
    public record Contents(List<PatchDefinition> patches, boolean classPathCopies) {
    }

    /**
     * The most bytes a patch jar's file may have, and its entries together once inflated: the
     * jar is read whole into the host's heap (a bigger file, or a sparse one, would take it).
     */
    static final long MAX_JAR_BYTES = 64L << 20;

    /**
     * {@link #read(Path, SignedJars)}, with the manifest's {@link #CLASS_PATH_COPIES}.
     *
     * <p>The jar's file is read once, into memory, and nothing is written: its digest, its
     * signatures, its manifest and its classes are all of those bytes, so a jar renamed over the
     * path meanwhile cannot run under the digest of another. The file must be a regular file of at
     * most {@link #MAX_JAR_BYTES}, its entries inflating to no more; what is opened is checked
     * through the open channel (see {@link #readFile}).
     *
     * @throws PatchException naming the jar and what is wrong with it
     */
    public static Contents readJar(Path jar, SignedJars signatures) throws PatchException {
        try (JarReads.Slot slot = JarReads.acquire(jar)) {
            return readJarInSlot(jar, signatures);
        }
    }

    private static Contents readJarInSlot(Path jar, SignedJars signatures) throws PatchException {
        byte[] bytes = readFile(jar);
        if (!isZip(bytes)) {
            throw new PatchException("patch jar " + jar + " is not a jar file (it does not begin with a zip entry)");
        }
        refuseInflatingOverCap(jar, bytes);
        String sha256 = sha256(bytes);
        Map<String, byte[]> classes;
        boolean classPathCopies;
        // The stream reads the entries' local headers in order, and verifies each entry as it is
        // read, against the manifest it met first: the bytes kept are the bytes verified.
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(bytes), signatures != null)) {
            classes = signatures == null ? classesOf(jar, in) : signatures.verifiedClasses(jar, in);
            Manifest manifest = in.getManifest();
            classPathCopies = manifest != null
                    && "true".equalsIgnoreCase(manifest.getMainAttributes().getValue(CLASS_PATH_COPIES));
        } catch (ZipException e) {
            throw new PatchException("patch jar " + jar + " is not a jar file (" + e.getMessage() + ")");
        } catch (SecurityException e) {
            throw new PatchException("patch jar " + jar + " is refused: its signature does not verify ("
                    + e.getMessage() + ")" + (signatures == null ? "" : "; require-signed=" + signatures.describe()));
        } catch (IOException e) {
            throw new PatchException("cannot read patch jar " + jar + ": " + e);
        } catch (OutOfMemoryError e) {
            // Within the cap, but the heap is full (other reads, the host's own data): the caller's
            // refusal, not an internal error with its stack on the host's stderr.
            throw new PatchException("cannot read patch jar " + jar + ": the heap has no room for its entries");
        }
        if (classes.isEmpty()) {
            throw new PatchException("patch jar " + jar + " contains no classes");
        }
        List<PatchDefinition> patches = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            ParsedClass parsed = parse(jar, e.getKey(), e.getValue());
            if (parsed.patchId == null) {
                if (!parsed.redirects.isEmpty()) {
                    throw new PatchException("patch jar " + jar + ": class " + parsed.binaryName()
                            + " has @Redirect methods but is not annotated @LivePatch");
                }
                for (String callback : parsed.callbacks) {
                    if (callback != null) {
                        // Found by review: never run, and nothing said so.
                        throw new PatchException("patch jar " + jar + ": class " + parsed.binaryName() + " has a"
                                + " callback (" + callback + ") but is not annotated @LivePatch: only a patch class's"
                                + " callbacks run");
                    }
                }
                continue;
            }
            patches.add(validate(jar, parsed, Collections.unmodifiableMap(classes), ids, sha256));
        }
        if (patches.isEmpty()) {
            throw new PatchException("patch jar " + jar + " contains no class annotated @"
                    + "io.jlivepatch.api.LivePatch");
        }
        return new Contents(patches, classPathCopies);
    }

    private static PatchDefinition validate(Path jar, ParsedClass parsed,
            Map<String, byte[]> jarClasses, Set<String> ids, String sha256) throws PatchException {
        String id = parsed.patchId;
        if (!isValidId(id)) {
            throw new PatchException("patch jar " + jar + ": class " + parsed.binaryName()
                    + " has an invalid patch id '" + id + "' (letters, digits, . _ -; at most 128)");
        }
        if (!ids.add(id)) {
            throw new PatchException("patch jar " + jar + " has two patches with id '" + id + "'");
        }
        if (!isOneLine(parsed.description)) {
            throw new PatchException("patch '" + id + "': its description holds a line break or another control"
                    + " character; a description is one line");
        }
        if (parsed.redirects.isEmpty()) {
            throw new PatchException("patch '" + id + "' (" + parsed.binaryName()
                    + ") has no @Redirect methods");
        }
        if (parsed.callbackProblem != null) {
            throw new PatchException("patch '" + id + "': " + parsed.callbackProblem);
        }
        if (parsed.nonStaticRedirect != null) {
            throw new PatchException("patch '" + id + "': replacement " + parsed.binaryName() + "."
                    + parsed.nonStaticRedirect + " must be static");
        }
        for (RedirectDefinition r : parsed.redirects) {
            if (r.targetClass().isEmpty() || r.targetMethod().isEmpty()) {
                throw new PatchException("patch '" + id + "': @Redirect on " + parsed.binaryName() + "."
                        + r.replacementName() + " must name a type and a method");
            }
            if (!r.fingerprint().isEmpty() && !FINGERPRINT.matcher(r.fingerprint()).matches()) {
                throw new PatchException("patch '" + id + "': @Redirect on " + parsed.binaryName() + "."
                        + r.replacementName() + " has fingerprint '" + r.fingerprint() + "'; it must be "
                        + Fingerprint.PREFIX + " and 64 hex digits, as jlivepatch build writes it");
            }
        }
        NotWatchingPolicy notWatching = null;
        if (!parsed.notWatching.isEmpty()) {
            notWatching = NotWatchingPolicy.of(parsed.notWatching);
            if (notWatching == null) {
                throw new PatchException("patch '" + id + "': notWatching must be " + NotWatchingPolicy.choices()
                        + ", not '" + parsed.notWatching + "'");
            }
        }
        Map<Long, Integer> states = new LinkedHashMap<>();
        for (long[] st : parsed.states) {
            if (st[0] == 0) {
                throw new PatchException("patch '" + id + "': a @State needs an id other than 0");
            }
            if (st[1] < 0) {
                throw new PatchException("patch '" + id + "': state " + st[0] + " has a negative version " + st[1]);
            }
            if (states.put(st[0], (int) st[1]) != null) {
                throw new PatchException("patch '" + id + "' declares state " + st[0] + " twice");
            }
        }
        String[] c = parsed.callbacks;
        return new PatchDefinition(id, parsed.description, parsed.replace, parsed.binaryName(),
                List.copyOf(parsed.redirects), new Callbacks(c[0], c[1], c[2], c[3]), sha256, notWatching, jarClasses,
                List.copyOf(parsed.shadowIds), Collections.unmodifiableMap(states));
    }

    /**
     * The bytes of the file {@code jar}, read once, at most {@link #MAX_JAR_BYTES}.
     *
     * <p>It must be a regular file. The path's symbolic links are resolved first and the last
     * name is opened without following one, so a link swapped in after the check (to a device,
     * say) is refused by the open. What the open gave is checked through the channel before any
     * read: a FIFO or a socket cannot seek, so one swapped in between the check and the open is
     * refused rather than read for ever; its size (fstat) must be within the cap, and the read stops
     * there. What can still block: the open of a FIFO swapped in after the check, until something
     * opens it for writing (Java has no {@code O_NONBLOCK}), and the read of a regular file whose
     * file system hangs. Either keeps its read's slot ({@link JarReads}) and its thread; the caller
     * reads before it takes the patch lock and the control socket's operation permit, so neither
     * {@code disable}, {@code force} nor {@code set} waits on it.
     */
    static byte[] readFile(Path jar) throws PatchException {
        Path real;
        BasicFileAttributes checked;
        try {
            real = jar.toRealPath();
            checked = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new PatchException("patch jar " + jar + " does not exist");
        } catch (IOException e) {
            throw new PatchException("cannot read patch jar " + jar + ": " + e);
        }
        if (!checked.isRegularFile()) {
            throw new PatchException("patch jar " + jar + " is not a file");
        }
        if (checked.size() > MAX_JAR_BYTES) {
            throw tooBig(jar, "its file has more than");
        }
        try (FileChannel channel = FileChannel.open(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            return readOpened(jar, channel);
        } catch (IOException e) {
            throw new PatchException("cannot read patch jar " + jar + ": " + e);
        }
    }

    /** What {@code channel}, opened on {@code jar}, holds: see {@link #readFile}. */
    static byte[] readOpened(Path jar, FileChannel channel) throws IOException, PatchException {
        try {
            channel.position();
        } catch (IOException e) {
            throw new PatchException("patch jar " + jar + " is not a file: what was opened cannot seek (" + e.getMessage()
                    + "), a FIFO or a socket put in its place after it was checked");
        }
        long size = channel.size();
        if (size > MAX_JAR_BYTES) {
            throw tooBig(jar, "its file has more than");
        }
        ByteBuffer bytes;
        try {
            bytes = ByteBuffer.allocate((int) size);
        } catch (OutOfMemoryError e) {
            throw new PatchException("cannot read patch jar " + jar + ": the heap has no room for its " + size + " bytes");
        }
        while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
            continue;
        }
        if (!bytes.hasRemaining() && channel.read(ByteBuffer.allocate(1)) > 0) {
            throw new PatchException("patch jar " + jar + " is refused: it has more bytes than its size says"
                    + " (it grew while it was read, or is no ordinary file)");
        }
        // Shorter than its size when it shrank meanwhile: what was there is what is read.
        return bytes.hasRemaining() ? Arrays.copyOf(bytes.array(), bytes.position()) : bytes.array();
    }

    private static Map<String, byte[]> classesOf(Path jar, JarInputStream in) throws IOException, PatchException {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        long left = MAX_JAR_BYTES;
        for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
            String name = entry.getName();
            byte[] bytes = entryBytes(jar, in, left);
            left -= bytes.length;
            if (!entry.isDirectory() && isClassEntry(name)) {
                classes.put(name.substring(0, name.length() - ".class".length()), bytes);
            }
        }
        return classes;
    }

    /**
     * Refuses {@code bytes} when its entries, the manifest included, inflate to more than
     * {@link #MAX_JAR_BYTES} together; keeps none of them. A {@link JarInputStream} reads the
     * manifest whole in its constructor (twice over when it verifies), before any cap of ours
     * can apply (review 13c F2: a 1 MB manifest of newlines inflating to 1 GB), so this plain pass
     * over the same local headers, in the same order, comes first.
     */
    private static void refuseInflatingOverCap(Path jar, byte[] bytes) throws PatchException {
        long left = MAX_JAR_BYTES;
        byte[] sink = new byte[8192];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            while (in.getNextEntry() != null) {
                for (int n; (n = in.read(sink)) >= 0; ) {
                    left -= n;
                    if (left < 0) {
                        throw tooBig(jar, "its entries inflate to more than");
                    }
                }
            }
        } catch (ZipException e) {
            throw new PatchException("patch jar " + jar + " is not a jar file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new PatchException("cannot read patch jar " + jar + ": " + e);
        }
    }

    /**
     * The rest of the current entry of {@code in}, read to its end (which verifies it, when
     * {@code in} verifies), when it inflates to at most {@code left} bytes: a small jar may
     * inflate to any size.
     */
    static byte[] entryBytes(Path jar, InputStream in, long left) throws IOException, PatchException {
        byte[] bytes = in.readNBytes((int) Math.min(left + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > left) {
            throw tooBig(jar, "its entries inflate to more than");
        }
        return bytes;
    }

    /** Whether {@code bytes} begin as a zip file does: a local entry, or the end of an empty one. */
    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
                && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
    }

    private static PatchException tooBig(Path jar, String what) {
        return new PatchException("patch jar " + jar + " is refused: " + what + " " + (MAX_JAR_BYTES >> 20)
                + " MB, the most a patch jar may hold");
    }

    /** Whether a jar entry is a class a patch may hold (no module or package descriptor, nothing under META-INF). */
    static boolean isClassEntry(String name) {
        return name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")
                && !name.endsWith("package-info.class");
    }

    private static ParsedClass parse(Path jar, String entryName, byte[] bytes) throws PatchException {
        ParsedClass parsed = new ParsedClass();
        try {
            // With every method's code and frames (its visitMethod never answers null), as the
            // agent's later passes read them: a class ASM cannot read is refused here, naming it,
            // not met later as an agent bug with its stack on the host's stderr (a constant index
            // past the pool, a bad code length).
            new ClassReader(bytes).accept(parsed, 0);
        } catch (RuntimeException e) {
            throw new PatchException("patch jar " + jar + ": " + entryName + ".class is not a valid class file");
        }
        return parsed;
    }

    /** The SHA-256 of {@code bytes}, in hex, as a patch records it. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The SHA-256 of the file {@code jar}, in hex, as a patch records it; read as a load reads it
     * ({@link #readFile}), so that the audit of a refused load neither waits on a FIFO nor reads
     * a file of any size.
     */
    public static String sha256(Path jar) throws PatchException {
        try (JarReads.Slot slot = JarReads.acquire(jar)) {
            return sha256(readFile(jar));
        }
    }

    private static String simpleName(int callback) {
        String d = CALLBACKS.get(callback);
        return d.substring(d.lastIndexOf('/') + 1, d.length() - 1);
    }

    /** What one class file says about itself as a patch. */
    private static final class ParsedClass extends ClassVisitor {

        void callback(int kind, int access, String name, String descriptor) {
            String what = "@" + simpleName(kind) + " method " + name + descriptor;
            // No parameter, or the object's class (the kernel passes its klp_object).
            boolean fits = descriptor.equals("()V") || descriptor.equals("(Ljava/lang/Class;)V")
                    || (kind == 0 && (descriptor.equals("()Z") || descriptor.equals("(Ljava/lang/Class;)Z")));
            if (callbackProblem != null) {
                return;
            }
            if ((access & Opcodes.ACC_STATIC) == 0) {
                callbackProblem = what + " must be static";
            } else if (!fits) {
                callbackProblem = what + " must take no parameters or a Class (its object's) and return void"
                        + (kind == 0 ? " or boolean" : "");
            } else if (callbacks[kind] != null) {
                callbackProblem = "two @" + simpleName(kind) + " methods: " + callbacks[kind] + " and "
                        + name + descriptor;
            } else {
                callbacks[kind] = name + descriptor;
            }
        }

        String internalName;
        String patchId;
        String description = "";
        boolean replace;
        String notWatching = "";
        final List<Long> shadowIds = new ArrayList<>();
        /** Each {@code @State}: id, version (1 unless given). */
        final List<long[]> states = new ArrayList<>();
        String nonStaticRedirect;
        final List<RedirectDefinition> redirects = new ArrayList<>();
        /** By position in {@link #CALLBACKS}: name + descriptor, or null. */
        final String[] callbacks = new String[CALLBACKS.size()];
        String callbackProblem;

        ParsedClass() {
            super(Opcodes.ASM9);
        }

        String binaryName() {
            return internalName.replace('/', '.');
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            internalName = name;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            if (!LIVE_PATCH.equals(descriptor)) {
                return null;
            }
            patchId = "";
            return new AnnotationVisitor(Opcodes.ASM9) {
                @Override
                public void visit(String name, Object value) {
                    switch (name) {
                        case "id" -> patchId = (String) value;
                        case "description" -> description = (String) value;
                        case "replace" -> replace = (Boolean) value;
                        case "notWatching" -> notWatching = (String) value;
                        case "shadowIds" -> {
                            for (long id : (long[]) value) {
                                shadowIds.add(id);
                            }
                        }
                        default -> { }
                    }
                }

                @Override
                public AnnotationVisitor visitArray(String name) {
                    if (name.equals("states")) {
                        return new AnnotationVisitor(Opcodes.ASM9) {
                            @Override
                            public AnnotationVisitor visitAnnotation(String ignored, String descriptor) {
                                long[] state = {0, 1};
                                states.add(state);
                                return new AnnotationVisitor(Opcodes.ASM9) {
                                    @Override
                                    public void visit(String key, Object value) {
                                        if (key.equals("id")) {
                                            state[0] = ((Number) value).longValue();
                                        } else if (key.equals("version")) {
                                            state[1] = ((Number) value).longValue();
                                        }
                                    }
                                };
                            }
                        };
                    }
                    if (!name.equals("shadowIds")) {
                        return null;
                    }
                    return new AnnotationVisitor(Opcodes.ASM9) {
                        @Override
                        public void visit(String ignored, Object value) {
                            shadowIds.add((Long) value);
                        }
                    };
                }
            };
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    int callback = CALLBACKS.indexOf(annotation);
                    if (callback >= 0) {
                        callback(callback, access, name, descriptor);
                        return null;
                    }
                    if (!REDIRECT.equals(annotation)) {
                        return null;
                    }
                    if ((access & Opcodes.ACC_STATIC) == 0 && nonStaticRedirect == null) {
                        nonStaticRedirect = name + descriptor;
                    }
                    String[] values = {"", "", "", ""};
                    return new AnnotationVisitor(Opcodes.ASM9) {
                        @Override
                        public void visit(String key, Object value) {
                            switch (key) {
                                case "type" -> values[0] = ((String) value).trim();
                                case "method" -> values[1] = ((String) value).trim();
                                case "descriptor" -> values[2] = ((String) value).trim();
                                case "fingerprint" -> values[3] = ((String) value).trim();
                                default -> { }
                            }
                        }

                        @Override
                        public void visitEnd() {
                            redirects.add(new RedirectDefinition(values[0], values[1], values[2], name,
                                    descriptor, values[3]));
                        }
                    };
                }
            };
        }
    }
}
