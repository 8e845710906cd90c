package corpus;

/** A change in an enum's method. */
public enum Level {
    LOW, HIGH;

    public String label() {
        return "level " + ordinal();
    }
}
