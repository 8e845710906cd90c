package io.jlivepatch.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.patch.fixtures.BadCallbacks;
import io.jlivepatch.patch.fixtures.BadId;
import io.jlivepatch.patch.fixtures.FingerprintedPatch;
import io.jlivepatch.patch.fixtures.GoodCallbacks;
import io.jlivepatch.patch.fixtures.GoodPatch;
import io.jlivepatch.patch.fixtures.Helper;
import io.jlivepatch.patch.fixtures.HelperWithCallback;
import io.jlivepatch.patch.fixtures.NoRedirects;
import io.jlivepatch.patch.fixtures.NonStaticPatch;
import io.jlivepatch.patch.fixtures.StatefulPatch;
import io.jlivepatch.patch.fixtures.TwiceState;
import io.jlivepatch.patch.fixtures.TwoLineDescription;
import io.jlivepatch.patch.fixtures.ZeroState;
import io.jlivepatch.patch.fixtures.UsesHelper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatchJarTest {

    @TempDir
    Path dir;

    @Test
    void readsPatchesFromClassBytes() throws Exception {
        List<PatchDefinition> patches = PatchJar.read(jar(GoodPatch.class, Helper.class));
        assertEquals(1, patches.size());
        PatchDefinition p = patches.get(0);
        assertEquals("good-1", p.id());
        assertEquals("a good patch", p.description());
        assertEquals(GoodPatch.class.getName(), p.className());
        assertEquals(List.of(
                new RedirectDefinition("io.jlivepatch.patch.fixtures.Target", "price", "", "price",
                        "(Lio/jlivepatch/patch/fixtures/Target;I)I"),
                new RedirectDefinition("io.jlivepatch.patch.fixtures.Target", "twice", "(I)I", "twice", "(I)I")),
                p.redirects());
        assertEquals(64, p.jarSha256().length());
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("missing.jar");
        assertError("patch jar " + missing + " does not exist", missing);
    }

    @Test
    void notAJar() throws IOException {
        Path junk = Files.write(dir.resolve("junk.jar"), new byte[] {1, 2, 3, 4, 5});
        PatchException e = assertThrows(PatchException.class, () -> PatchJar.read(junk));
        assertEquals(true, e.getMessage().startsWith("patch jar " + junk + " is not a jar file"), e.getMessage());
    }

    @Test
    void emptyJar() throws IOException {
        Path empty = jar();
        assertError("patch jar " + empty + " contains no classes", empty);
    }

    @Test
    void jarWithoutPatches() throws IOException {
        Path plain = jar(Helper.class);
        assertError("patch jar " + plain + " contains no class annotated @io.jlivepatch.api.LivePatch", plain);
    }

    @Test
    void brokenClassFile() throws IOException {
        Path broken = dir.resolve("broken.jar");
        try (OutputStream out = Files.newOutputStream(broken); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry("a/B.class"));
            jar.write(new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1});
        }
        assertError("patch jar " + broken + ": a/B.class is not a valid class file", broken);
    }

    /**
     * A class whose header reads but whose code does not (an {@code ldc} of a constant past the
     * pool) is refused at read, naming it: found by review, where it passed this check, made ASM
     * throw later while the agent defined the patch, and put that stack on the host's stderr.
     */
    @Test
    void aClassWhoseCodeCannotBeReadIsRefused() throws IOException {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "a/Bad", null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "f", "()V", null, null);
        mv.visitCode();
        mv.visitLdcInsn("marker");
        mv.visitInsn(Opcodes.POP);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(1, 0);
        mv.visitEnd();
        cw.visitEnd();
        byte[] bytes = cw.toByteArray();
        int ldc = -1;
        for (int i = bytes.length - 4; i >= 0; i--) {
            // ldc #n; pop; return: the only place these three bytes meet.
            if (bytes[i] == (byte) Opcodes.LDC && bytes[i + 2] == (byte) Opcodes.POP
                    && bytes[i + 3] == (byte) Opcodes.RETURN) {
                ldc = i;
                break;
            }
        }
        assertTrue(ldc > 0, "the ldc is in the class file");
        bytes[ldc + 1] = (byte) 0xFF;
        Path bad = dir.resolve("bad-code.jar");
        try (OutputStream out = Files.newOutputStream(bad); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry("a/Bad.class"));
            jar.write(bytes);
        }
        assertError("patch jar " + bad + ": a/Bad.class is not a valid class file", bad);
    }

    @Test
    void replacementsMustBeStatic() throws IOException {
        assertError("patch 'non-static': replacement io.jlivepatch.patch.fixtures.NonStaticPatch.price"
                + "(Lio/jlivepatch/patch/fixtures/Target;I)I must be static", jar(NonStaticPatch.class));
    }

    @Test
    void aPatchNeedsRedirects() throws IOException {
        assertError("patch 'empty-patch' (io.jlivepatch.patch.fixtures.NoRedirects) has no @Redirect methods",
                jar(NoRedirects.class));
    }

    @Test
    void idsAreNames() throws IOException {
        Path jar = jar(BadId.class);
        assertError("patch jar " + jar + ": class io.jlivepatch.patch.fixtures.BadId has an invalid patch id"
                + " 'bad id!' (letters, digits, . _ -; at most 128)", jar);
    }

    /** A callback outside the patch class would never run: refused, where it was ignored (review). */
    @Test
    void aCallbackOfAHelperClassIsRefused() throws IOException {
        Path jar = jar(GoodPatch.class, Helper.class, HelperWithCallback.class);
        assertError("patch jar " + jar + ": class io.jlivepatch.patch.fixtures.HelperWithCallback has a callback"
                + " (postPatch()V) but is not annotated @LivePatch: only a patch class's callbacks run", jar);
    }

    /** A line break in a description would print, in {@code list}, a line that reads as another patch (review). */
    @Test
    void aDescriptionOfTwoLinesIsRefused() throws IOException {
        assertError("patch 'two-lines': its description holds a line break or another control character; a description"
                + " is one line", jar(TwoLineDescription.class));
        assertTrue(PatchJar.isOneLine("fixes \"quick\" — café"));
        assertEquals(false, PatchJar.isOneLine("a\u2028b"));
    }

    @Test
    void aRedirectMayRecordTheFingerprintOfItsTarget() throws IOException, PatchException {
        RedirectDefinition r = PatchJar.read(jar(FingerprintedPatch.class)).get(0).redirects().get(0);
        assertEquals(FingerprintedPatch.PRINT, r.fingerprint());
        assertEquals("", PatchJar.read(jar(GoodPatch.class, Helper.class)).get(0).redirects().get(0).fingerprint());
        assertError("patch 'badly-printed': @Redirect on io.jlivepatch.patch.fixtures.FingerprintedPatch$BadFingerprint"
                + ".twice has fingerprint 'md5:0123'; it must be sha256: and 64 hex digits, as jlivepatch build writes it",
                jar(FingerprintedPatch.BadFingerprint.class));
    }

    @Test
    void replacementCodeMayUseOtherClassesOfTheJar() throws Exception {
        PatchDefinition p = PatchJar.read(jar(UsesHelper.class, Helper.class)).get(0);
        assertEquals(java.util.Set.of("io/jlivepatch/patch/fixtures/UsesHelper", "io/jlivepatch/patch/fixtures/Helper"),
                PatchCode.reached("io/jlivepatch/patch/fixtures/UsesHelper", p.jarClasses()));
    }

    @Test
    void readsCallbacks() throws Exception {
        PatchDefinition p = PatchJar.read(jar(GoodCallbacks.class)).get(0);
        assertEquals(new Callbacks("ready()Z", null, null, "cleanUp()V"), p.callbacks());
    }

    @Test
    void onlyPrePatchMayAnswer() throws IOException {
        assertError("patch 'bad-callbacks': @PostPatch method postPatch()Z must take no parameters or a Class"
                + " (its object's) and return void",
                jar(BadCallbacks.class));
    }

    @Test
    void readsStates() throws Exception {
        PatchDefinition p = PatchJar.read(jar(StatefulPatch.class)).get(0);
        assertEquals(java.util.List.of(7L, 9L), java.util.List.copyOf(p.states().keySet()), "in declaration order");
        assertEquals(java.util.Map.of(7L, 3, 9L, 1), p.states(), "the version is 1 unless given");
        assertEquals(java.util.Map.of(), PatchJar.read(jar(GoodPatch.class)).get(0).states());
    }

    @Test
    void aStateIsDeclaredOnceWithAnIdOtherThanZero() throws IOException {
        assertError("patch 'twice-state' declares state 7 twice", jar(TwiceState.class));
        assertError("patch 'zero-state': a @State needs an id other than 0", jar(ZeroState.class));
    }

    private static void assertError(String message, Path jar) {
        PatchException e = assertThrows(PatchException.class, () -> PatchJar.read(jar));
        assertEquals(message, e.getMessage());
    }

    /**
     * Review 13 (review/audit-sha-swap.sh): the digest was of one read of the path and the classes
     * of another, so a jar renamed over the path in between ran under the other jar's digest.
     * Another thread renames two jars over the path while this one reads it; every read's digest
     * must be of the jar whose patch it read. Bounded by a number of reads, not by time.
     */
    @Test
    void theDigestIsOfTheBytesRead() throws Exception {
        Path good = jar(GoodPatch.class, Helper.class);
        Path stateful = jar(StatefulPatch.class);
        java.util.Map<String, String> digests = java.util.Map.of("good-1", PatchJar.sha256(good), "stateful",
                PatchJar.sha256(stateful));
        Path path = dir.resolve("swapped.jar");
        Files.copy(good, path);
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Thread swapper = new Thread(() -> {
            Path staged = dir.resolve("staged.jar");
            for (int i = 0; !done.get(); i++) {
                try {
                    Files.copy(i % 2 == 0 ? stateful : good, staged, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    Files.move(staged, path, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }, "swapper");
        swapper.setDaemon(true);
        swapper.start();
        try {
            for (int i = 0; i < 3000; i++) {
                PatchDefinition read = PatchJar.read(path).get(0);
                assertEquals(digests.get(read.id()), read.jarSha256(), "read " + i + " of patch '" + read.id() + "'");
            }
        } finally {
            done.set(true);
            swapper.join();
        }
    }

    /** The manifest, which the stream reads first, says whether the classes are the class path's copies. */
    @Test
    void readsTheManifestsClassPathCopies() throws Exception {
        assertEquals(false, PatchJar.readJar(jar(GoodPatch.class, Helper.class), null).classPathCopies());
        Path jar = dir.resolve("copies.jar");
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue(PatchJar.CLASS_PATH_COPIES, "true");
        try (JarOutputStream target = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Class<?> c : List.of(GoodPatch.class, Helper.class)) {
                String name = c.getName().replace('.', '/') + ".class";
                target.putNextEntry(new JarEntry(name));
                try (InputStream in = c.getClassLoader().getResourceAsStream(name)) {
                    target.write(in.readAllBytes());
                }
            }
        }
        assertEquals(true, PatchJar.readJar(jar, null).classPathCopies());
    }

    /** Review 13b F6: the file's size is checked before it is read (here a sparse file, no bytes on disk). */
    @Test
    void aFileOverTheCapIsRefusedUnread() throws Exception {
        Path big = dir.resolve("big.jar");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(PatchJar.MAX_JAR_BYTES + 1);
        }
        assertError("patch jar " + big + " is refused: its file has more than 64 MB, the most a patch jar may hold", big);
    }

    /** Review 13b F6: a small jar may inflate to any size; its entries together are capped as the file is. */
    @Test
    void entriesInflatingOverTheCapAreRefused() throws Exception {
        Path jar = jar(GoodPatch.class, Helper.class);
        try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(jar);
                OutputStream out = Files.newOutputStream(zip.getPath("zeros.bin"))) {
            byte[] zeros = new byte[1 << 20];
            for (long n = 0; n <= PatchJar.MAX_JAR_BYTES; n += zeros.length) {
                out.write(zeros);
            }
        }
        assertTrue(Files.size(jar) < PatchJar.MAX_JAR_BYTES / 64, "the file is small");
        assertError("patch jar " + jar + " is refused: its entries inflate to more than 64 MB, the most a patch jar"
                + " may hold", jar);
    }

    /**
     * Review 13c F3: eight concurrent checks of a jar inflating to 60 MB took a small host's heap.
     * Now at most {@value JarReads#MAX_READS} jars are read at once; a read that finds no slot
     * within {@link JarReads#WAIT} is refused as busy, and reads again once one is free.
     */
    @Test
    void jarsBeyondTheReadSlotsAreRefusedBusy() throws Exception {
        Path jar = jar(GoodPatch.class, Helper.class);
        List<JarReads.Slot> held = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < JarReads.MAX_READS; i++) {
                held.add(JarReads.acquire(jar));
            }
            assertError("the agent is busy: 2 patch jars are being read; patch jar " + jar + " was not read; try again",
                    jar);
        } finally {
            held.forEach(JarReads.Slot::close);
        }
        assertEquals(1, PatchJar.read(jar).size());
    }

    /**
     * Review 13c F2: the manifest, which {@code JarInputStream} reads whole in its constructor,
     * counts against the cap like any entry: a small jar whose manifest inflates past it is refused.
     */
    @Test
    void aManifestInflatingOverTheCapIsRefused() throws Exception {
        Path jar = dir.resolve("manifest-bomb.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/MANIFEST.MF"));
            out.write("Manifest-Version: 1.0\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] newlines = new byte[1 << 20];
            java.util.Arrays.fill(newlines, (byte) '\n');
            for (long n = 0; n <= PatchJar.MAX_JAR_BYTES; n += newlines.length) {
                out.write(newlines);
            }
            for (Class<?> c : List.of(GoodPatch.class, Helper.class)) {
                String name = c.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(name));
                try (InputStream in = c.getClassLoader().getResourceAsStream(name)) {
                    out.write(in.readAllBytes());
                }
            }
        }
        assertTrue(Files.size(jar) < PatchJar.MAX_JAR_BYTES / 64, "the file is small");
        assertError("patch jar " + jar + " is refused: its entries inflate to more than 64 MB, the most a patch jar"
                + " may hold", jar);
    }

    /**
     * Review 13b F6: a load wrote a copy of the jar to java.io.tmpdir, so with none writable
     * (a read-only root file system) every load failed. A JVM whose java.io.tmpdir does not exist
     * reads a jar.
     */
    @Test
    void readsWithoutATemporaryDirectory() throws Exception {
        Path jar = jar(GoodPatch.class, Helper.class);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + dir.resolve("no-such-dir"), "-cp", System.getProperty("java.class.path"),
                ReadInAnotherJvm.class.getName(), jar.toString()).redirectError(dir.resolve("stderr").toFile()).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), output);
        // Its stderr has JDK 25's own warning that java.io.tmpdir does not exist.
        assertEquals("good-1\n", output, Files.readString(dir.resolve("stderr")));
    }

    /** Prints the ids of the patches of the jar its argument names, or why it cannot. */
    static final class ReadInAnotherJvm {
        public static void main(String[] args) throws PatchException {
            for (PatchDefinition d : PatchJar.read(Path.of(args[0]))) {
                System.out.println(d.id());
            }
        }
    }

    /**
     * A FIFO at the path is refused by the check before the open, which would wait for a writer;
     * so is the digest the audit of the refused load takes.
     */
    @Test
    void aFifoIsNotAFile() throws Exception {
        Path fifo = fifo("at-path.jar");
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
            assertError("patch jar " + fifo + " is not a file", fifo);
            assertEquals("patch jar " + fifo + " is not a file",
                    assertThrows(PatchException.class, () -> PatchJar.sha256(fifo)).getMessage());
        });
    }

    /**
     * Review 13b F7: a FIFO swapped in between the check and the open (here opened directly, a
     * writer keeping it open) was read for ever. What was opened is refused before any read.
     */
    @Test
    void aFifoOpenedInPlaceOfTheJarIsRefusedUnread() throws Exception {
        Path fifo = fifo("swapped.jar");
        try (java.nio.channels.FileChannel writer = java.nio.channels.FileChannel.open(fifo,
                java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE);
                java.nio.channels.FileChannel opened = java.nio.channels.FileChannel.open(fifo)) {
            PatchException e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                    () -> assertThrows(PatchException.class, () -> PatchJar.readOpened(fifo, opened)));
            assertTrue(e.getMessage().startsWith("patch jar " + fifo + " is not a file: what was opened cannot seek ("),
                    e.getMessage());
        }
    }

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        return fifo;
    }

    private Path jar(Class<?>... classes) throws IOException {
        Path jar = Files.createTempFile(dir, "patch", ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream target = new JarOutputStream(out)) {
            for (Class<?> c : classes) {
                String name = c.getName().replace('.', '/') + ".class";
                target.putNextEntry(new JarEntry(name));
                try (InputStream in = c.getClassLoader().getResourceAsStream(name)) {
                    target.write(in.readAllBytes());
                }
            }
        }
        return jar;
    }
}
