package org.infusionoutcomes.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.testing.SharedSpark;
import org.infusionoutcomes.ingest.xpt.XportOutput;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Identifier canary: fake names (in a name column), e-mail addresses, telephone numbers, SSN-like
 * and MRN-like values and full birth dates are planted in every format (generic CSV, SDTM CSV, SDTM
 * XPT, REDCap, FHIR NDJSON, a mapped CSV), in identifier columns and inside free-text values; the
 * whole pipeline runs; none of the planted strings may occur in any output file (text files as
 * read, Parquet tables through Spark, every row as JSON), nor in the log at INFO or in what the
 * command prints.
 */
class IdentifierCanaryTest {
  @TempDir Path tmp;

  private static final String NAME = "Zebulon Quixote";
  private static final String EMAIL = "zeb.quixote@example.com";
  private static final String PHONE = "555-201-7788";
  private static final String PHONE_INTL = "+44 20 7946 0958";
  private static final String SSN = "219-09-9999";
  private static final String MRN_TEXT = "00482913";
  private static final String MRN_COLUMN = "00739154";
  private static final String BIRTH_ISO = "1957-11-23";
  private static final String BIRTH_US = "11/23/1957";

  /** What must never reach an output; compared case-insensitively. */
  private static final List<String> CANARIES =
      List.of(
          NAME,
          "Zebulon",
          "Quixote",
          EMAIL,
          PHONE,
          PHONE_INTL,
          SSN,
          MRN_TEXT,
          MRN_COLUMN,
          BIRTH_ISO,
          BIRTH_US);

  @Test
  void plantedIdentifiersReachNoOutputAndNoLog() throws Exception {
    Path in = tmp.resolve("in");
    plant(in);
    Path out = tmp.resolve("out");
    SparkSession spark = SharedSpark.get();

    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    StringWriter log = new StringWriter();
    int exit;
    try (LogCapture capture = LogCapture.start(log)) {
      exit =
          OutcomesCli.execute(
              new PrintWriter(stdout, true),
              new PrintWriter(stderr, true),
              "run",
              "--input",
              in.toString(),
              "--output",
              out.toString());
    }
    assertThat(exit).as(stderr.toString()).isIn(ExitCodes.OK, ExitCodes.REJECTS_ABOVE_THRESHOLD);
    assertThat(log.toString()).as("the log was captured at INFO").contains("INFO");

    // The plants were read and refused (else the test would prove nothing).
    List<Row> refusals =
        spark
            .read()
            .parquet(out.resolve("normalized/rejects").toString())
            .filter("rule_id in ('direct_identifier', 'direct_identifier_value')")
            .collectAsList();
    assertThat(refusals.stream().map(r -> r.<String>getAs("rule_id")).distinct())
        .containsExactlyInAnyOrder("direct_identifier", "direct_identifier_value");
    assertThat(refusals.size())
        .as("every planted record or file is refused")
        .isGreaterThanOrEqualTo(14);

    List<String> leaks = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(out)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(20);
    TreeSet<Path> parquetTables = new TreeSet<>();
    int textFiles = 0;
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.endsWith(".parquet")) {
        parquetTables.add(f.getParent());
      } else if (!name.endsWith(".crc")) {
        textFiles++;
        leaks.addAll(leaksIn(out.relativize(f).toString(), Files.readAllBytes(f)));
      }
    }
    assertThat(textFiles).as("CSV, JSON and HTML outputs scanned").isGreaterThan(10);
    assertThat(parquetTables).as("Parquet tables scanned").hasSizeGreaterThan(5);
    for (Path table : parquetTables) {
      Dataset<Row> df = spark.read().parquet(table.toString());
      StringBuilder rows = new StringBuilder();
      for (String json : df.toJSON().collectAsList()) {
        rows.append(json).append('\n');
      }
      leaks.addAll(
          leaksIn(
              "parquet " + out.relativize(table) + " (" + df.columns().length + " columns)",
              rows.toString().getBytes(StandardCharsets.UTF_8)));
    }
    leaks.addAll(leaksIn("log", log.toString().getBytes(StandardCharsets.UTF_8)));
    leaks.addAll(leaksIn("stderr", stderr.toString().getBytes(StandardCharsets.UTF_8)));
    leaks.addAll(leaksIn("stdout", stdout.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(leaks).as("planted identifiers found in outputs").isEmpty();
  }

  /** The canaries in {@code bytes} (as UTF-8 text, case-insensitive), named with {@code where}. */
  private static List<String> leaksIn(String where, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    List<String> found = new ArrayList<>();
    for (String c : CANARIES) {
      if (text.contains(c.toLowerCase(Locale.ROOT))) {
        found.add(where + ": " + c);
      }
    }
    return found;
  }

  // ------------------------------------------------------------------ the planted input tree

  private static void plant(Path in) throws IOException {
    Path samples = Path.of("..", "data-samples").toAbsolutePath().normalize();
    for (String folder : List.of("generic", "sdtm", "sdtm-xpt", "redcap", "fhir", "site-export")) {
      copy(samples.resolve(folder), in.resolve(folder));
    }
    // Generic CSV: free text in an adverse-event term and a visit label; a file with name,
    // e-mail, phone, MRN and birth-date columns.
    replaceOnLine(
        in.resolve("generic/adverse_events.csv"),
        2,
        "Nausea,Nausea",
        "Nausea after a call from " + PHONE + ",Nausea");
    replaceOnLine(
        in.resolve("generic/adverse_events.csv"),
        3,
        "Headache,Headache",
        "Headache; e-mailed " + EMAIL + ",Headache");
    replaceOnLine(in.resolve("generic/scores.csv"), 2, "Baseline", "Baseline SSN " + SSN);
    replaceOnLine(
        in.resolve("generic/infusions.csv"), 2, "ketamine", "ketamine (MRN " + MRN_TEXT + ")");
    Files.writeString(
        in.resolve("generic/subjects-contact.csv"),
        "study_id,subject_id,site_id,sex,age,arm,reference_date,patient_name,email,phone,mrn,"
            + "date_of_birth\n"
            + "KETA-01,KETA-01-001,S01,M,25,IV ketamine,2024-01-15,"
            + String.join(",", NAME, EMAIL, PHONE, MRN_COLUMN, BIRTH_ISO)
            + "\n");
    // SDTM CSV: an e-mail in AETERM, a phone in a visit, a full BRTHDTC in DM.
    replaceOnLine(
        in.resolve("sdtm/ae.csv"),
        2,
        "Felt detached from body",
        "Felt detached - wrote to " + EMAIL);
    addColumn(in.resolve("sdtm/dm.csv"), "BRTHDTC", BIRTH_ISO, "1960");
    // SDTM XPT: an AE dataset with an SSN in AETERM.
    writeXptAe(in.resolve("sdtm-xpt/ae-more.xpt"));
    // REDCap: an MRN and a birth date in free-text answers.
    replaceOnLine(
        in.resolve("redcap/redcap_export.csv"), 2, "IV ketamine", "IV ketamine MRN " + MRN_TEXT);
    replaceOnLine(
        in.resolve("redcap/redcap_export.csv"), 3, "IV ketamine", "IV ketamine DOB " + BIRTH_US);
    // FHIR: a full birthDate, telecom and name on Patients; a phone in a medication's text.
    Path patients = in.resolve("fhir/KETA-05/Patient.ndjson");
    replaceOnLine(patients, 1, "\"gender\"", "\"birthDate\":\"" + BIRTH_ISO + "\",\"gender\"");
    replaceOnLine(
        patients,
        2,
        "\"gender\"",
        "\"telecom\":[{\"system\":\"phone\",\"value\":\""
            + PHONE
            + "\"},{\"system\":\"email\",\"value\":\""
            + EMAIL
            + "\"}],\"gender\"");
    replaceOnLine(patients, 3, "\"gender\"", "\"name\":[{\"text\":\"" + NAME + "\"}],\"gender\"");
    replaceOnLine(
        in.resolve("fhir/KETA-05/MedicationAdministration.ndjson"),
        1,
        "\"text\":\"ketamine\"",
        "\"text\":\"ketamine, call " + PHONE_INTL + "\"");
    // Mapped CSV: a birth date in a visit label; an e-mail column in the subjects file.
    replaceOnLine(in.resolve("site-export/visits.csv"), 2, "Baseline", "Baseline DOB " + BIRTH_US);
    addColumn(in.resolve("site-export/subjects.csv"), "email", EMAIL, EMAIL);
  }

  private static void writeXptAe(Path file) throws IOException {
    List<XportOutput.Column> columns =
        List.of(
            new XportOutput.Column("STUDYID", false, 8, "Study Identifier"),
            new XportOutput.Column("DOMAIN", false, 2, "Domain Abbreviation"),
            new XportOutput.Column("USUBJID", false, 16, "Unique Subject Identifier"),
            new XportOutput.Column("AESEQ", true, 8, "Sequence Number"),
            new XportOutput.Column("AETERM", false, 60, "Reported Term"),
            new XportOutput.Column("AEDECOD", false, 40, "Dictionary-Derived Term"),
            new XportOutput.Column("AESTDTC", false, 10, "Start Date/Time"));
    List<List<Object>> rows =
        List.of(
            List.of(
                "KETA-03",
                "AE",
                "KETA-03-001",
                90,
                "Agitation, SSN " + SSN,
                "AGITATION",
                "2024-01-17"),
            List.of("KETA-03", "AE", "KETA-03-002", 91, "Agitation", "AGITATION", "2024-01-17"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    XportOutput.write(bytes, "AE", "Adverse Events", columns, rows);
    Files.write(file, bytes.toByteArray());
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
      }
    }
  }

  private static void replaceOnLine(Path file, int line, String from, String to)
      throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    String l = lines.get(line - 1);
    assertThat(l).as(file + ":" + line).contains(from);
    lines.set(
        line - 1,
        l.replaceFirst(Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** Adds a last column: {@code first} on the first data row, {@code rest} on the others. */
  private static void addColumn(Path file, String name, String first, String rest)
      throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        lines.set(i, lines.get(i) + "," + (i == 0 ? name : i == 1 ? first : rest));
      }
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** Copies every log event at INFO and above, of every logger, into a writer. */
  private static final class LogCapture implements AutoCloseable {
    private static final String OURS = "org.infusionoutcomes";

    private final LoggerContext context;
    private final WriterAppender appender;
    private final Level previous;

    private LogCapture(LoggerContext context, WriterAppender appender, Level previous) {
      this.context = context;
      this.appender = appender;
      this.previous = previous;
    }

    /**
     * Starts capturing. Our loggers are set to INFO first: an earlier {@code --quiet} run in the
     * same JVM (another test) leaves them at WARN.
     */
    static LogCapture start(StringWriter target) {
      Level previous = LogManager.getLogger(OURS).getLevel();
      Configurator.setLevel(OURS, Level.INFO);
      LoggerContext context = (LoggerContext) LogManager.getContext(false);
      Configuration config = context.getConfiguration();
      WriterAppender appender =
          WriterAppender.newBuilder()
              .setName("identifier-canary")
              .setTarget(target)
              .setLayout(
                  PatternLayout.newBuilder()
                      .withConfiguration(config)
                      .withPattern("%-5p %c{1}: %m%n%throwable")
                      .build())
              .build();
      appender.start();
      config.addAppender(appender);
      for (Map.Entry<String, LoggerConfig> e : config.getLoggers().entrySet()) {
        e.getValue().addAppender(appender, Level.INFO, null);
      }
      config.getRootLogger().addAppender(appender, Level.INFO, null);
      context.updateLoggers();
      return new LogCapture(context, appender, previous);
    }

    @Override
    public void close() {
      Configuration config = context.getConfiguration();
      for (LoggerConfig l : config.getLoggers().values()) {
        l.removeAppender(appender.getName());
      }
      config.getRootLogger().removeAppender(appender.getName());
      context.updateLoggers();
      appender.stop();
      Configurator.setLevel(OURS, previous);
    }
  }
}
