package corpus;

import java.util.List;
import java.util.stream.Collectors;

/** A change inside a lambda, and a new lambda in a changed method that captures this. */
public final class Words {

    private final String prefix;

    public Words(String prefix) {
        this.prefix = prefix;
    }

    public static String shout(List<String> words) {
        return words.stream().map(w -> w.toUpperCase() + "!").collect(Collectors.joining(" "));
    }

    public String prefixAll(List<String> words) {
        return words.stream().filter(w -> !w.isEmpty()).map(w -> prefix + w.toLowerCase())
                .collect(Collectors.joining(","));
    }
}
