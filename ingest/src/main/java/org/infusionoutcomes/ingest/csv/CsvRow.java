package org.infusionoutcomes.ingest.csv;

import java.util.List;
import org.infusionoutcomes.ingest.source.Origin;
import org.infusionoutcomes.ingest.source.SourceFile;

/**
 * One well-formed CSV record as a reader sees it: the header, the record's fields, where it came
 * from and the file it belongs to.
 *
 * @param header the file's header
 * @param fields the record's fields, as many as the header's
 * @param origin file, line and raw text of the record
 * @param file the input file
 */
public record CsvRow(CsvHeader header, List<String> fields, Origin origin, SourceFile file) {}
