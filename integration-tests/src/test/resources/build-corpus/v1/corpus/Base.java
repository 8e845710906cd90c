package corpus;

/** The superclass of Child. */
public class Base {

    public String name() {
        return "base";
    }
}
