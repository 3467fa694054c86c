package org.infusionoutcomes.ingest.run;

/**
 * What reading one file produced: how many records, and the file's checksum and size (computed
 * while reading, so each file is read once).
 *
 * @param fileOrder the file's position in the input order
 * @param file the file's path
 * @param recordsRead records read
 * @param sha256 hex SHA-256 of the file's bytes
 * @param bytes size in bytes
 */
public record FileStat(int fileOrder, String file, long recordsRead, String sha256, long bytes)
    implements java.io.Serializable {}
