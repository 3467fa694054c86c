package org.infusionoutcomes.ingest.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldReaderTest {
  private static FieldReader parse(String text) {
    return FieldReader.parse(
        "def.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void nestedErrorsNameTheDottedPath() {
    FieldReader codes =
        parse("codes:\n  sdtm:\n    total_code: 7\n").object("codes").object("sdtm");

    assertThatThrownBy(() -> codes.requiredInt("missing", 0, 1))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("def.yaml: 'codes.sdtm.missing': is required");
    assertThat(codes.path()).isEqualTo("codes.sdtm");
  }

  @Test
  void listElementsAreNamedWithTheirIndex() {
    FieldReader r =
        parse(
            "items:\n  - {number: 1}\n  - {number: x}\nnames: [a, '']\ngroups: [[1, 2], [3, 9]]\n");

    assertThatThrownBy(() -> r.objects("items").get(1).requiredInt("number", 1, 10))
        .hasMessage("def.yaml: 'items[1].number': must be a whole number, found 'x'");
    assertThatThrownBy(() -> r.textList("names"))
        .hasMessage("def.yaml: 'names[1]': must be a non-empty text value, found ''");
    assertThatThrownBy(() -> r.intLists("groups", 1, 3))
        .hasMessage("def.yaml: 'groups[1][1]': must be a whole number between 1 and 3, found 9");
  }

  @Test
  void unknownKeyListsTheAllowedOnesSorted() {
    assertThatThrownBy(() -> parse("b: 1\nzz: 2\n").rejectUnknownKeys(Set.of("b", "a")))
        .hasMessage("def.yaml: 'zz': unknown key; allowed keys here are a, b");
  }

  @Test
  void keysKeepDocumentOrderAndMapsAreRead() {
    FieldReader r = parse("z: 1\na: 2\nanswers: {LA1: 0, LA2: 3}\nlabels: {x: one}\n");

    assertThat(r.keys()).containsExactly("z", "a", "answers", "labels");
    assertThat(r.intMap("answers", 0, 3))
        .containsExactly(java.util.Map.entry("LA1", 0), java.util.Map.entry("LA2", 3));
    assertThat(r.textMap("labels")).containsEntry("x", "one");
    assertThat(r.textList("absent")).isEqualTo(List.of());
  }

  @Test
  void booleanIsNotText() {
    assertThatThrownBy(() -> parse("id: true\n").requiredText("id"))
        .hasMessage("def.yaml: 'id': must be a text value, found true");
  }

  @Test
  void notANumberAndInfinityAreRefusedEvenWithoutBounds() {
    // YAML's own .nan / .inf spellings are refused when the document is parsed
    for (String v : List.of(".nan", ".NaN", ".inf", "-.inf")) {
      assertThatThrownBy(
              () ->
                  parse("x: " + v + "\n")
                      .requiredDouble("x", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY))
          .as(v)
          .isInstanceOf(DefinitionException.class)
          .hasMessageContaining("def.yaml");
    }
    for (String v : List.of("'NaN'", "'Infinity'", "'-Infinity'", "1e999")) {
      FieldReader r = parse("x: " + v + "\n");
      assertThatThrownBy(
              () -> r.requiredDouble("x", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY))
          .as(v)
          .isInstanceOf(DefinitionException.class)
          .hasMessageContaining("'x'")
          .hasMessageContaining("must be a finite decimal number");
    }
  }

  @Test
  void javaOnlyNumberSpellingsAreRefused() {
    for (String v : List.of("'0.5d'", "'0.5f'", "'0x1p-1'", "'1_0'")) {
      FieldReader r = parse("x: " + v + "\n");
      assertThatThrownBy(() -> r.requiredDouble("x", 0, 1))
          .as(v)
          .isInstanceOf(DefinitionException.class)
          .hasMessageContaining("must be a finite decimal number");
    }
    assertThat(parse("x: '0.25'\n").requiredDouble("x", 0, 1)).isEqualTo(0.25);
  }

  @Test
  void wholeNumbersBeyondIntAreRefusedNotWrapped() {
    FieldReader r = parse("groups: [[1, 4294967297]]\n");
    assertThatThrownBy(() -> r.intLists("groups", 0, 10))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("'groups[0][1]'");
  }

  @Test
  void duplicateKeysAreRefused() {
    assertThatThrownBy(() -> parse("x: 1\ny: 2\nx: 3\n"))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("def.yaml")
        .hasMessageContaining("duplicate key 'x'");
  }

  @Test
  void aDocumentLargerThanTheLimitIsRefusedWithoutReadingItWhole() {
    byte[] big = new byte[FieldReader.MAX_DOCUMENT_BYTES + 1];
    java.util.Arrays.fill(big, (byte) '#');
    java.util.concurrent.atomic.AtomicLong served = new java.util.concurrent.atomic.AtomicLong();
    java.io.InputStream endless =
        new java.io.InputStream() {
          @Override
          public int read() {
            // 4 MiB of a YAML comment: long enough to tell a bounded read from a whole one
            return served.incrementAndGet() > 4L * FieldReader.MAX_DOCUMENT_BYTES ? -1 : '#';
          }
        };
    assertThatThrownBy(() -> FieldReader.parse("huge.yaml", endless))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("huge.yaml")
        .hasMessageContaining("larger than " + FieldReader.MAX_DOCUMENT_BYTES);
    assertThat(served.get()).isLessThanOrEqualTo(FieldReader.MAX_DOCUMENT_BYTES + 1L);
    assertThatThrownBy(() -> FieldReader.parse("big.yaml", new ByteArrayInputStream(big)))
        .isInstanceOf(DefinitionException.class);
  }
}
