package corpus;

/** A public method's signature changes: refused, and so is the method that calls the new one. */
public class Tax {

    public int rate() {
        return 20;
    }

    public String describe() {
        return "rate " + rate();
    }
}
