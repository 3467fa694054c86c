package org.infusionoutcomes.ingest.reflect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordShapeTest {
  /** Package-private and with a checking constructor, as several payload records are. */
  record Dose(String subjectId, double mg, List<String> notes) {
    Dose {
      if (mg < 0) {
        throw new IllegalArgumentException("negative dose");
      }
    }
  }

  private record Hidden(int n) {}

  @Test
  void readsTheComponentsInDeclarationOrder() {
    RecordShape shape = RecordShape.of(Dose.class);
    Dose d = new Dose("S-1", 0.5, List.of("a"));

    assertThat(shape.size()).isEqualTo(3);
    assertThat(List.of(shape.name(0), shape.name(1), shape.name(2)))
        .containsExactly("subjectId", "mg", "notes");
    assertThat(shape.type(1)).isEqualTo(double.class);
    assertThat(shape.genericType(2).getTypeName()).isEqualTo("java.util.List<java.lang.String>");
    assertThat(shape.get(d, 0)).isEqualTo("S-1");
    assertThat(shape.get(d, 1)).isEqualTo(0.5);
    assertThat(shape.get(d, 2)).isEqualTo(List.of("a"));
  }

  @Test
  void buildsThroughTheCanonicalConstructorAndPassesItsRefusalOn() {
    RecordShape shape = RecordShape.of(Dose.class);

    assertThat(shape.construct(new Object[] {"S-2", 1.0, List.of()}))
        .isEqualTo(new Dose("S-2", 1.0, List.of()));
    assertThatThrownBy(() -> shape.construct(new Object[] {"S-2", -1.0, List.of()}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative dose");
  }

  @Test
  void readsPrivateRecordsAndIsLookedUpOncePerClass() {
    RecordShape shape = RecordShape.of(Hidden.class);

    assertThat(shape.get(new Hidden(7), 0)).isEqualTo(7);
    assertThat(shape.construct(new Object[] {8})).isEqualTo(new Hidden(8));
    assertThat(RecordShape.of(Hidden.class)).isSameAs(shape);
  }

  @Test
  void refusesAClassThatIsNotARecord() {
    assertThatThrownBy(() -> RecordShape.of(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a record");
  }

  @Test
  void turnsComponentNamesIntoColumnNames() {
    assertThat(RecordShape.snakeCase("subjectId")).isEqualTo("subject_id");
    assertThat(RecordShape.snakeCase("totalScoreAtBaseline")).isEqualTo("total_score_at_baseline");
    assertThat(RecordShape.snakeCase("mg")).isEqualTo("mg");
  }
}
