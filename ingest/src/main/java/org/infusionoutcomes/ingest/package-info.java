/**
 * Readers for each export format, the scale registry, scoring and the canonical tables.
 *
 * <p>Packages depend on lower ones only, never back (no package cycles):
 *
 * <ol>
 *   <li>{@code canonical}, {@code privacy}, {@code scale}/{@code config}: values with no reader
 *       knowledge; {@code reflect}: a record class's components, read once per class;
 *   <li>{@code source} (what a source file and its observations are), then {@code reject} (why a
 *       record was refused), then {@code value} and {@code time} (parsing shared by every reader);
 *   <li>{@code read} (the reader contract: {@code SourceReader}, {@code RecordSink}, {@code
 *       ReadContext}) and {@code write} (the writer contract: {@code StudyWriter}, {@code
 *       SyntheticStudy});
 *   <li>the formats, each with its reader and writer: {@code csv}, {@code generic}, {@code
 *       mapping}, {@code redcap}, {@code sdtm}, {@code xpt}, {@code fhir};
 *   <li>{@code format} (the reader of each format), {@code detect} (which format a file is), {@code
 *       scoring}, {@code assemble};
 *   <li>{@code spark}: the ingest job.
 * </ol>
 *
 * The synthetic study generator and the list of writers live in the jobs module ({@code outcomes
 * generate}), not in the ingest runtime.
 */
package org.infusionoutcomes.ingest;
