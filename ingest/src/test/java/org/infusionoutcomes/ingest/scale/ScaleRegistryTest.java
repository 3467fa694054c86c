package org.infusionoutcomes.ingest.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.infusionoutcomes.ingest.config.DefinitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScaleRegistryTest {
  private static final ScaleRegistry SHIPPED = ScaleRegistry.shipped();

  private static ScaleDefinition scale(String id) {
    return SHIPPED.byId(id).orElseThrow();
  }

  @Test
  void shipsMadrsAndPhq9() {
    assertThat(SHIPPED.scales())
        .extracting(ScaleDefinition::id)
        .containsExactlyInAnyOrder("MADRS", "PHQ9", "GAD7", "QIDSSR16", "PCL5", "CADSS", "HAMD17");
  }

  @Test
  void madrsDefinitionHasThePublishedValues() {
    ScaleDefinition m = scale("MADRS");

    assertThat(m.version()).isEqualTo("1.0");
    assertThat(m.rater()).isEqualTo("clinician");
    assertThat(m.itemCount()).isEqualTo(10);
    assertThat(m.itemMin()).isZero();
    assertThat(m.itemMax()).isEqualTo(6);
    assertThat(m.totalMin()).isZero();
    assertThat(m.totalMax()).isEqualTo(60.0);
    assertThat(m.maxMissingItems()).isEqualTo(1);
    assertThat(m.isPlainSum()).isTrue();
    assertThat(m.responseFraction()).isEqualTo(0.5);
    assertThat(m.remissionMax()).isEqualTo(10.0);
    assertThat(m.relapseThreshold()).isEqualTo(22.0);
    assertThat(m.safetyFlag()).isNull();
    assertThat(m.items().get(9).label()).isEqualTo("Suicidal thoughts");
    assertThat(m.severityBands())
        .extracting(ScaleDefinition.SeverityBand::label)
        .containsExactly("normal", "mild", "moderate", "severe");
    assertThat(m.codes().sdtm().categories()).containsExactly("MADRS");
    assertThat(m.codes().sdtm().totalCode()).isEqualTo("MADRS111");
    assertThat(m.codes().redcap().itemFields())
        .hasSize(10)
        .startsWith("madrs_1")
        .endsWith("madrs_10");
    assertThat(m.codes().redcap().totalField()).isEqualTo("madrs_total");
    assertThat(m.codes().redcap().dateField()).isEqualTo("madrs_date");
  }

  @Test
  void phq9DefinitionHasThePublishedValues() {
    ScaleDefinition p = scale("PHQ9");

    assertThat(p.version()).isEqualTo("1.0");
    assertThat(p.itemCount()).isEqualTo(9);
    assertThat(p.itemMax()).isEqualTo(3);
    assertThat(p.totalMax()).isEqualTo(27.0);
    assertThat(p.maxMissingItems()).isEqualTo(2);
    assertThat(p.remissionMax()).isEqualTo(4.0);
    assertThat(p.relapseThreshold()).isEqualTo(10.0);
    assertThat(p.safetyFlag()).isEqualTo(new ScaleDefinition.SafetyFlag("suicidality_flag", 9, 1));
    assertThat(p.severityBands())
        .containsExactly(
            new ScaleDefinition.SeverityBand("minimal", 0, 4),
            new ScaleDefinition.SeverityBand("mild", 5, 9),
            new ScaleDefinition.SeverityBand("moderate", 10, 14),
            new ScaleDefinition.SeverityBand("moderately severe", 15, 19),
            new ScaleDefinition.SeverityBand("severe", 20, 27));
    assertThat(p.codes().sdtm().categories()).containsExactly("PHQ-9");
    assertThat(p.codes().sdtm().ignoredCodes()).containsExactly("PHQ0110");
    assertThat(p.codes().loinc().panel()).isEqualTo("44249-1");
    assertThat(p.codes().loinc().itemCodes())
        .containsExactly(
            "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3",
            "44260-8");
    assertThat(p.codes().loinc().totalCode()).isEqualTo("44261-6");
    assertThat(p.codes().loinc().answerValues())
        .containsEntry("LA6568-5", 0)
        .containsEntry("LA6571-9", 3);
  }

  @ParameterizedTest
  @CsvSource({
    "PHQ-9, PHQ9",
    "phq9, PHQ9",
    "Phq 9, PHQ9",
    "PHQ_9, PHQ9",
    "madrs, MADRS",
    "MADRS-10, MADRS",
    "madrs-s24h, MADRS"
  })
  void spellingsResolveToTheCanonicalScale(String spelling, String id) {
    assertThat(SHIPPED.resolve(spelling)).map(ScaleDefinition::id).contains(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"HAMD", "HAM-D21", "PHQ", "PHQ-8", ""})
  void unknownSpellingResolvesToNothing(String spelling) {
    assertThat(SHIPPED.resolve(spelling)).isEmpty();
  }

  @Test
  void nullResolvesToNothing() {
    assertThat(SHIPPED.resolve(null)).isEmpty();
    assertThat(SHIPPED.bySdtmTestCode(null)).isEmpty();
    assertThat(SHIPPED.bySdtmCategory(null)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "PHQ0101, PHQ9, 1",
    "phq0109, PHQ9, 9",
    "PHQ0111, PHQ9, 0",
    "PHQ0110, PHQ9, -1",
    "MADRS101, MADRS, 1",
    "MADRS110, MADRS, 10",
    "MADRS111, MADRS, 0"
  })
  void sdtmTestCodesNameScaleAndItem(String code, String scale, int item) {
    ItemRef ref = SHIPPED.bySdtmTestCode(code).orElseThrow();

    assertThat(ref.scale().id()).isEqualTo(scale);
    assertThat(ref.item()).isEqualTo(item);
  }

  @Test
  void totalAndIgnoredCodesAreFlagged() {
    assertThat(SHIPPED.bySdtmTestCode("PHQ0111").orElseThrow().isTotal()).isTrue();
    assertThat(SHIPPED.bySdtmTestCode("PHQ0110").orElseThrow().isIgnored()).isTrue();
    assertThat(SHIPPED.bySdtmTestCode("PHQ0112")).isEmpty();
    assertThat(SHIPPED.bySdtmTestCode("MADRS112")).isEmpty();
  }

  @Test
  void sdtmCategoriesNameTheScale() {
    assertThat(SHIPPED.bySdtmCategory("PHQ-9")).map(ScaleDefinition::id).contains("PHQ9");
    assertThat(SHIPPED.bySdtmCategory("madrs")).map(ScaleDefinition::id).contains("MADRS");
    assertThat(SHIPPED.bySdtmCategory("HAM-D")).isEmpty();
  }

  @Test
  void loincAndRedcapCodesNameScaleAndItem() {
    assertThat(SHIPPED.byLoinc("44250-9").orElseThrow().item()).isEqualTo(1);
    assertThat(SHIPPED.byLoinc("44260-8").orElseThrow().item()).isEqualTo(9);
    assertThat(SHIPPED.byLoinc("44261-6").orElseThrow().isTotal()).isTrue();
    assertThat(SHIPPED.byRedcapField("MADRS_7").orElseThrow().item()).isEqualTo(7);
    assertThat(SHIPPED.byRedcapField("phq9_total").orElseThrow().scale().id()).isEqualTo("PHQ9");
    assertThat(SHIPPED.byRedcapField("phq9_date")).isEmpty();
  }

  @Test
  void hamd17DefinitionHasThePublishedValues() {
    ScaleDefinition h = scale("HAMD17");

    assertThat(h.itemCount()).isEqualTo(17);
    assertThat(h.rater()).isEqualTo("clinician");
    List<Integer> twoPointItems = List.of(4, 5, 6, 12, 13, 14, 16, 17);
    for (int i = 1; i <= 17; i++) {
      assertThat(h.itemMin(i)).as("item %d min", i).isZero();
      assertThat(h.itemMax(i)).as("item %d max", i).isEqualTo(twoPointItems.contains(i) ? 2 : 4);
    }
    assertThat(h.totalMin()).isZero();
    assertThat(h.totalMax()).isEqualTo(52.0);
    assertThat(h.isPlainSum()).isTrue();
    assertThat(h.maxMissingItems()).isEqualTo(1);
    assertThat(h.responseFraction()).isEqualTo(0.5);
    assertThat(h.remissionMax()).isEqualTo(7.0);
    assertThat(h.relapseThreshold()).isEqualTo(16.0);
    assertThat(h.severityOf(7)).contains("none");
    assertThat(h.severityOf(8)).contains("mild");
    assertThat(h.severityOf(17)).contains("moderate");
    assertThat(h.severityOf(24)).contains("severe");
    assertThat(h.safetyFlag().item()).isEqualTo(3);
    // CDISC RS category HAMD 17 and its test codes (NCI EVS SDTM CT 2025-03-25)
    assertThat(SHIPPED.bySdtmCategory("HAMD 17")).contains(h);
    assertThat(SHIPPED.bySdtmTestCode("HAMD101")).contains(new ItemRef(h, 1));
    assertThat(SHIPPED.bySdtmTestCode("HAMD116A")).contains(new ItemRef(h, 16));
    assertThat(SHIPPED.bySdtmTestCode("HAMD116B")).contains(new ItemRef(h, ItemRef.IGNORED));
    assertThat(SHIPPED.bySdtmTestCode("HAMD117")).contains(new ItemRef(h, 17));
    assertThat(SHIPPED.bySdtmTestCode("HAMD118")).contains(new ItemRef(h, ItemRef.TOTAL));
    assertThat(h.codes().loinc().itemCodes()).isEmpty();
    assertThat(SHIPPED.resolve("HAM-D17")).contains(h);
    assertThat(SHIPPED.resolve("hrsd-17")).contains(h);
    assertThat(SHIPPED.resolve("HAM-D")).isEmpty();
  }

  @Test
  void normaliseKeepsUpperCaseLettersAndDigits() {
    assertThat(ScaleRegistry.normalise("phq-9 ")).isEqualTo("PHQ9");
    assertThat(ScaleRegistry.normalise("Madrs_S 24h")).isEqualTo("MADRSS24H");
  }

  @Test
  void registrySurvivesJavaSerialisation() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(SHIPPED);
    }
    ScaleRegistry copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ScaleRegistry) in.readObject();
    }

    assertThat(copy.resolve("PHQ-9")).map(ScaleDefinition::id).contains("PHQ9");
    assertThat(copy.bySdtmTestCode("MADRS111").orElseThrow().isTotal()).isTrue();
  }

  @Test
  void twoScalesWithTheSameAliasAreRefused() {
    ScaleDefinition madrs = scale("MADRS");
    ScaleDefinition clash =
        ScaleDefinitionReader.read(
            "scales/clash.yaml",
            new ByteArrayInputStream(
                """
                id: CLASH
                version: "1"
                name: Clash
                aliases: [madrs-10]
                item_min: 0
                item_max: 1
                total_min: 0
                total_max: 1
                max_missing_items: 0
                items: [{number: 1, label: x}]
                defaults: {response_fraction: 0.5, remission_max: 0, relapse_threshold: 1}
                """
                    .getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() -> ScaleRegistry.of(List.of(madrs, clash)))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("alias 'madrs-10' is also used by MADRS");
    assertThatThrownBy(() -> ScaleRegistry.of(List.of(madrs, madrs)))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("scale id defined twice");
  }

  /** A small scale the project does not ship, as a user would write it. */
  private static final String USER_SCALE =
      """
      id: TEST4
      version: "2.0"
      name: Test scale four
      aliases: [TEST-4]
      rater: patient
      item_min: 0
      item_max: 3
      total_min: 0
      total_max: 10
      max_missing_items: 1
      items:
        - {number: 1, label: a}
        - {number: 2, label: b}
        - {number: 3, label: c}
        - {number: 4, label: d, max: 1}
      defaults: {response_fraction: 0.4, remission_max: 2, relapse_threshold: 6}
      severity_bands:
        - {label: low, min: 0, max: 5}
        - {label: high, min: 6, max: 10}
      codes:
        sdtm: {categories: [TEST 4], item_codes: [TST01, TST02, TST03, TST04], total_code: TST05}
        redcap: {item_fields: [t_1, t_2, t_3, t_4], total_field: t_total}
      """;

  private static ScaleFile file(String name, String text) {
    return new ScaleFile(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static DefinitionException userError(String name, String text) {
    try {
      SHIPPED.withScaleFiles(List.of(file(name, text)));
    } catch (DefinitionException e) {
      return e;
    }
    throw new AssertionError("no DefinitionException for " + name);
  }

  @Test
  void userScaleFileAddsAScaleForThisRegistryOnly() {
    ScaleRegistry r = SHIPPED.withScaleFiles(List.of(file("/study/scales/test4.yaml", USER_SCALE)));

    ScaleDefinition t = r.resolve("test-4").orElseThrow();
    assertThat(t.id()).isEqualTo("TEST4");
    assertThat(t.version()).isEqualTo("2.0");
    assertThat(t.itemMax(4)).isEqualTo(1);
    assertThat(t.responseFraction()).isEqualTo(0.4);
    assertThat(r.bySdtmCategory("TEST 4")).contains(t);
    assertThat(r.bySdtmTestCode("TST03")).contains(new ItemRef(t, 3));
    assertThat(r.byRedcapField("t_total")).contains(new ItemRef(t, ItemRef.TOTAL));
    assertThat(r.byId("MADRS")).isEqualTo(SHIPPED.byId("MADRS"));
    assertThat(SHIPPED.byId("TEST4")).as("the shipped registry is unchanged").isEmpty();

    ScaleSource src =
        r.sources().stream().filter(x -> x.scaleId().equals("TEST4")).findFirst().orElseThrow();
    assertThat(src.origin()).isEqualTo(ScaleSource.SCALE_FILES);
    assertThat(src.file()).isEqualTo("/study/scales/test4.yaml");
    assertThat(src.overridesShipped()).isFalse();
    assertThat(src.text()).isEqualTo(USER_SCALE);
    // sha256 of the file's bytes, as `sha256sum` prints it
    assertThat(src.sha256())
        .hasSize(64)
        .isEqualTo(ScaleSource.sha256(USER_SCALE.getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(ScaleSource.sha256((USER_SCALE + " ").getBytes(StandardCharsets.UTF_8)));
    assertThat(r.sources()).extracting(ScaleSource::scaleId).isSorted().contains("MADRS", "TEST4");
  }

  @Test
  void sha256IsTheStandardDigest() {
    assertThat(ScaleSource.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void shippedSourcesNameTheResourceAndItsDigest() {
    ScaleSource madrs =
        SHIPPED.sources().stream()
            .filter(x -> x.scaleId().equals("MADRS"))
            .findFirst()
            .orElseThrow();

    assertThat(madrs.origin()).isEqualTo(ScaleSource.SHIPPED);
    assertThat(madrs.file()).isEqualTo("scales/madrs.yaml");
    assertThat(madrs.sha256())
        .isEqualTo(ScaleSource.sha256(madrs.text().getBytes(StandardCharsets.UTF_8)));
    assertThat(SHIPPED.sources()).hasSize(SHIPPED.scales().size());
  }

  @Test
  void userScaleFileOverridesTheShippedScaleOfTheSameId() {
    String madrs12 =
        SHIPPED.sources().stream()
            .filter(x -> x.scaleId().equals("MADRS"))
            .findFirst()
            .orElseThrow()
            .text()
            .replace("version: \"1.0\"", "version: \"1.0-site\"")
            .replace("remission_max: 10", "remission_max: 12");
    ScaleRegistry r = SHIPPED.withScaleFiles(List.of(file("site/madrs.yaml", madrs12)));

    ScaleDefinition m = r.resolve("MADRS-10").orElseThrow();
    assertThat(m.version()).isEqualTo("1.0-site");
    assertThat(m.remissionMax()).isEqualTo(12.0);
    assertThat(r.bySdtmTestCode("MADRS111").orElseThrow().scale()).isSameAs(m);
    assertThat(r.scales()).hasSize(SHIPPED.scales().size());
    ScaleSource src =
        r.sources().stream().filter(x -> x.scaleId().equals("MADRS")).findFirst().orElseThrow();
    assertThat(src.overridesShipped()).isTrue();
    assertThat(src.file()).isEqualTo("site/madrs.yaml");
    assertThat(SHIPPED.byId("MADRS").orElseThrow().remissionMax()).isEqualTo(10.0);
  }

  @Test
  void userScalesTravelWithTheRegistryToExecutors() throws Exception {
    ScaleRegistry r = SHIPPED.withScaleFiles(List.of(file("/study/scales/test4.yaml", USER_SCALE)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(r);
    }
    ScaleRegistry copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ScaleRegistry) in.readObject();
    }

    assertThat(copy.resolve("TEST-4").orElseThrow().itemMax(4)).isEqualTo(1);
    assertThat(copy.bySdtmTestCode("TST05").orElseThrow().isTotal()).isTrue();
    assertThat(copy.sources()).isEqualTo(r.sources());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // the definition itself, validated exactly like a shipped one
        "total_max: 10 | total_max: 12 | total_max | the total range must be what the items add up to: 0..10 for 4 scored groups of the items' own ranges",
        "{number: 4, label: d, max: 1} | {number: 4, label: d, max: 5} | items[3].max | must be between 1 and 3, found 5",
        "id: TEST4 | id: test-4 | id | must be upper-case letters and digits only (for example PHQ9), found 'test-4'",
        "rater: patient | rater: nurse | rater | must be one of clinician, patient, both, found 'nurse'",
        "remission_max: 2 | remission_max: 11 | defaults.remission_max | must be between 0 and 10, found 11",
        "{label: high, min: 6, max: 10} | {label: high, min: 5, max: 10} | severity_bands[1].min | severity bands must be in ascending order without overlap",
        "item_codes: [TST01, TST02, TST03, TST04] | item_codes: [TST01] | codes.sdtm.item_codes | must list one code per item (4), found 1",
        "name: Test scale four | colour: blue | colour | unknown key; allowed keys here are aliases, codes, defaults, id, item_max, item_min, items, max_missing_items, name, outcome, rater, recall, safety_flag, severity_bands, total_groups, total_max, total_min, version",
        // clashes with the shipped scales
        "aliases: [TEST-4] | aliases: [MADRS10] | aliases | alias 'MADRS10' is also used by MADRS",
        "item_codes: [TST01, TST02, TST03, TST04] | item_codes: [TST01, TST02, TST03, PHQ0101] | codes.sdtm.item_codes | code 'PHQ0101' is also used by scale PHQ9",
        "total_code: TST05 | total_code: MADRS111 | codes.sdtm.total_code | code 'MADRS111' is also used by scale MADRS",
        "categories: [TEST 4] | categories: [PHQ-9] | codes.sdtm.categories | code 'PHQ-9' is also used by scale PHQ9",
        "total_field: t_total | total_field: madrs_total | codes.redcap.total_field | code 'madrs_total' is also used by scale MADRS",
      })
  void invalidUserScaleFileNamesFileAndKey(String from, String to, String field, String problem) {
    String text = USER_SCALE.replace(from, to);
    assertThat(text).as("the replacement applies").isNotEqualTo(USER_SCALE);

    DefinitionException e = userError("/study/scales/test4.yaml", text);

    assertThat(e.file()).isEqualTo("/study/scales/test4.yaml");
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).isEqualTo("/study/scales/test4.yaml: '" + field + "': " + problem);
  }

  @Test
  void userScaleFileThatIsNotYamlNamesTheLine() {
    DefinitionException e = userError("bad.yaml", "id: X\nitems: [\n");

    assertThat(e.file()).isEqualTo("bad.yaml");
    assertThat(e.getMessage()).startsWith("bad.yaml: not valid YAML/JSON at line ");
  }

  @Test
  void twoUserFilesDefiningOneScaleAreRefused() {
    assertThatThrownBy(
            () ->
                SHIPPED.withScaleFiles(
                    List.of(file("a/test4.yaml", USER_SCALE), file("b/test4.yaml", USER_SCALE))))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("b/test4.yaml: 'id': scale TEST4 is also defined by a/test4.yaml");
  }

  @Test
  void noUserFilesLeaveTheRegistryAsItIs() {
    assertThat(SHIPPED.withScaleFiles(List.of())).isSameAs(SHIPPED);
  }
}
