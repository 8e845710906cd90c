package corpus;

/** A public method's signature changes: refused, and so is the method that calls the new one. */
public class Tax {

    public long rate() {
        return 21L;
    }

    public String describe() {
        return "rate " + rate();
    }
}
