import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

/**
 * The Java-side view of search's fixed cost (docs/reports/benchmarks/search.md): how long Lucene 9.11 takes to build the
 * Levenshtein automata of one FuzzyQuery (FuzzyAutomatonBuilder.buildAutomatonSet: one automaton per edit count,
 * 0..maxEdits, as FuzzyTermsEnum does once per query and field), per word, edits and required prefix length.
 *
 * <p>java -cp "$(tr ':' '\n' < neo4j-embedded/target/classpath.txt | grep lucene-core)" bench/FuzzyAutomatonCost.java
 */
public final class FuzzyAutomatonCost {
  public static void main(String[] args) throws Exception {
    Class<?> builder = Class.forName("org.apache.lucene.search.FuzzyAutomatonBuilder");
    Constructor<?> make = builder.getDeclaredConstructor(String.class, int.class, int.class, boolean.class);
    make.setAccessible(true);
    Method build = builder.getDeclaredMethod("buildAutomatonSet");
    build.setAccessible(true);
    String[] words = {"coordination", "trafficking", "giammarino", "interpoll", "persons", "office"};
    System.out.println("| word | letters | edits | prefix 0 ms | prefix 1 ms | prefix 2 ms |");
    System.out.println("|---|---|---|---|---|---|");
    for (int round = 0; round < 3; round++) { // the first two rounds warm the JIT up
      for (String w : words) {
        for (int edits = 1; edits <= 2; edits++) {
          StringBuilder row = new StringBuilder("| " + w + " | " + w.length() + " | " + edits + " |");
          for (int prefix = 0; prefix <= 2; prefix++) {
            int n = 200;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) build.invoke(make.newInstance(w, edits, prefix, true));
            row.append(String.format(" %.3f |", (System.nanoTime() - t0) / 1e6 / n));
          }
          if (round == 2) System.out.println(row);
        }
      }
    }
  }
}
