package corpus;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.List;

/** The application of the build corpus: answers "call <case>" with "<case>=<result>". */
public final class App {

    private App() {
    }

    static String run(String c) {
        return switch (c) {
            case "private-method" -> String.valueOf(Pricing.total(100));
            case "lambda" -> Words.shout(List.of("a", "b"));
            case "lambda-new" -> new Words("x-").prefixAll(List.of("A", "", "B"));
            case "default-method" -> new Polite().greet("ada");
            case "new-helper-method" -> String.valueOf(new Parser().parse(" 42 "));
            case "new-helper-class" -> Formatter.format(1234);
            case "synchronized" -> Counter.SHARED.next() + "," + Counter.SHARED.next();
            case "static-method" -> Version.name();
            case "try-catch" -> String.valueOf(new Parser().parseOr("x", -1));
            case "enum-method" -> Level.HIGH.label();
            case "field-added" -> String.valueOf(new Account(100).balance());
            case "constructor" -> String.valueOf(new Point(-3).x());
            case "enum-constant" -> String.valueOf(Color.values().length);
            case "signature" -> new Tax().describe();
            case "super-call" -> new Child().name();
            case "anonymous-class" -> Sorter.sorted(List.of("b", "c", "a"));
            default -> throw new IllegalArgumentException("no case " + c);
        };
    }

    public static void main(String[] args) throws Exception {
        System.out.println("corpus ready pid " + ProcessHandle.current().pid());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        for (String line; (line = in.readLine()) != null && !line.equals("exit"); ) {
            if (line.startsWith("call ")) {
                String c = line.substring("call ".length());
                String answer;
                try {
                    answer = c + "=" + run(c);
                } catch (RuntimeException e) {
                    answer = c + "!" + e;
                }
                System.out.println(answer);
            }
        }
    }
}
