package io.jlivepatch.junit.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.junit.fixture.Greeter;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Version 2 of {@link Greeter}: shouts, through a nested class, a lambda and a package-private
 * class of this file, so that a jar packed without the classes javac wrote from this file could
 * not run it.
 */
@LivePatch(id = "greeter-2", description = "greets louder")
public final class GreeterPatch {

    private GreeterPatch() {
    }

    @Redirect(type = "io.jlivepatch.junit.fixture.Greeter", method = "greet")
    public static String greet(Greeter self, String name) {
        UnaryOperator<String> shout = s -> s.toUpperCase(Locale.ROOT);
        return Loud.say(shout.apply(name));
    }

    @Redirect(type = "io.jlivepatch.junit.fixture.Greeter", method = "version")
    public static int version() {
        return 2;
    }

    /** Private to the patch: reached only as a nestmate. */
    private static final class Loud {
        private static String say(String s) {
            return "HELLO, " + s + new Punctuation().mark();
        }
    }
}

/**
 * Package-private, beside the patch in its file: packed with it. Patch code reaches what lies
 * outside its jar through the agent's access rewriting, but never a class's constructor that is
 * not public, so a jar without this class is refused.
 */
final class Punctuation {

    Punctuation() {
    }

    String mark() {
        return "!";
    }
}
