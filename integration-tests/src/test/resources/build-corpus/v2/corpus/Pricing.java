package corpus;

/** A change in a private method. */
public final class Pricing {

    private Pricing() {
    }

    public static int total(int amount) {
        return amount - amount * rate() / 100;
    }

    private static int rate() {
        return 15;
    }
}
