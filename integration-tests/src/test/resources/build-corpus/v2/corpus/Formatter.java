package corpus;

/** A new nested class and a new package-private class, with private members. */
public final class Formatter {

    private Formatter() {
    }

    public static String format(int cents) {
        return new Cents(cents).text() + " " + Money.CURRENCY;
    }

    private static final class Cents {
        private final int value;

        private Cents(int value) {
            this.value = value;
        }

        private String text() {
            return value / 100 + "." + value % 100;
        }
    }
}
