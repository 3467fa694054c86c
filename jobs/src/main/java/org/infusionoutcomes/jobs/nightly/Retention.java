package org.infusionoutcomes.jobs.nightly;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which snapshot directories go (docs/operations.md, "Retention"): the newest {@code keep}
 * published snapshots stay, the one {@code current} shows always stays, and a snapshot that was
 * never published (a run killed after building it but before switching {@code current} to it) is
 * removed.
 */
public final class Retention {
  private Retention() {}

  /**
   * The snapshots to delete.
   *
   * @param snapshots every snapshot directory, in any order (names start with their UTC time)
   * @param published the snapshots history records as published
   * @param current the snapshot {@code current} shows
   * @param keep how many of the newest published snapshots to keep ({@code keep_snapshots})
   */
  public static List<String> toDelete(
      List<String> snapshots, Collection<String> published, Optional<String> current, int keep) {
    List<String> newestFirst = new ArrayList<>(snapshots);
    newestFirst.sort(java.util.Comparator.reverseOrder());
    List<String> delete = new ArrayList<>();
    int kept = 0;
    for (String s : newestFirst) {
      boolean isCurrent = current.isPresent() && current.get().equals(s);
      boolean wasPublished = isCurrent || published.contains(s);
      if (isCurrent) {
        kept++;
      } else if (!wasPublished) {
        delete.add(s);
      } else if (kept < keep) {
        kept++;
      } else {
        delete.add(s);
      }
    }
    return delete;
  }
}
