package corpus;

/** A new nested class and a new package-private class, with private members. */
public final class Formatter {

    private Formatter() {
    }

    public static String format(int cents) {
        return String.valueOf(cents);
    }
}
