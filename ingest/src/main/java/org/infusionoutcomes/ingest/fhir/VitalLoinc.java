package org.infusionoutcomes.ingest.fhir;

import java.util.HashMap;
import java.util.Map;

/**
 * The LOINC codes of the vital-sign tests (SDTM VSTESTCD codes) in FHIR Observations, for the
 * reader and the writer alike (docs/formats.md, "Vital signs"). Blood pressure also comes as the
 * panel {@code 85354-9} with SBP and DBP as components.
 */
final class VitalLoinc {
  private VitalLoinc() {}

  /** The code each test is written with. */
  static final Map<String, String> CODE_OF_TEST =
      Map.of(
          "SYSBP", "8480-6",
          "DIABP", "8462-4",
          "PULSE", "8867-4",
          "SPO2", "59408-5",
          "RESP", "9279-1",
          "TEMP", "8310-5",
          "WEIGHT", "29463-7",
          "HEIGHT", "8302-2",
          "BMI", "39156-5");

  /** The test of each code read: the codes above, and 2708-6 (oxygen saturation, arterial). */
  static final Map<String, String> TEST_OF_CODE = testOfCode();

  private static Map<String, String> testOfCode() {
    Map<String, String> m = new HashMap<>();
    CODE_OF_TEST.forEach((test, code) -> m.put(code, test));
    m.put("2708-6", "SPO2");
    return Map.copyOf(m);
  }
}
