package org.infusionoutcomes.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Facts fixed when the jar was built: version, git commit, the JVM flags Spark needs. */
public final class BuildInfo {
  private static final Properties BUILD = load("org/infusionoutcomes/jobs/build.properties");
  private static final Properties GIT = load("org/infusionoutcomes/jobs/git.properties");

  private BuildInfo() {}

  private static Properties load(String resource) {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // Build facts are informational; a missing file leaves them unknown.
    }
    return p;
  }

  /** The tool's version. */
  public static String version() {
    return BUILD.getProperty("version", "unknown");
  }

  /** The git commit the jar was built from, or {@code unknown}. */
  public static String gitCommit() {
    String id = GIT.getProperty("git.commit.id", "unknown");
    return "true".equals(GIT.getProperty("git.dirty")) ? id + "-dirty" : id;
  }

  /** The {@code --add-opens} flags Spark needs on Java 17, as one line. */
  public static String sparkJvmOptions() {
    return BUILD.getProperty("jvm.options", "");
  }
}
