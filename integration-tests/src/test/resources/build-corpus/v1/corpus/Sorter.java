package corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A change in an anonymous class, which is not public and has a bridge method. */
public final class Sorter {

    private Sorter() {
    }

    public static String sorted(List<String> words) {
        List<String> copy = new ArrayList<>(words);
        copy.sort(new Comparator<String>() {
            @Override
            public int compare(String a, String b) {
                return a.compareTo(b);
            }
        });
        return String.join("", copy);
    }
}
