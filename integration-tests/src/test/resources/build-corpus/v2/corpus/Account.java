package corpus;

/** Gains a field: refused. */
public final class Account {

    private final long cents;
    private final long fee = 5;

    public Account(long cents) {
        this.cents = cents;
    }

    public long balance() {
        return cents - fee;
    }
}
