package org.infusionoutcomes.ingest.spark;

/**
 * What reading one part of a split file produced (see {@code FileSplitter}); the driver adds the
 * parts of a file up into its {@link org.infusionoutcomes.ingest.run.FileStat}.
 *
 * @param fileOrder the file's position in the input order
 * @param part the part's index
 * @param recordsRead records read in the part
 * @param unreadable true when the reader failed on the part: the file is then read again whole
 */
public record PartStat(int fileOrder, int part, long recordsRead, boolean unreadable)
    implements java.io.Serializable {}
