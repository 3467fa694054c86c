package org.infusionoutcomes.ingest.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A file pattern of a mapping file, relative to the folder holding the mapping file (itself
 * relative to the input root): {@code *} matches within one path segment and never crosses {@code
 * /}, a {@code **} segment matches zero or more whole folders ({@code a/**}{@code /x.csv} matches
 * {@code a/x.csv} and {@code a/b/c/x.csv}; a final {@code **} matches every file below), {@code ?}
 * one character other than {@code /}, {@code {a,b}} alternatives. Paths use {@code /}; matching is
 * case-sensitive, as on the file systems the pipeline reads, and any character of a name (a space,
 * {@code %}, a line break) is an ordinary character.
 *
 * <p>{@code **} must be a whole segment outside braces: {@code **.csv} or {@code a**} (which other
 * tools read either as {@code *} or as any depth) is refused rather than guessed. Empty and {@code
 * .} segments are ignored ({@code ./visits//*.csv} = {@code visits/*.csv}); {@code ..} is refused,
 * a pattern cannot leave the mapping file's folder.
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
    String folder = normalise(base);
    String prefix = folder.isEmpty() ? "" : folder + "/";
    if (!p.startsWith(prefix)) {
      return false;
    }
    return regex(pattern).matcher(p.substring(prefix.length())).matches();
  }

  /** {@code /} separators, no empty or {@code .} segments, no leading {@code /}. */
  private static String normalise(String path) {
    List<String> kept = new ArrayList<>();
    for (String segment : path.replace('\\', '/').split("/", -1)) {
      if (!segment.isEmpty() && !segment.equals(".")) {
        kept.add(segment);
      }
    }
    return String.join("/", kept);
  }

  /**
   * The pattern as a regular expression over a path relative to the mapping file's folder.
   *
   * @throws IllegalArgumentException naming the problem when the pattern is not valid
   */
  static Pattern regex(String pattern) {
    String glob = normalise(pattern);
    if (glob.isEmpty()) {
      throw new IllegalArgumentException("file pattern '" + pattern + "' names no file");
    }
    for (String segment : glob.split("/")) {
      if (segment.equals("..")) {
        throw new IllegalArgumentException(
            "file pattern '"
                + pattern
                + "' goes up a folder ('..'); patterns are relative to the mapping file's folder,"
                + " so place the mapping file in a folder above the data files");
      }
    }
    StringBuilder re = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
            boolean segmentStart = i == 0 || glob.charAt(i - 1) == '/';
            boolean segmentEnd = i + 2 == glob.length() || glob.charAt(i + 2) == '/';
            if (!segmentStart || !segmentEnd || depth > 0) {
              throw new IllegalArgumentException(
                  "file pattern '"
                      + pattern
                      + "': '**' must be a whole folder level outside {...} ('**/*.csv', 'a/**/b.csv',"
                      + " 'a/**'); use '*' within one name");
            }
            if (i + 2 == glob.length()) {
              re.append("(?:[^/]*/)*[^/]*"); // a final **: every file below
              i += 1;
            } else {
              re.append("(?:[^/]*/)*"); // **/: zero or more whole folders
              i += 2;
            }
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
      throw new IllegalArgumentException("unbalanced '{' in file pattern '" + pattern + "'");
    }
    return Pattern.compile(re.toString());
  }
}
