package org.infusionoutcomes.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.infusionoutcomes.ingest.format.FormatRoundTrip;
import org.infusionoutcomes.ingest.format.ReadBack;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.MappingRef;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GAD-7, QIDS-SR16, PCL-5 and CADSS are data only: read by the formats and scored like MADRS and
 * PHQ-9.
 */
class NewScalesTest {
  @TempDir Path dir;

  @Test
  void shippedDefinitionsHaveThePublishedShape() {
    ScaleRegistry r = ScaleRegistry.shipped();
    ScaleDefinition qids = r.resolve("QIDS-SR16").orElseThrow();
    assertThat(qids.itemCount()).isEqualTo(16);
    assertThat(qids.totalMax()).isEqualTo(27);
    assertThat(qids.isPlainSum()).isFalse();
    assertThat(qids.totalGroups()).hasSize(9);
    assertThat(r.bySdtmCategory("QIDS-SR")).contains(qids);
    ScaleDefinition gad = r.resolve("gad-7").orElseThrow();
    assertThat(gad.totalMax()).isEqualTo(21);
    assertThat(r.byLoinc("70274-6").orElseThrow().isTotal()).isTrue();
    assertThat(r.byLoinc("69737-5").orElseThrow().isIgnored()).as("panel").isTrue();
    assertThat(r.resolve("PCL-5").orElseThrow().totalMax()).isEqualTo(80);
    ScaleDefinition cadss = r.resolve("CADSS-23").orElseThrow();
    assertThat(cadss.itemCount()).isEqualTo(23);
    assertThat(cadss.totalMax()).isEqualTo(92);
    assertThat(cadss.severityBands()).isEmpty();
    assertThat(r.byLoinc("69722-7").orElseThrow().isIgnored())
        .as("PHQ-9 difficulty question")
        .isTrue();
  }

  @Test
  void qidsTotalIsTheSumOfDomainMaxima() throws IOException {
    String mapping =
        "tables:\n  - files: q.csv\n    subject_id: id\n    date: d\n    scale: {value: QIDS-SR16}\n    item: item\n    score: v\n";
    int[] items = {1, 3, 0, 2, 2, 0, 1, 2, 0, 1, 2, 0, 1, 3, 2, 1};
    StringBuilder csv = new StringBuilder("id,d,item,v\n");
    for (int i = 0; i < items.length; i++) {
      csv.append("p1,2024-01-01,").append(i + 1).append(',').append(items[i]).append('\n');
      csv.append("p2,2024-01-01,")
          .append(i + 1)
          .append(',')
          .append(i == 4 ? 4 : items[i])
          .append('\n');
    }
    Path p = dir.resolve("q.csv");
    Files.writeString(p, csv);
    ReadBack.Result r =
        ReadBack.readFile(p, SourceFormat.MAPPED, "x", new MappingRef("q.mapping.yaml", mapping));
    FormatRoundTrip.Canonical c = FormatRoundTrip.canonical(r.sink(), FormatRoundTrip.Carries.ALL);
    // sleep max 3 + sad 2 + appetite/weight max 2 + 1 + 2 + 0 + 1 + 3 + psychomotor max 2 = 16
    assertThat(c.assessments())
        .singleElement()
        .asString()
        .contains("|QIDSSR16|", "|16.0|items|", "|false|severe");
    // The whole assessment of p2 is rejected: each of its 16 lines, the offending one named.
    assertThat(c.rejects())
        .hasSize(16)
        .allMatch(
            x -> x.startsWith("item_out_of_range|p2|QIDSSR16 item 5 value 4 is outside 0..3"));
  }

  @Test
  void pcl5AndCadssReadFromRedcapDefaultFieldsAndProrate() throws IOException {
    String pcl =
        IntStream.rangeClosed(1, 20).mapToObj(i -> "pcl5_" + i).collect(Collectors.joining(","));
    String cadss =
        IntStream.rangeClosed(1, 23).mapToObj(i -> "cadss_" + i).collect(Collectors.joining(","));
    String pclValues =
        IntStream.rangeClosed(1, 20)
            .mapToObj(i -> i == 20 ? "" : "2")
            .collect(Collectors.joining(","));
    String cadssValues =
        IntStream.rangeClosed(1, 23)
            .mapToObj(i -> i <= 19 ? "1" : "0")
            .collect(Collectors.joining(","));
    Path p = dir.resolve("r.csv");
    Files.writeString(
        p,
        "record_id,pcl5_date,"
            + pcl
            + ",cadss_date,"
            + cadss
            + "\n7,2024-02-02,"
            + pclValues
            + ",2024-02-02 10:40,"
            + cadssValues
            + "\n");
    ReadBack.Result r = ReadBack.readFile(p, SourceFormat.REDCAP, "x", null);
    FormatRoundTrip.Canonical c = FormatRoundTrip.canonical(r.sink(), FormatRoundTrip.Carries.ALL);
    assertThat(c.assessments()).hasSize(2);
    // PCL-5: 19 items of 2, one missing -> 38 * 20 / 19 = 40, prorated; CADSS: 19.
    assertThat(c.assessments())
        .anySatisfy(a -> assertThat(a).contains("|PCL5|", "|19|40.0|prorated|", "probable PTSD"));
    assertThat(c.assessments())
        .anySatisfy(a -> assertThat(a).contains("|CADSS|", "|10:40|", "|23|19.0|items|"));
  }

  @Test
  void gad7FromFhirComponents() throws IOException {
    String[] codes = {"69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"};
    String components =
        IntStream.range(0, 7)
            .mapToObj(
                i ->
                    "{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\""
                        + codes[i]
                        + "\"}]},\"valueCodeableConcept\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"LA6569-3\"}]}}")
            .collect(Collectors.joining(","));
    String obs =
        "{\"resourceType\":\"Observation\",\"status\":\"final\",\"subject\":{\"reference\":\"Patient/g\"},"
            + "\"effectiveDateTime\":\"2024-01-02\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"69737-5\"}]},"
            + "\"component\":["
            + components
            + ",{\"code\":{\"coding\":[{\"code\":\"70274-6\"}]},\"valueInteger\":7}]}";
    Path p = dir.resolve("gad.ndjson");
    Files.writeString(p, obs + "\n");
    ReadBack.Result r = ReadBack.readFile(p, SourceFormat.FHIR, "x", null);
    FormatRoundTrip.Canonical c = FormatRoundTrip.canonical(r.sink(), FormatRoundTrip.Carries.ALL);
    assertThat(c.assessments())
        .singleElement()
        .asString()
        .contains("|GAD7|", "[1, 1, 1, 1, 1, 1, 1]|7|7.0|items|7.0|null|mild");
  }
}
