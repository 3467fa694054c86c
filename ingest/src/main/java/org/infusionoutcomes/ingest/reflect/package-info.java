/**
 * Reading and building records generically ({@link
 * org.infusionoutcomes.ingest.reflect.RecordShape}): one cached lookup of a record class's
 * components, accessors and canonical constructor.
 */
package org.infusionoutcomes.ingest.reflect;
