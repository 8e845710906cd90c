package corpus;

/** A new private helper method, and a change in a try-catch. */
public class Parser {

    private int parsed;

    public int parse(String text) {
        parsed++;
        return Integer.parseInt(clean(text));
    }

    private String clean(String text) {
        return parsed > 0 ? text.strip() : text;
    }

    public int parseOr(String text, int fallback) {
        try {
            return parse(text);
        } catch (NumberFormatException e) {
            return fallback * 100;
        }
    }
}
