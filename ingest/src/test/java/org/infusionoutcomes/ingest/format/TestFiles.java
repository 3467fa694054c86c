package org.infusionoutcomes.ingest.format;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Test resources as paths. Shared by the format tests. */
public final class TestFiles {
  private TestFiles() {}

  /** A test resource, e.g. {@code external/pharmaversesdtm/inst/extdata/ex.csv}. */
  public static Path resource(String name) {
    URL url = TestFiles.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("test resource not found: " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A real file copied from shared/external, by its path there. */
  public static Path external(String path) {
    return resource("external/" + path);
  }

  /** The repository's data-samples folder (tests run in the ingest module's folder). */
  public static Path dataSamples(String path) {
    return Path.of("..", "data-samples").resolve(path).toAbsolutePath().normalize();
  }
}
