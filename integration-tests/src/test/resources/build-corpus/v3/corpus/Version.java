package corpus;

/** A change in a static method; v3 changes it again, for the guard. */
public final class Version {

    private Version() {
    }

    public static String name() {
        return "v3";
    }
}
