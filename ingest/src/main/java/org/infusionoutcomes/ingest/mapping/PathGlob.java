package org.infusionoutcomes.ingest.mapping;

import java.util.regex.Pattern;

/**
 * A file pattern of a mapping file, relative to the folder holding the mapping file: {@code *}
 * matches within one path segment, {@code **} across segments ({@code **}{@code /} also matches no
 * folder), {@code ?} one character, {@code {a,b}} alternatives. Paths use {@code /}; matching is
 * case-sensitive, as on the file systems the pipeline reads.
 *
 * @param pattern the pattern as written
 * @param base the mapping file's folder relative to the input root ({@code ""} at the root)
 */
public record PathGlob(String pattern, String base) {

  /**
   * The folder part of a relative path ({@code a/b/x.yaml} -> {@code a/b}; {@code x.yaml} -> {@code
   * ""}).
   */
  public static String folderOf(String relativePath) {
    String p = normalise(relativePath);
    int slash = p.lastIndexOf('/');
    return slash < 0 ? "" : p.substring(0, slash);
  }

  /** Whether {@code relativePath} (relative to the input root) matches. */
  public boolean matches(String relativePath) {
    String p = normalise(relativePath);
    String prefix = base.isEmpty() ? "" : base + "/";
    if (!p.startsWith(prefix)) {
      return false;
    }
    return regex(normalise(pattern)).matcher(p.substring(prefix.length())).matches();
  }

  private static String normalise(String path) {
    String p = path.replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    return p;
  }

  /** The pattern as a regular expression. */
  static Pattern regex(String glob) {
    StringBuilder re = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
            boolean slash = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
            re.append(slash ? "(?:.*/)?" : ".*");
            i += slash ? 2 : 1;
          } else {
            re.append("[^/]*");
          }
        }
        case '?' -> re.append("[^/]");
        case '{' -> {
          depth++;
          re.append("(?:");
        }
        case '}' -> {
          if (depth > 0) {
            depth--;
            re.append(')');
          } else {
            re.append("\\}");
          }
        }
        case ',' -> re.append(depth > 0 ? "|" : ",");
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (depth != 0) {
      throw new IllegalArgumentException("unbalanced '{' in file pattern '" + glob + "'");
    }
    return Pattern.compile(re.toString());
  }
}
