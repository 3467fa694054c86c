package org.infusionoutcomes.ingest.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small helpers for tests that write input files. */
public final class TempDirs {
  private TempDirs() {}

  /** Writes {@code text} (UTF-8) to {@code dir/name}, creating folders; returns the path. */
  public static Path write(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }
}
