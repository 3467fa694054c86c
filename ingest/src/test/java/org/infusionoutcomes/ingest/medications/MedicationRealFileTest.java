package org.infusionoutcomes.ingest.medications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.infusionoutcomes.ingest.assemble.SubjectAssembler;
import org.infusionoutcomes.ingest.assemble.SubjectAssembly;
import org.infusionoutcomes.ingest.canonical.Medication;
import org.infusionoutcomes.ingest.format.ReadBack;
import org.infusionoutcomes.ingest.format.TestFiles;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.MedicationObservation;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.junit.jupiter.api.Test;

/**
 * The real pharmaverse SDTM CM file (see the external samples' SOURCES.md). Expected counts were
 * taken with Python's csv module, independently of these readers: 7510 rows of 229 subjects; 5454
 * partial CMSTDTC (3731 YYYY, 1723 YYYY-MM), 21 with none (all CMENRTPT ONGOING); 6812 ongoing;
 * CMDECOD is UNCODED on 6085 rows; the pilot repeats a medication at every visit, so (subject,
 * CMTRT, CMSTDTC, CMSTDY) has 1081 distinct values and the other 6429 rows are identical repeats.
 */
class MedicationRealFileTest {

  @Test
  void pharmaverseConcomitantMedications() {
    ReadBack.Result r =
        ReadBack.readFile(
            TestFiles.external("pharmaversesdtm/inst/extdata/cm.csv"),
            SourceFormat.SDTM_CSV,
            "x",
            null);
    r.assertEveryRecordAccountedFor();
    assertThat(r.records()).isEqualTo(7510);
    assertThat(r.sink().rejects()).isEmpty();
    List<MedicationObservation> meds = r.sink().medications();
    assertThat(meds).hasSize(7510);
    assertThat(meds.stream().map(MedicationObservation::subjectId).distinct()).hasSize(229);
    assertThat(meds.stream().filter(m -> m.startDate() != null && m.startDate().length() == 4))
        .hasSize(3731);
    assertThat(meds.stream().filter(m -> m.startDate() != null && m.startDate().length() == 7))
        .hasSize(1723);
    assertThat(meds.stream().filter(MedicationObservation::startUnknown)).hasSize(21);
    assertThat(meds.stream().filter(MedicationObservation::ongoing)).hasSize(6812);
    assertThat(meds.stream().filter(m -> m.decod() == null)).hasSize(6085);
    assertThat(meds.get(0).drug()).isEqualTo("ASPIRIN");
    assertThat(meds.get(0).decod()).isEqualTo("ACETYLSALICYLIC ACID");
    assertThat(meds.get(0).drugClass()).isEqualTo("NERVOUS SYSTEM");
    assertThat(meds.get(0).frequency()).isEqualTo("PRN");

    Map<String, List<MedicationObservation>> bySubject = new TreeMap<>();
    meds.forEach(m -> bySubject.computeIfAbsent(m.subjectId(), k -> new ArrayList<>()).add(m));
    SubjectAssembler assembler = new SubjectAssembler(ScaleRegistry.shipped());
    List<Medication> rows = new ArrayList<>();
    List<Reject> warnings = new ArrayList<>();
    bySubject.forEach(
        (subject, list) -> {
          SubjectAssembly a =
              assembler.assemble(
                  "CDISCPILOT01",
                  subject,
                  List.of(),
                  List.of(),
                  List.of(),
                  List.of(),
                  List.of(),
                  list);
          assertThat(a.rejects()).isEmpty();
          rows.addAll(a.medications());
          warnings.addAll(a.warnings());
        });
    assertThat(rows).hasSize(1081);
    assertThat(warnings)
        .hasSize(6429)
        .allSatisfy(w -> assertThat(w.rule()).isEqualTo(RejectRule.DUPLICATE_IDENTICAL));
    assertThat(rows.stream().filter(Medication::ongoing)).hasSize(772);
  }
}
