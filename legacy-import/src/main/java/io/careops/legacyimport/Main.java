package io.careops.legacyimport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careops.legacyimport.Services.Service;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code legacy-import [--dry-run] [--report FILE] [--batch N] EXPORT.json}, configured by
 * CAREOPS_SCHEDULING_URL, CAREOPS_INCIDENTS_URL, CAREOPS_COMPLIANCE_URL and CAREOPS_TOKEN (an admin
 * token for every home). Exit codes: 0 done; 1 usage or configuration; 2 the export is bad input,
 * nothing written; 3 a service went away mid-run, run again to resume; 4 a service refused a batch.
 */
public final class Main {

    static final int OK = 0;
    static final int USAGE = 1;
    static final int BAD_INPUT = 2;
    static final int UNAVAILABLE = 3;
    static final int REFUSED = 4;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        boolean dryRun = false;
        Path reportPath = Path.of("import-report.json");
        Path file = null;
        int batch = 500;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dry-run" -> dryRun = true;
                case "--report" -> {
                    if (++i >= args.length) {
                        return usage(err, "--report needs a file");
                    }
                    reportPath = Path.of(args[i]);
                }
                case "--batch" -> {
                    if (++i >= args.length || !args[i].matches("[1-9][0-9]{0,3}") || Integer.parseInt(args[i]) > 1000) {
                        return usage(err, "--batch needs a number from 1 to 1000");
                    }
                    batch = Integer.parseInt(args[i]);
                }
                case "-h", "--help" -> {
                    usage(out, null);
                    return OK;
                }
                default -> {
                    if (args[i].startsWith("-") || file != null) {
                        return usage(err, "unexpected argument '" + args[i] + "'");
                    }
                    file = Path.of(args[i]);
                }
            }
        }
        if (file == null) {
            return usage(err, "the export file is missing");
        }
        if (!Files.isReadable(file)) {
            err.println("legacy-import: cannot read " + file);
            return USAGE;
        }
        Map<String, String> config = new HashMap<>();
        for (String name : new String[] {"CAREOPS_SCHEDULING_URL", "CAREOPS_INCIDENTS_URL", "CAREOPS_COMPLIANCE_URL", "CAREOPS_TOKEN"}) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                err.println("legacy-import: " + name + " is not set (see legacy-import/README.md)");
                return USAGE;
            }
            config.put(name, value.strip());
        }
        ObjectMapper json = new ObjectMapper();
        Services services = new Services(json, config.get("CAREOPS_SCHEDULING_URL"), config.get("CAREOPS_INCIDENTS_URL"),
                config.get("CAREOPS_COMPLIANCE_URL"), config.get("CAREOPS_TOKEN"));
        LocalDate today = LocalDate.now(Importer.ZONE);
        Report report = new Report(dryRun, file.toString());
        int code = execute(new Export(file), services, report, dryRun, today, batch);
        report.finishedMillis = System.currentTimeMillis();
        try {
            report.write(reportPath, json);
        } catch (Exception e) {
            err.println("legacy-import: could not write the report " + reportPath + ": " + e.getMessage());
            code = code == OK ? USAGE : code;
        }
        (code == OK ? out : err).print(report.summary());
        out.println("report: " + reportPath.toAbsolutePath());
        return code;
    }

    static int execute(Export export, Services services, Report report, boolean dryRun, LocalDate today, int batch) {
        Scan scan;
        try {
            scan = Scan.of(export);
        } catch (Export.BadExport e) {
            report.outcome = "REFUSED";
            report.message = "bad input, nothing written: " + e.getMessage();
            return BAD_INPUT;
        } catch (Exception e) {
            report.outcome = "REFUSED";
            report.message = "cannot read the export: " + e;
            return BAD_INPUT;
        }
        report.unknownModels.putAll(scan.unknownModels);
        if (!scan.ok()) {
            report.outcome = "REFUSED";
            report.message = "bad input, nothing written: " + scan.errors.size() + (scan.moreErrors > 0 ? "+" + scan.moreErrors : "")
                    + " problems in the export";
            report.errors.addAll(scan.errors);
            return BAD_INPUT;
        }
        Importer importer = new Importer(export, scan, services, report, dryRun, today, batch);
        try {
            importer.run();
        } catch (Services.Unavailable e) {
            report.outcome = "STOPPED";
            report.message = "stopped cleanly: " + e.getMessage() + ". Every batch before it is written; run the same "
                    + "command again to resume (what is written reports as unchanged).";
            return UNAVAILABLE;
        } catch (Services.Refused e) {
            report.outcome = "STOPPED";
            report.message = "stopped: " + e.getMessage() + ". That batch was not written; batches before it were.";
            return REFUSED;
        } catch (Export.BadExport e) {
            report.outcome = "STOPPED";
            report.message = "the export changed while it was read: " + e.getMessage();
            return BAD_INPUT;
        } catch (Exception e) {
            report.outcome = "STOPPED";
            report.message = "stopped: " + e;
            return UNAVAILABLE;
        }
        report.outcome = "COMPLETE";
        Reconciliation reconciliation = importer.reconciliation();
        if (dryRun) {
            reconciliation.careopsNote = "a dry run writes nothing, so the CareOps side equals the expected figures";
            return OK;
        }
        try {
            Map<String, String> homes = new HashMap<>();
            importer.homeIds().forEach((pk, id) -> homes.put(id, pk));
            for (Service service : Service.values()) {
                JsonNode answer = services.get(service, "reconciliation?asOf=" + today);
                for (JsonNode figure : answer.path("figures")) {
                    String home = homes.get(figure.path("careHomeId").asText());
                    if (home != null) {
                        reconciliation.careops(home, figure.path("what").asText(), figure.path("key").asText(),
                                figure.path("value").asDouble());
                    }
                }
            }
            reconciliation.careopsRead = true;
        } catch (Exception e) {
            reconciliation.careopsNote = "could not read the CareOps figures: " + e.getMessage();
        }
        return OK;
    }

    private static int usage(PrintStream stream, String problem) {
        if (problem != null) {
            stream.println("legacy-import: " + problem);
        }
        stream.println("""
                Usage: legacy-import [--dry-run] [--report FILE] [--batch N] EXPORT.json
                  --dry-run      decide everything, write nothing, print the same report
                  --report FILE  where to write the JSON report (default ./import-report.json)
                  --batch N      records per request, 1-1000 (default 500)
                Environment: CAREOPS_SCHEDULING_URL, CAREOPS_INCIDENTS_URL, CAREOPS_COMPLIANCE_URL,
                CAREOPS_TOKEN (an admin token for every care home).""");
        return problem == null ? OK : USAGE;
    }
}
