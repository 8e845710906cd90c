package corpus;

/** A new private helper method, and a change in a try-catch. */
public class Parser {

    private int parsed;

    public int parse(String text) {
        parsed++;
        return Integer.parseInt(text);
    }

    public int parseOr(String text, int fallback) {
        try {
            return parse(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
