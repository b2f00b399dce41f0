package io.careops.scheduling.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Shifts are judged by working-time rules, so the shift feature depends on working time and not
 * the other way round: no class of {@code workingtime} refers to a class of {@code shift} (it
 * reaches saved and proposed shifts through {@code ShiftsToJudge}, which the shift feature
 * implements). The working-time repository still reads the shift table in its query text.
 */
class PackageCycleTest {

    private static final Path WORKING_TIME = Path.of("src/main/java/io/careops/scheduling/workingtime");

    @Test
    void workingTimeDoesNotDependOnShift() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(WORKING_TIME)) {
            offenders = files.filter(file -> file.toString().endsWith(".java")).filter(file -> {
                try {
                    return Files.readAllLines(file).stream()
                            .anyMatch(line -> line.startsWith("import io.careops.scheduling.shift.")
                                    || line.startsWith("import static io.careops.scheduling.shift."));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(Path::toString).toList();
        }
        assertThat(Files.isDirectory(WORKING_TIME)).isTrue();
        assertThat(offenders).isEmpty();
    }
}
