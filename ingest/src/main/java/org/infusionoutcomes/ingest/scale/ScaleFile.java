package org.infusionoutcomes.ingest.scale;

import java.util.Arrays;

/**
 * The bytes of one scale definition file as read, before parsing: a shipped resource or a file a
 * user named under {@code scale_files}.
 *
 * @param name how errors and the run manifest name the file (its path as the user wrote it,
 *     resolved, or the classpath resource)
 * @param content the file's bytes; their sha256 identifies the definition
 */
public record ScaleFile(String name, byte[] content) {
  public ScaleFile {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScaleFile f && f.name.equals(name) && Arrays.equals(f.content, content);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "ScaleFile[" + name + ", " + content.length + " bytes]";
  }
}
