package org.infusionoutcomes.transform.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.infusionoutcomes.ingest.config.DefinitionException;
import org.infusionoutcomes.ingest.config.FieldReader;
import org.junit.jupiter.api.Test;

class FactorSettingsTest {
  private static FactorSettings read(String yaml) {
    return FactorSettings.read(
        FieldReader.parse(
            "outcomes.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void defaultsAreTheDocumentedBands() {
    FactorSettings d = FactorSettings.defaults();
    assertThat(d.ageBands()).containsExactly(18, 35, 50, 65);
    assertThat(d.doseBands()).containsExactly(0.5, 0.75, 1.0);
    assertThat(d.bmiBands()).containsExactly(25.0, 30.0);
  }

  @Test
  void configuredBandsReplaceTheDefaults() {
    FactorSettings s = read("age_bands: [40]\ndose_bands: [0.4, 0.8]\nbmi_bands: [18.5, 25, 30]\n");
    assertThat(s.ageBands()).containsExactly(40);
    assertThat(s.doseBands()).containsExactly(0.4, 0.8);
    assertThat(s.bmiBands()).containsExactly(18.5, 25.0, 30.0);
  }

  @Test
  void edgesMustBeStrictlyAscendingAndNamedInTheError() {
    assertThatThrownBy(() -> read("dose_bands: [0.75, 0.5]\n"))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("'dose_bands'")
        .hasMessageContaining("strictly ascending");
    assertThatThrownBy(() -> read("age_bands: []\n"))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("'age_bands'");
    assertThatThrownBy(() -> read("bmi_bands: [25, x]\n"))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("'bmi_bands[1]'");
  }
}
