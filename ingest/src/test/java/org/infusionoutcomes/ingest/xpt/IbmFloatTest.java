package org.infusionoutcomes.ingest.xpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IbmFloatTest {

  @Test
  void everyDoubleSurvivesTheRoundTripExactly() {
    double[] values = {
      0.0,
      1.0,
      -1.0,
      0.5,
      0.1,
      54,
      81,
      0.75,
      1e-5,
      123456.789,
      -2.5e10,
      Math.PI,
      1.0 / 3,
      1e70,
      1e-70
    };
    for (double v : values) {
      byte[] b = IbmFloat.fromDouble(v);
      assertThat(IbmFloat.missingCode(b, 0, 8)).isNull();
      assertThat(IbmFloat.toDouble(b, 0, 8)).as("%s", v).isEqualTo(v);
    }
  }

  @Test
  void knownEncodingsMatchSas() {
    // 1.0 = 0x41 10 00 00 00 00 00 00; -118.625 = 0xC2 76 A0 00 ... (IBM System/360 reference).
    assertThat(IbmFloat.fromDouble(1.0)).containsExactly(0x41, 0x10, 0, 0, 0, 0, 0, 0);
    assertThat(IbmFloat.fromDouble(-118.625))
        .containsExactly(0xC2 - 256, 0x76, 0xA0 - 256, 0, 0, 0, 0, 0);
  }

  @Test
  void missingValuesAreRecognised() {
    assertThat(IbmFloat.missingCode(IbmFloat.missing("."), 0, 8)).isEqualTo(".");
    assertThat(IbmFloat.missingCode(IbmFloat.missing(".A"), 0, 8)).isEqualTo(".A");
    assertThat(IbmFloat.missingCode(IbmFloat.missing("._"), 0, 8)).isEqualTo("._");
    assertThat(IbmFloat.missingCode(new byte[8], 0, 8)).as("zero is a number").isNull();
  }

  @Test
  void shortNumericsAreTheLeadingBytes() {
    byte[] b = IbmFloat.fromDouble(54);
    assertThat(IbmFloat.toDouble(b, 0, 3)).isEqualTo(54);
  }

  @Test
  void valuesOutsideTheIbmRangeAreRefused() {
    assertThatThrownBy(() -> IbmFloat.fromDouble(1e300))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IbmFloat.fromDouble(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
