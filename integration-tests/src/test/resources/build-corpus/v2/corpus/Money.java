package corpus;

/** Only in the new build. */
final class Money {

    static final String CURRENCY = currency();

    private Money() {
    }

    private static String currency() {
        return "EUR";
    }
}
