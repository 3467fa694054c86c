package org.infusionoutcomes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.infusionoutcomes.ingest.format.SourceReaders;
import org.junit.jupiter.api.Test;

/**
 * The packages of the ingest module depend on each other in one direction only (see
 * package-info.java): jdeps finds no group of packages that reach each other.
 */
class PackageCyclesTest {
  private static final String PREFIX = "org.infusionoutcomes.ingest.";

  /**
   * config and scale still reach each other; untying them is a separate change. Once it is made,
   * this set can be emptied.
   */
  private static final Set<String> KNOWN_CYCLE = Set.of("config", "scale");

  private static final Pattern EDGE =
      Pattern.compile(
          "^\\s+"
              + Pattern.quote(PREFIX)
              + "([\\w.]+)\\.[\\w$]+\\s+->\\s+"
              + Pattern.quote(PREFIX)
              + "([\\w.]+)\\.[\\w$]+\\s.*$");

  @Test
  void ingestPackagesHaveNoCycles() throws URISyntaxException {
    Path classes =
        Path.of(SourceReaders.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Map<String, Set<String>> graph = packageGraph(jdeps(classes));
    assertThat(graph).as("package graph of " + classes).containsKeys("format", "read", "reject");
    assertThat(cycles(graph))
        .as("groups of ingest packages that reach each other")
        .allSatisfy(c -> assertThat(KNOWN_CYCLE).containsAll(c));
  }

  @Test
  void findsPackagesThatReachEachOther() {
    Map<String, Set<String>> graph = new TreeMap<>();
    graph.put("a", Set.of("b"));
    graph.put("b", Set.of("c", "d"));
    graph.put("c", Set.of("a"));
    graph.put("d", Set.of("e"));
    assertThat(cycles(graph)).containsExactly(new TreeSet<>(List.of("a", "b", "c")));
    assertThat(
            packageGraph(
                "   org.infusionoutcomes.ingest.csv.CsvHeader$1 -> "
                    + "org.infusionoutcomes.ingest.source.Origin   classes\n"
                    + "   org.infusionoutcomes.ingest.csv.CsvHeader -> java.lang.Object   java.base\n"))
        .isEqualTo(Map.of("csv", Set.of("source")));
  }

  private static String jdeps(Path classes) {
    ToolProvider jdeps =
        ToolProvider.findFirst("jdeps")
            .orElseThrow(() -> new AssertionError("jdeps is not available in this JDK"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        jdeps.run(
            new PrintWriter(out),
            new PrintWriter(err),
            "-verbose:class",
            "-filter:none",
            classes.toString());
    assertThat(exit).as("jdeps exit code; stderr: " + err).isZero();
    return out.toString();
  }

  /** Package to the packages it uses, among the ingest packages (names without the prefix). */
  static Map<String, Set<String>> packageGraph(String jdepsOutput) {
    Map<String, Set<String>> graph = new TreeMap<>();
    for (String line : jdepsOutput.split("\n")) {
      Matcher m = EDGE.matcher(line);
      if (m.matches() && !m.group(1).equals(m.group(2))) {
        graph.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
      }
    }
    return graph;
  }

  /** The strongly connected components of more than one package (Tarjan). */
  static List<Set<String>> cycles(Map<String, Set<String>> graph) {
    Set<String> nodes = new TreeSet<>(graph.keySet());
    graph.values().forEach(nodes::addAll);
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> out = new ArrayList<>();
    for (String n : nodes) {
      if (!index.containsKey(n)) {
        connect(n, graph, index, low, stack, onStack, out);
      }
    }
    return out;
  }

  private static void connect(
      String v,
      Map<String, Set<String>> graph,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack,
      List<Set<String>> out) {
    index.put(v, index.size());
    low.put(v, index.get(v));
    stack.push(v);
    onStack.add(v);
    for (String w : graph.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        connect(w, graph, index, low, stack, onStack, out);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> component = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      if (component.size() > 1) {
        out.add(component);
      }
    }
  }
}
