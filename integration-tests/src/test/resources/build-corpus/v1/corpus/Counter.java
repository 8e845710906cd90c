package corpus;

/** A change in a synchronized method. */
public final class Counter {

    static final Counter SHARED = new Counter();

    private int count;

    public synchronized int next() {
        return ++count;
    }
}
