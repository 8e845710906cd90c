package io.jlivepatch.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.build.Javac;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the fingerprint of a method sees, and what it does not. */
class FingerprintTest {

    private static final String PRICING = """
            package t;
            public class Pricing {
                private int base = 3;
                public int price(int quantity) {
                    int total = 0;
                    for (int i = 0; i < quantity; i++) {
                        try {
                            total += base * RATE;
                        } catch (RuntimeException e) {
                            total = -1;
                        }
                    }
                    return total > 100 ? 100 : total;
                }
                static final int RATE = 7;
            }
            """;

    @TempDir
    Path dir;

    private Map<String, String> fingerprints(String name, String source, String... options) {
        Path classes = Javac.compile(dir, name, Map.of("t.Pricing", source), options);
        return Fingerprint.ofMethods(Javac.classFile(classes, "t.Pricing"));
    }

    @Test
    void lineNumbersLocalNamesAndDebugInformationDoNotCount() {
        Map<String, String> plain = fingerprints("plain", PRICING);
        String moved = "\n\n// a comment that moves every line\n" + PRICING.replace("total", "sum")
                .replace("int i = 0", "int k = 0").replace("i < quantity; i++", "k < quantity; k++");
        assertEquals(plain, fingerprints("moved", moved, "-g"));
        assertEquals(plain, fingerprints("bare", PRICING, "-g:none"));
        assertTrue(plain.get("price(I)I").matches("sha256:[0-9a-f]{64}"), plain.toString());
    }

    @Test
    void theConstantPoolsOrderDoesNotCount() {
        Map<String, String> plain = fingerprints("plain", PRICING);
        // A method before the others puts its constants first in the pool.
        String first = PRICING.replace("public class Pricing {", "public class Pricing {\n"
                + "    static String first() { return \"zz\" + Long.MAX_VALUE + java.util.List.of(); }");
        assertEquals(plain.get("price(I)I"), fingerprints("first", first).get("price(I)I"));
    }

    @Test
    void aChangedConstantBranchHandlerOrModifierCounts() {
        String price = fingerprints("plain", PRICING).get("price(I)I");
        assertNotEquals(price, fingerprints("constant", PRICING.replace("100 ? 100", "100 ? 101")).get("price(I)I"));
        assertNotEquals(price, fingerprints("branch", PRICING.replace("total > 100", "total >= 100")).get("price(I)I"));
        assertNotEquals(price, fingerprints("handler", PRICING.replace("RuntimeException", "ArithmeticException"))
                .get("price(I)I"));
        assertNotEquals(price, fingerprints("inlined", PRICING.replace("RATE = 7", "RATE = 8")).get("price(I)I"),
                "javac copies the constant into the code");
        assertNotEquals(price, fingerprints("modifier", PRICING.replace("public int price", "public synchronized int"
                + " price")).get("price(I)I"));
    }
}
