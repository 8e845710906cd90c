package corpus;

/** A constructor change: refused. */
public final class Point {

    private final int x;

    public Point(int x) {
        this.x = Math.abs(x);
    }

    public int x() {
        return x;
    }
}
