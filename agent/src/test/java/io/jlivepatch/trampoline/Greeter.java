package io.jlivepatch.trampoline;

/** An interface with a default and a static method, for {@link TrampolineEmitterTest}. */
public interface Greeter {

    default String greet(String name) {
        return "hello " + name;
    }

    static String shout(String s) {
        return s.toUpperCase(java.util.Locale.ROOT);
    }
}
