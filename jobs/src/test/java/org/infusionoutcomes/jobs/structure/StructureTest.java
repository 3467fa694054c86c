package org.infusionoutcomes.jobs.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structure of the main code, read off the compiled classes with {@code jdeps}
 * (docs/architecture.md): package dependencies point one way, and only Spark glue imports Spark.
 */
class StructureTest {
  private static final String ROOT = "org.infusionoutcomes.";
  private static final List<String> MODULES = List.of("ingest", "transform", "analysis", "jobs");
  private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+.*$");

  /** Package -> packages it uses, over the main classes of every module. */
  private static final Map<String, Set<String>> USES = new TreeMap<>();

  @BeforeAll
  static void readDependencies() {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    Path base = Path.of("").toAbsolutePath();
    Path project = Files.isDirectory(base.resolve("ingest")) ? base : base.getParent();
    for (String module : MODULES) {
      Path classes = project.resolve(module).resolve("target/classes");
      assertThat(classes).as("compiled classes of " + module).isDirectory();
      StringWriter out = new StringWriter();
      int rc =
          jdeps.run(
              new PrintWriter(out),
              new PrintWriter(new StringWriter()),
              "-verbose:package",
              "-filter:none",
              classes.toString());
      assertThat(rc).as("jdeps on " + classes).isZero();
      for (String line : out.toString().split("\n")) {
        Matcher m = EDGE.matcher(line);
        if (m.matches() && m.group(1).startsWith(ROOT)) {
          USES.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
        }
      }
    }
    assertThat(USES).as("packages read").hasSizeGreaterThan(20);
  }

  @Test
  void noPackageCycles() {
    assertThat(cycles()).as("package cycles in main code").isEmpty();
  }

  @Test
  void onlySparkGlueImportsSpark() {
    List<String> offenders = new ArrayList<>();
    USES.forEach(
        (pkg, used) -> {
          boolean glue = pkg.endsWith(".spark") || pkg.startsWith(ROOT + "jobs");
          for (String u : used) {
            if (u.startsWith("org.apache.spark") && !glue) {
              offenders.add(pkg + " -> " + u);
            }
          }
        });
    assertThat(offenders).as("Spark imports outside *.spark packages and jobs").isEmpty();
  }

  @Test
  void modulesPointOneWay() {
    List<String> offenders = new ArrayList<>();
    USES.forEach(
        (pkg, used) -> {
          int from = MODULES.indexOf(module(pkg));
          for (String u : used) {
            if (u.startsWith(ROOT) && MODULES.indexOf(module(u)) > from) {
              offenders.add(pkg + " -> " + u);
            }
          }
        });
    assertThat(offenders)
        .as("dependencies against ingest <- transform <- analysis <- jobs")
        .isEmpty();
  }

  @Test
  void theCycleFinderFindsACycle() {
    Map<String, Set<String>> g = new HashMap<>();
    g.put("a", Set.of("b"));
    g.put("b", Set.of("c"));
    g.put("c", Set.of("a"));
    g.put("d", Set.of("a"));
    assertThat(stronglyConnected(g)).containsExactly(new TreeSet<>(Set.of("a", "b", "c")));
  }

  private static String module(String pkg) {
    String rest = pkg.substring(ROOT.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static List<Set<String>> cycles() {
    Map<String, Set<String>> internal = new HashMap<>();
    USES.forEach(
        (pkg, used) -> {
          Set<String> own = new TreeSet<>();
          used.stream().filter(u -> u.startsWith(ROOT) && !u.equals(pkg)).forEach(own::add);
          internal.put(pkg, own);
        });
    return stronglyConnected(internal);
  }

  /** Tarjan's strongly connected components of more than one node. */
  static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> out = new ArrayList<>();
    int[] counter = {0};
    for (String v : new TreeSet<>(graph.keySet())) {
      if (!index.containsKey(v)) {
        connect(v, graph, index, low, stack, onStack, out, counter);
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
      List<Set<String>> out,
      int[] counter) {
    index.put(v, counter[0]);
    low.put(v, counter[0]);
    counter[0]++;
    stack.push(v);
    onStack.add(v);
    for (String w : graph.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        connect(w, graph, index, low, stack, onStack, out, counter);
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
