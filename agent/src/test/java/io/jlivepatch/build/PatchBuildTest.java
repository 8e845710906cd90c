package io.jlivepatch.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.patch.Fingerprint;
import io.jlivepatch.patch.PatchDefinition;
import io.jlivepatch.patch.PatchJar;
import io.jlivepatch.patch.RedirectDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link PatchBuild} makes of two versions of a class: the replacements it writes and what
 * it refuses, each with its reason. That the patches run is {@code BuildIT}'s.
 */
class PatchBuildTest {

    private static final String SHOP = """
            package t;
            public class Shop extends Base implements Runnable {
                private int stock = 5;
                public static final String NAME = "shop";
                public void run() {
                }
                public int sell(int n) {
                    stock -= n;
                    return stock;
                }
                public synchronized int count() {
                    return stock;
                }
                private static int unused() {
                    return 1;
                }
                public String name() {
                    return NAME;
                }
            }
            """;
    private static final String BASE = """
            package t;
            public class Base {
                public String name() {
                    return "base";
                }
            }
            """;

    @TempDir
    Path dir;

    private int versions;

    private PatchBuild.Result build(String oldShop, String newShop, boolean leaveOut) throws BuildException {
        Path old = Javac.compile(dir, "old" + versions, Map.of("t.Shop", oldShop, "t.Base", BASE));
        Path now = Javac.compile(dir, "new" + versions++, Map.of("t.Shop", newShop, "t.Base", BASE));
        return PatchBuild.build(List.of(old), List.of(now), "fix-1", "a fix", leaveOut);
    }

    /** Asserts that the build of {@code newShop} refuses something with a reason that starts with {@code reason}. */
    private void assertRefused(String newShop, String reason) throws BuildException {
        PatchBuild.Result r = build(SHOP, newShop, false);
        assertNull(r.jar(), "nothing is written when something is refused");
        assertTrue(r.report().stream().anyMatch(l -> l.startsWith("  REFUSED      " + reason)),
                "no refusal '" + reason + "' in\n" + String.join("\n", r.report()));
    }

    @Test
    void aChangedMethodBecomesAReplacementThatRecordsTheOldFingerprint() throws Exception {
        PatchBuild.Result r = build(SHOP, SHOP.replace("stock -= n;", "stock -= 2 * n;"), false);
        assertEquals(1, r.replaced());
        assertEquals(0, r.refused());
        Path jar = dir.resolve("fix-1.jar");
        Files.write(jar, r.jar());
        PatchDefinition p = PatchJar.read(jar).get(0);
        assertEquals("fix-1", p.id());
        assertEquals("a fix", p.description());
        assertEquals("t.LivePatch_fix_1", p.className());
        String oldPrint = Fingerprint.ofMethods(Javac.classFile(dir.resolve("old0"), "t.Shop")).get("sell(I)I");
        assertEquals(List.of(new RedirectDefinition("t.Shop", "sell", "(I)I", "Shop$sell", "(Lt/Shop;I)I", oldPrint)),
                p.redirects());
        assertArrayEquals(r.jar(), build(SHOP, SHOP.replace("stock -= n;", "stock -= 2 * n;"), false).jar(),
                "the same inputs write the same jar");
    }

    @Test
    void nothingChangedWritesNothing() throws Exception {
        PatchBuild.Result r = build(SHOP, SHOP.replace("    public void run", "\n\n    public void run"), false);
        assertEquals(0, r.replaced());
        assertNull(r.jar());
    }

    @Test
    void aNewStaticOrPrivateMethodIsCarried() throws Exception {
        PatchBuild.Result r = build(SHOP, SHOP.replace("stock -= n;", "stock -= twice(n);")
                .replace("    public void run", "    private static int twice(int n) { return 2 * n; }\n    public void run"),
                false);
        assertTrue(r.report().contains("  carried      t.Shop.twice(I)I  (new in the new build)"), r.report().toString());
        assertNotNull(r.jar());
    }

    @Test
    void eachChangeARunningClassCannotTakeIsRefusedWithItsReason() throws Exception {
        assertRefused(SHOP.replace("extends Base", ""), "t.Shop: its superclass changed from t.Base to"
                + " java.lang.Object: the JVM cannot change the hierarchy of a loaded class");
        assertRefused(SHOP.replace("implements Runnable", "implements Runnable, java.io.Serializable"),
                "t.Shop: its interfaces changed from java.lang.Runnable to java.lang.Runnable, java.io.Serializable");
        assertRefused(SHOP.replace("private int stock", "private long stock").replace("return stock;",
                "return (int) stock;"), "t.Shop.stock: field stock changed its type or modifiers: the JVM cannot"
                + " change the fields of a loaded class; " + Diff.SHADOW);
        assertRefused(SHOP.replace("private int stock = 5;", "").replace("stock -= n;\n        return stock;",
                "return n;").replace("return stock;", "return 0;"), "t.Shop.stock: field removed (int stock): the JVM"
                + " cannot remove fields of a loaded class; " + Diff.SHADOW);
        assertRefused(SHOP.replace("\"shop\"", "\"store\""), "t.Shop.NAME: the constant NAME changed from shop to"
                + " store: javac copies constants into the code that reads them");
        assertRefused(SHOP.replace("public synchronized int count", "public int count"),
                "t.Shop.count()I: it became or stopped being synchronized");
        assertRefused(SHOP.replace("public int sell", "@Deprecated public int sell"),
                "t.Shop.sell(I)I: its annotations changed");
        assertRefused(SHOP.replace("    public void run", "    public int extra() { return 1; }\n    public void run"),
                "t.Shop.extra()I: a new method that other classes may call or override");
        assertRefused(SHOP.replace("return NAME;", "return NAME + super.name();"),
                "t.Shop.name()Ljava/lang/String;: it calls super.name()Ljava/lang/String;");
        assertRefused(SHOP.replace("    public void run", "    static { System.gc(); }\n    public void run"),
                "t.Shop.<clinit>()V: a class initialiser was added");
    }

    @Test
    void leftOutRefusalsLeaveTheRestInThePatch() throws Exception {
        String both = SHOP.replace("stock -= n;", "stock -= 3 * n;").replace("private int stock = 5;",
                "private int stock = 6;");
        PatchBuild.Result refused = build(SHOP, both, false);
        assertNull(refused.jar());
        PatchBuild.Result r = build(SHOP, both, true);
        assertEquals(1, r.refused());
        assertEquals(1, r.replaced());
        assertTrue(r.report().get(r.report().size() - 1).endsWith("1 change(s) refused and left out"), r.report().toString());
        assertNotNull(r.jar());
    }

    @Test
    void anInputThatIsNotABuildIsOneLine() {
        BuildException e = assertThrows(BuildException.class, () -> PatchBuild.build(List.of(dir.resolve("none.jar")),
                List.of(dir), "fix-1", "", false));
        assertEquals(dir.resolve("none.jar") + " is neither a jar nor a class directory", e.getMessage());
        e = assertThrows(BuildException.class, () -> PatchBuild.build(List.of(dir), List.of(dir), "fix 1", "", false));
        assertEquals("invalid patch id 'fix 1' (letters, digits, . _ -; at most 128)", e.getMessage());
    }
}
